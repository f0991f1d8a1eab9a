import { Help, Option, type Argument, type Command } from 'commander';
import { suggest } from '../did-you-mean.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { CommandLineError } from './errors.js';

/**
 * Commander speaks English: its help titles ("Usage:", "Options:"), the
 * "(choices: …, default: …)" it adds to descriptions, and its error messages,
 * and it offers no way to translate the last (tj/commander.js#1801). Here it
 * speaks the user's language through its own public API: configureHelp for
 * the help; for the errors, exitOverride gives the error's code and the
 * command being parsed, whose arguments, options and the command line say
 * what the message names (the option, the value, the counts). Commander's
 * English sentence is never read. Values outside an option's choices are
 * refused by a parser of our own, which knows the option and the value.
 */
export function localizeCommander(program: Command, lang: Lang, argv: readonly string[]): Command {
  const t = catalogue(lang).cli.help;
  let current = program;
  return (
    program
      .configureHelp({
        styleTitle: (title: string) => (t.titles as Record<string, string>)[title] ?? title,
        optionDescription: (option: Option) => describe(option.description, option, lang),
        argumentDescription: (argument: Argument) => describe(argument.description, argument, lang),
        boxWrap(this: Help, text: string, width: number) {
          return width < this.minWidthToWrap ? text : wrap(text, width, (line) => this.displayWidth(line));
        },
      })
      // Errors are said once, in the user's language, where every failure is (describeFailure).
      .configureOutput({ outputError: () => {} })
      // The command being parsed, for what an error names and for "dossier-check check --help".
      .hook('preSubcommand', (_program, command) => {
        current = command;
        refuseOutsideChoices(command, lang);
      })
      .exitOverride((error) => {
        // Help and version are not mistakes: commander's own exit, code 0.
        if (error.exitCode === 0 || error.code === 'commander.help' || error.code === 'commander.helpDisplayed') throw error;
        throw new CommandLineError(commandLineMistake(error.code, current, argv, lang), commandPath(current), lang);
      })
  );
}

/** "dossier-check check": the command whose help to read. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/**
 * An option's (or an argument's) value outside its choices is said with the
 * option and the whole value, by a parser of our own: commander's would say it
 * in English. The choices stay declared, for the help.
 */
function refuseOutsideChoices(command: Command, lang: Lang): void {
  const t = catalogue(lang).cli.errors;
  const refuse = (value: string, name: string, choices: readonly string[]) => {
    throw new CommandLineError(t.invalidChoice(value, name, choices.join(', ')), commandPath(command), lang);
  };
  for (const option of command.options) {
    const choices = option.argChoices;
    if (choices) option.argParser((value: string) => (choices.includes(value) ? value : refuse(value, option.flags, choices)));
  }
  for (const argument of command.registeredArguments) {
    const choices = argument.argChoices;
    if (choices) argument.argParser((value: string) => (choices.includes(value) ? value : refuse(value, argument.name(), choices)));
  }
}

/**
 * What commander found wrong, in the user's words, from the command's own
 * state: its declared arguments, what it was given (`args`, set before any
 * check), its options and the last word of the command line.
 */
export function commandLineMistake(code: string, command: Command, argv: readonly string[], lang: Lang): string {
  const t = catalogue(lang).cli.errors;
  const { didYouMean } = catalogue(lang).language;
  switch (code) {
    case 'commander.missingArgument': {
      const missing = command.registeredArguments.find((argument, index) => argument.required && command.args[index] === undefined);
      return t.missingArgument(missing?.name() ?? '');
    }
    case 'commander.optionMissingArgument': {
      // Commander takes the next word as the value, whatever it is: only the last word can lack one.
      const last = argv.at(-1) ?? '';
      const flag = /^-[^-]{2,}$/.test(last) ? `-${last.at(-1)}` : last;
      const option = withAncestors(command)
        .flatMap((at) => at.options)
        .find((candidate) => candidate.short === flag || candidate.long === flag);
      return t.optionMissingArgument(option?.flags ?? last);
    }
    case 'commander.unknownOption': {
      // What commander could not place: the first word that looks like an option ("-" alone is standard input).
      const flag = command.args.find((arg) => arg.length > 1 && arg.startsWith('-')) ?? '';
      const longs = ['--help', ...withAncestors(command).flatMap((at) => at.options.flatMap((option) => option.long ?? []))];
      // `--formt=json`: the name is what was mistyped.
      const name = flag.split('=')[0]!;
      const meant = name.startsWith('--')
        ? suggest(
            name.slice(2),
            longs.map((long) => long.slice(2)),
          )
        : undefined;
      return t.unknownOption(flag) + (meant ? didYouMean(`--${meant}`) : '');
    }
    case 'commander.unknownCommand': {
      const name = command.args[0] ?? '';
      const meant = suggest(
        name,
        command.commands.map((sub) => sub.name()),
      );
      return t.unknownCommand(name) + (meant ? didYouMean(meant) : '');
    }
    case 'commander.excessArguments': {
      const said = t.excessArguments(command.name(), command.registeredArguments.length, command.args.length);
      return command.name() === 'classify' ? `${said}\n${t.quoteTheLabel}` : said;
    }
    case 'commander.missingMandatoryOptionValue': {
      const missing = command.options.find((option) => option.mandatory && command.getOptionValue(option.attributeName()) === undefined);
      return t.missingMandatoryOption(missing?.flags ?? '');
    }
    default:
      // Conflicting options (which this command line does not declare): commander's public API does not say which.
      return t.other;
  }
}

function withAncestors(command: Command): Command[] {
  const list: Command[] = [];
  for (let at: Command | null = command; at; at = at.parent) list.push(at);
  return list;
}

/** A description with the allowed values and the default, in the user's words. */
function describe(description: string, item: Option | Argument, lang: Lang): string {
  const t = catalogue(lang).cli.help;
  const extra: string[] = [];
  if (item.argChoices) extra.push(t.choices(item.argChoices.join(', ')));
  // A flag's default (false, or true for --no-color) says nothing to a user.
  const isFlag = item instanceof Option && item.isBoolean();
  if (item.defaultValue !== undefined && !isFlag) extra.push(t.default(item.defaultValueDescription ?? String(item.defaultValue)));
  if (extra.length === 0) return description;
  return `${description} (${extra.join(t.separator)})`.trim();
}

/**
 * Wraps at spaces, except those French typography keeps with a neighbour:
 * never before « : », « ; », « ! », « ? », « » », never after « « ».
 */
export function wrap(text: string, width: number, widthOf: (text: string) => number = (line) => line.length): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const words: string[] = [];
      for (const word of line.split(' ')) {
        const last = words.length - 1;
        if (last >= 0 && (word === '' || /^[:;!?»]/.test(word) || words[last]!.endsWith('«'))) words[last] += ` ${word}`;
        else words.push(word);
      }
      const lines: string[] = [];
      let current = '';
      for (const word of words) {
        if (current === '') current = word;
        else if (widthOf(current) + 1 + widthOf(word) <= width) current += ` ${word}`;
        else {
          lines.push(current);
          current = word;
        }
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}
