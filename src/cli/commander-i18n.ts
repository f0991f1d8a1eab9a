import { Help, Option, type Argument, type Command, type CommanderError } from 'commander';
import { catalogue, type Lang } from '../i18n/index.js';

/**
 * Commander speaks English: its help titles ("Usage:", "Options:"), the
 * "(choices: …, default: …)" it adds to descriptions, and its error messages.
 * Here it speaks the user's language, through its own API: configureHelp for
 * the help, exitOverride and the error codes (commander.missingArgument…)
 * for the errors, which are then said by describeFailure (errors.ts).
 */
export function localizeCommander(program: Command, lang: Lang): Command {
  const t = catalogue(lang).cli.help;
  let current = program.name();
  return (
    program
      .configureHelp({
        styleTitle: (title: string) => (t.titles as Record<string, string>)[title] ?? title,
        commandUsage(this: Help, command: Command) {
          return Help.prototype.commandUsage.call(this, command).replace('[command]', t.commandPlaceholder);
        },
        optionDescription: (option: Option) => describe(option.description, option, lang),
        argumentDescription: (argument: Argument) => describe(argument.description, argument, lang),
        boxWrap(this: Help, text: string, width: number) {
          return width < this.minWidthToWrap ? text : wrap(text, width, (line) => this.displayWidth(line));
        },
      })
      // Errors are said once, translated, where every failure is (describeFailure).
      .configureOutput({ outputError: () => {} })
      .showSuggestionAfterError(true)
      // The command being parsed, for "dossier-check check --help" after an error.
      .hook('preSubcommand', (_program, command) => {
        current = `${program.name()} ${command.name()}`;
      })
      .exitOverride((error) => {
        throw Object.assign(error, { commandPath: current });
      })
  );
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

/** Commander's error in the user's language, from its code; nothing for help and version, which are not errors. */
export function commanderErrorMessage(error: CommanderError, lang: Lang): string | undefined {
  if (error.exitCode === 0 || error.code === 'commander.help' || error.code === 'commander.helpDisplayed') return undefined;
  const t = catalogue(lang).cli;
  const english = error.message;
  const quoted = [...english.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  const suggestion = /\(Did you mean (?:one of )?(.+)\?\)/.exec(english)?.[1];
  const didYouMean = suggestion ? t.errors.didYouMean(suggestion) : '';
  const command = (error as CommanderError & { commandPath?: string }).commandPath ?? 'dossier-check';
  let said: string;
  switch (error.code) {
    case 'commander.missingArgument':
      said = t.errors.missingArgument(quoted[0] ?? '');
      break;
    case 'commander.optionMissingArgument':
      said = t.errors.optionMissingArgument(quoted[0] ?? '');
      break;
    case 'commander.missingMandatoryOptionValue':
      said = t.errors.missingMandatoryOption(quoted[0] ?? '');
      break;
    case 'commander.conflictingOption':
      said = t.errors.conflictingOption(quoted[0] ?? '', quoted[1] ?? '');
      break;
    case 'commander.unknownOption':
      said = t.errors.unknownOption(quoted[0] ?? '') + didYouMean;
      break;
    case 'commander.unknownCommand':
      said = t.errors.unknownCommand(quoted[0] ?? '') + didYouMean;
      break;
    case 'commander.excessArguments': {
      const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/.exec(english) ?? [];
      const name = command.split(' ').at(-1)!;
      said = t.errors.excessArguments(name, Number(expected ?? 0), Number(got ?? 0));
      if (name === 'classify') said += `\n${t.errors.quoteTheLabel}`;
      break;
    }
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(english)?.[1];
      // "option '-f, --format <format>' argument 'pdf'", or "command-argument value 'x' is invalid for argument 'y'".
      const [flags, value] = english.includes('command-argument') ? [quoted[1], quoted[0]] : [quoted[0], quoted[1]];
      said = choices ? t.errors.invalidChoice(value ?? '', flags ?? '', choices) : t.errors.invalidArgument(value ?? '', flags ?? '');
      break;
    }
    default:
      said = t.errors.other;
  }
  return `${t.errors.prefix}${said}\n${t.help.hint(command)}`;
}
