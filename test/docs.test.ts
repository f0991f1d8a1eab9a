import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/i18n/index.js';
import { ALL_RULES } from '../src/rules/index.js';

/**
 * The README and docs/ are read by people who cloned the repository and by
 * no one else: every relative link must land on a file of the clone (not on
 * a folder beside it, nor on something only a build or an install creates),
 * every #anchor on a heading, and every other link on a public https site.
 */

const ROOT = resolve(import.meta.dirname, '..');
const DOCUMENTS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Folders a clone does not have until a build or an install makes them (.gitignore). */
const NOT_IN_A_CLONE = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/\/$/, ''))
  .filter((line) => line !== '' && !line.startsWith('#') && !line.includes('*'));

interface Link {
  target: string;
  line: number;
}

/** Markdown without its code: fenced blocks and `code spans` are examples, not links (line numbers kept). */
function withoutCode(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`+[^`\n]*`+/g, blank);
}

function linksOf(markdown: string): Link[] {
  const text = withoutCode(markdown);
  const links: Link[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  // [text](target), ![alt](target), [text](<target with spaces>), [text](target "title")
  for (const match of text.matchAll(/\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[1]!.replace(/^<|>$/g, ''), line: lineAt(match.index) });
  }
  // [id]: target
  for (const match of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(\S+)/gm)) links.push({ target: match[1]!, line: lineAt(match.index) });
  // <a href="…">, <img src="…">
  for (const match of text.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]*)"/g))
    links.push({ target: match[1]!, line: lineAt(match.index) });
  return links;
}

/** The anchor GitHub gives a heading: its text, lower case, without punctuation, spaces as dashes. */
export function slugOf(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .replace(/(^|\s)_+|_+(?=\s|$)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const match of withoutCode(markdown).matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    // withoutCode blanked the code spans: take the heading from the original text, same place.
    const slug = slugOf(
      markdown
        .slice(match.index, match.index + match[0].length)
        .replace(/^ {0,3}#{1,6}[ \t]+/, '')
        .replace(/[ \t#]*$/, ''),
    );
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with each link of `markdown`, a file at `file` (relative to `root`). */
export function brokenLinks(markdown: string, file: string, root: string = ROOT): string[] {
  const problems: string[] = [];
  for (const { target, line } of linksOf(markdown)) {
    const where = `${file}:${line}: ${target}`;
    if (target === '') {
      problems.push(`${where}: empty link`);
      continue;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
      if (scheme !== 'https' || !/^https:\/\/[^/\s]+\.[^/\s]+/i.test(target)) {
        problems.push(`${where}: only links to public https web sites may leave the repository`);
      }
      continue;
    }
    if (target.startsWith('//') || target.startsWith('/')) {
      problems.push(`${where}: an absolute path means nothing in a clone; write a relative link`);
      continue;
    }
    const hash = target.indexOf('#');
    const path = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
    const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const absolute = path === '' ? join(root, file) : resolve(root, dirname(file), path);
    const inRepository = relative(root, absolute);
    if (inRepository.startsWith('..') || inRepository === '' || resolve(root, inRepository) !== absolute) {
      problems.push(`${where}: leaves the repository (a clone has nothing beside it)`);
      continue;
    }
    const top = inRepository.split(sep)[0]!;
    if (NOT_IN_A_CLONE.includes(top) || NOT_IN_A_CLONE.includes(inRepository.split(sep).join('/'))) {
      problems.push(`${where}: ${top}/ is made by a build or an install, not part of a clone`);
      continue;
    }
    if (!existsSync(absolute)) {
      problems.push(`${where}: no such file in the repository`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!absolute.endsWith('.md') || statSync(absolute).isDirectory()) {
      problems.push(`${where}: an anchor only makes sense on a Markdown document`);
      continue;
    }
    const target_ = path === '' ? markdown : readFileSync(absolute, 'utf8');
    if (!anchorsOf(target_).has(anchor)) problems.push(`${where}: no heading #${anchor} in ${relative(root, absolute) || file}`);
  }
  return problems;
}

describe('the links of the README and docs/', () => {
  it.each(DOCUMENTS)('%s links only to files of the repository, headings that exist and https sites', (file) => {
    expect(brokenLinks(readFileSync(join(ROOT, file), 'utf8'), file)).toEqual([]);
  });

  it.each(DOCUMENTS)('%s does not send readers to files a clone does not have (../shared)', (file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    const mentions = lines.flatMap((line, index) =>
      /(^|[^\w-])shared\/(spec|seed)\b|\.\.\/shared\b/.test(line) ? [`${file}:${index + 1}: ${line}`] : [],
    );
    expect(mentions).toEqual([]);
  });

  it('is reached from the README: every document of docs/ is linked from it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const linked = new Set(linksOf(readme).map(({ target }) => target.replace(/#.*$/, '')));
    expect(DOCUMENTS.filter((file) => file !== 'README.md' && !linked.has(file))).toEqual([]);
  });
});

describe('what users see, beyond the docs', () => {
  /** Paths of the project's own workspace (the call's text, the specs it was built from): a clone has none of them. */
  const OUTSIDE = /\.\.\/shared\b|\bshared\/(?:spec|seed)\b|appel-a-partenariat-loire-connect-2022\.txt/;
  const SHIPPED = ['src', 'schema', 'examples', 'bin', 'scripts', 'bench', 'test/golden', '.ci'];

  it('names no file a clone does not have, in sources, messages, schema, examples, scripts or golden reports', () => {
    const files = [
      'package.json',
      ...SHIPPED.flatMap((folder) =>
        (readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
          .filter((entry) => entry.isFile())
          .map((entry) => relative(ROOT, join(entry.parentPath, entry.name))),
      ),
    ];
    expect(files.length).toBeGreaterThan(100);
    const mentions = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (OUTSIDE.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(mentions).toEqual([]);
  });
});

describe('the report contract (docs/report.md)', () => {
  const contract = readFileSync(join(ROOT, 'docs/report.md'), 'utf8');
  const codesTable = contract.slice(contract.indexOf('### Problem codes'));
  const documented = new Set(
    [...codesTable.matchAll(/^\| ([^|]+)\|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([a-z0-9-]+)`/g)].map((code) => code[1]!)),
  );

  // A program that reads the JSON report can receive any code the catalogue has a message for.
  it('lists every problem code the tool can report', () => {
    const codes = Object.keys(catalogue('fr').problems);
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((code) => !documented.has(code))).toEqual([]);
  });

  it('lists no code the tool does not have, and names real rules', () => {
    const codes = new Set(Object.keys(catalogue('fr').problems));
    const rules = new Set(['any', ...ALL_RULES.map((rule) => rule.id)]);
    const rows = [...codesTable.matchAll(/^\| (`[a-z0-9-]+`(?:, `[a-z0-9-]+`)*) +\| `?([a-z-]+)`? +\|/gm)];
    expect(rows.length).toBeGreaterThan(50);
    for (const [, cell, rule] of rows) {
      for (const [, code] of cell!.matchAll(/`([a-z0-9-]+)`/g)) expect(codes.has(code!), code).toBe(true);
      expect(rules.has(rule!), `${cell}: rule ${rule}`).toBe(true);
    }
  });
});

describe('the link checker itself', () => {
  const page = [
    '# Title',
    '## Options of `check`',
    '## Maximum grants and totals',
    '## How the call is read: _editions_',
    'See [usage](docs/usage.md), [the start](README.md#quick-start), [above](#options-of-check),',
    '[totals](#maximum-grants-and-totals) and [editions](#how-the-call-is-read-editions), at [the site](https://www.loire.fr).',
    '```sh',
    'cat [not](a-link.md)',
    '```',
    'And `[not](a-link-either.md)`.',
  ].join('\n');

  it('accepts links to files, headings and https sites', () => {
    expect(brokenLinks(page, 'README.md')).toEqual([]);
  });

  it.each([
    ['[the call](../shared/seed/appel.txt)', 'leaves the repository'],
    ['[the contract](../shared/spec/report.md)', 'leaves the repository'],
    ['[gone](docs/nowhere.md)', 'no such file'],
    ['[gone](#no-such-heading)', 'no heading #no-such-heading'],
    ['[gone](docs/usage.md#no-such-heading)', 'no heading #no-such-heading'],
    ['![gone](docs/missing.png)', 'no such file'],
    ['[built](dist/bundle/main.js)', 'made by a build'],
    ['[insecure](http://www.loire.fr)', 'only links to public https'],
    ['[local](file:///work/shared/spec/dossier.md)', 'only links to public https'],
    ['[mail](mailto:someone@example.org)', 'only links to public https'],
    ['[absolute](/work/shared/spec/dossier.md)', 'absolute path'],
    ['[ref]: ../shared/spec/dossier.md', 'leaves the repository'],
    ['<a href="../outside.md">x</a>', 'leaves the repository'],
  ])('refuses %s', (link, reason) => {
    const problems = brokenLinks(`# Title\n\n${link}\n`, 'README.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(reason);
  });

  it('gives headings the anchors GitHub gives them', () => {
    expect(slugOf('Options of `check`')).toBe('options-of-check');
    expect(slugOf('Untrusted input: what the tool guarantees')).toBe('untrusted-input-what-the-tool-guarantees');
    expect(slugOf('The règlement as applied, and why each verdict')).toBe('the-règlement-as-applied-and-why-each-verdict');
    expect(slugOf('`aide` — the grant')).toBe('aide--the-grant');
    expect(slugOf('CSV (`--format csv`)')).toBe('csv---format-csv');
    expect(slugOf('The `depenses_x` field')).toBe('the-depenses_x-field');
  });
});
