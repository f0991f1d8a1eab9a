import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { runs } from '../fast-check.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { decode, encode, stripBom } from '../../src/parse/decode.js';
import { formatFromName, parseSource } from '../../src/parse/documents.js';
import { completeDossier } from '../../src/interactive/complete.js';
import { DossierSource } from '../../src/interactive/source.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering } from './script.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * `init --from` reads a file as `check` does and writes it back as it came:
 * same format, encoding, byte order mark and line ends, every line it did
 * not answer kept byte for byte, in order.
 */
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const completion = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData };

/** What a person answers to each kind of question the completion may ask. */
const person = answering((message) => {
  if (message.startsWith('Qui dépose')) return 'commune';
  if (message.startsWith('Commune du siège')) return { search: 'montbri' };
  if (message.startsWith('SIREN')) return '214201477';
  if (message.startsWith('Axes')) return ['innovant'];
  if (message.includes('Montant HT')) return '1 000,00';
  if (message.startsWith('Aide sollicitée')) return '';
  if (message.startsWith('Date de dépôt')) return '21/07/2022';
  return undefined;
});

/** Opens, completes with the person's answers and rewrites: the new bytes and the dotted paths answered. */
async function completeFile(bytes: Uint8Array, name: string) {
  const opened = DossierSource.open(bytes, name);
  if (!opened.ok) throw new Error(`refused: ${opened.reason}`);
  const before = checkDossier(bytes, name, { date: '2022-07-20', data: installedData });
  const answered = await completeDossier(person, opened.source, before, completion);
  const rewritten = opened.source.rewrite();
  if (!rewritten.ok) throw new Error(`not rewritten: ${JSON.stringify(rewritten)}`);
  return { bytes: rewritten.bytes, answered, paths: opened.source.answers.map((answer) => answer.path) };
}

/** The dossier as check reads it, with the answered fields taken out. */
function treeWithout(bytes: Uint8Array, name: string, paths: readonly string[]): unknown {
  const text = decode(bytes).text;
  const parsed = parseSource(stripBom(text), formatFromName(name));
  if (!parsed.ok) throw new Error(`unreadable: ${parsed.finding.code}`);
  const tree = structuredClone(parsed.tree);
  for (const path of paths) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce<Record<string, unknown> | undefined>((node, key) => node?.[key] as never, tree);
    if (parent) delete parent[keys.at(-1)!];
  }
  // Order counts: compared as text.
  return JSON.stringify(tree, (_key, value: unknown) =>
    value && typeof value === 'object' && Object.keys(value).length === 0 ? undefined : value,
  );
}

/**
 * Every original line is in the new text, in order, unless it held a field
 * that was answered (a JSON line may gain the comma before a key added after it).
 */
function linesKept(before: string, after: string, paths: readonly string[]): string[] {
  const keys = paths.map((path) => path.split('.').at(-1)!);
  const answeredLine = (line: string) => keys.some((key) => new RegExp(`^\\s*(- )?"?${key}"?\\s*:`).test(line));
  const lines = after.split('\n').map((line) => line.replace(/,$/, ''));
  let at = 0;
  const lost: string[] = [];
  for (const line of before.split('\n')) {
    const found = lines.indexOf(line.replace(/,$/, ''), at);
    if (found !== -1) at = found + 1;
    else if (!answeredLine(line)) lost.push(line);
  }
  return lost;
}

const examples = readdirSync(EXAMPLES).filter((name) => /\.(ya?ml|json)$/.test(name));

describe('init --from on every example', () => {
  const variants = examples.flatMap((name) => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    // The same dossier without its request, so that at least one question is asked.
    const withoutRequest = text.replace(/^\s*"?aide_sollicitee"?\s*:.*\n/m, '');
    return [
      [name, text],
      [`${name} sans aide_sollicitee`, withoutRequest],
    ] as const;
  });

  it.each(variants)('%s: written back in its format, every other field and line unchanged', async (label, text) => {
    const name = label.split(' ')[0]!;
    const original = new TextEncoder().encode(text);
    const { bytes, answered, paths } = await completeFile(original, name);
    const written = new TextDecoder().decode(bytes);
    if (label.includes('sans')) expect(paths).toContain('financement.aide_sollicitee');
    if (answered === 0) expect(written).toBe(text);
    if (name.endsWith('.json')) expect(() => JSON.parse(written)).not.toThrow();
    expect(treeWithout(bytes, name, paths)).toBe(treeWithout(original, name, paths));
    expect(linesKept(text, written, paths)).toEqual([]);
    expect(checkDossier(bytes, name, { date: '2022-07-20', data: installedData }).verdict).not.toBe('illisible');
  });
});

/** Windows-1252 test data, byte by byte: Latin-1, and the few characters of 0x80–0x9F used here. */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, œ: 0x9c, Œ: 0x8c, '…': 0x85 };
  return Uint8Array.from([...text].map((character) => high[character] ?? character.charCodeAt(0)));
}

const INCOMPLETE = [
  '# Brouillon de la mairie, à compléter',
  'porteur:',
  '  nom: Commune de Montbrison',
  '  type: commune',
  '  siren: "214201477"',
  '  code_insee: "42147"',
  'projet:',
  '  titre: Bornes et « cœur » numérique',
  '  description: >-',
  '    Un texte plié sur plusieurs lignes, avec des accents : é, è, à, ç, œ,',
  '    et des guillemets ‘typographiques’ … jusqu’au bout.',
  '  axes: [simplifier-le-quotidien]',
  'depenses:',
  '  - libelle: 6 tablettes pour le prêt aux usagers de la médiathèque',
  '    montant_ht:    # à remplir',
  '    categorie: equipement-numerique',
  '    beneficiaires: usagers',
  'depot:',
  '  date: 2022-07-21',
  '',
];

describe('init --from keeps the encoding, byte order mark and line ends', () => {
  const cases: [string, Uint8Array][] = [
    ['Windows-1252, CRLF', windows1252(INCOMPLETE.join('\r\n').replace('tablettes', 'tablettes à 1 000 €'))],
    ['UTF-8 with BOM, CRLF', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(INCOMPLETE.join('\r\n'))])],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...Buffer.from(INCOMPLETE.join('\n'), 'utf16le')])],
    ['UTF-8, LF', new TextEncoder().encode(INCOMPLETE.join('\n'))],
  ];

  it.each(cases)('%s', async (_label, original) => {
    const before = decode(original);
    const { bytes, paths } = await completeFile(original, 'brouillon.yaml');
    expect(paths).toEqual(['depenses.0.montant_ht', 'financement.aide_sollicitee']);
    const after = decode(bytes);
    expect(after.encoding).toBe(before.encoding);
    expect(after.text).not.toContain('\ufffd');
    expect([...bytes.slice(0, 3)]).toEqual([...original.slice(0, 3)]);
    const crlf = before.text.includes('\r\n');
    if (crlf) expect(after.text.replaceAll('\r\n', '')).not.toContain('\n');
    const eol = crlf ? '\r\n' : '\n';
    // The empty amount is filled where it was, its comment kept; the request is added; nothing else moves.
    expect(after.text).toBe(
      before.text
        .replace(`montant_ht:    # à remplir`, `montant_ht: 1000    # à remplir`)
        .replace(`depot:${eol}`, `depot:${eol}`)
        .concat(`financement:${eol}  aide_sollicitee: 800${eol}`),
    );
    expect(checkDossier(bytes, 'brouillon.yaml', { date: '2022-07-20', data: installedData }).verdict).toBe('eligible');
  });

  it('adds a missing mapping to a JSON dossier as JSON, indented as its neighbours', async () => {
    const text = readFileSync(join(EXAMPLES, 'epci-roannais.json'), 'utf8');
    const withoutFinancement = text.replace(/ {2}"financement": \{[^]*?\n {2}\},\n/, '');
    expect(withoutFinancement).not.toContain('financement');
    const { bytes } = await completeFile(new TextEncoder().encode(withoutFinancement), 'epci.json');
    const written = new TextDecoder().decode(bytes);
    // The request offered, and accepted, is the maximum check computes: 18 702,40 €.
    expect(written).toBe(withoutFinancement.replace('\n  }\n}\n', '\n  },\n  "financement": {\n    "aide_sollicitee": 18702.4\n  }\n}\n'));
  });
});

describe('init --from refuses before asking anything', () => {
  it.each([
    ['two YAML documents', 'a.yaml', new TextEncoder().encode('porteur:\n  nom: A\n---\nporteur:\n  nom: B\n'), 'plusieurs-dossiers'],
    [
      'a JSON list of dossiers',
      'a.json',
      new TextEncoder().encode('[{"porteur": {"nom": "A"}}, {"porteur": {"nom": "B"}}]'),
      'plusieurs-dossiers',
    ],
    ['Windows-1252 bytes that stand for nothing (0x81)', 'a.yaml', windows1252('projet:\n  titre: Caf\u00e9 \u0081\n'), 'encodage'],
    [
      'UTF-16 with half a character',
      'a.yaml',
      Uint8Array.from([0xff, 0xfe, ...Buffer.from('titre: a\n', 'utf16le'), 0x00, 0xd8]),
      'encodage',
    ],
    [
      'UTF-8 with a stray Windows-1252 byte',
      'a.yaml',
      Uint8Array.from([...new TextEncoder().encode('projet:\n  titre: Café l'), 0x92, ...new TextEncoder().encode('accueil\n')]),
      'encodage',
    ],
    ['a file check cannot read', 'a.json', new TextEncoder().encode('{"porteur": '), 'illisible'],
  ])('%s', (_label, name, bytes, reason) => {
    const opened = DossierSource.open(bytes, name);
    expect(opened.ok ? 'ouvert' : opened.reason).toBe(reason);
  });
});

describe('init --from re-reads what it would write', () => {
  it('keeps the file when an answer would also change another field (an alias)', () => {
    const text = 'porteur:\n  nom: &nom Commune\n  type: commune\nprojet:\n  titre: *nom\n';
    const opened = DossierSource.open(new TextEncoder().encode(text), 'a.yaml');
    if (!opened.ok) throw new Error(opened.reason);
    opened.source.setIn(['porteur', 'nom'], 'Commune de Feurs');
    expect(opened.source.rewrite()).toEqual({ ok: false, reason: 'relecture', paths: ['projet.titre'] });
  });

  it('keeps a Windows-1252 file when an answer holds a character the encoding lacks', () => {
    const opened = DossierSource.open(windows1252('projet:\n  titre: Caf\u00e9 \u20ac\n'), 'a.yaml');
    if (!opened.ok) throw new Error(opened.reason);
    opened.source.setIn(['projet', 'titre'], 'Flèche → ici');
    expect(opened.source.rewrite()).toEqual({ ok: false, reason: 'encodage', character: '→', encoding: 'windows-1252' });
  });
});

describe('Windows-1252 writing', () => {
  it('gives back every byte the decoder reads as a character', () => {
    const undefinedBytes = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    const bytes = Uint8Array.from({ length: 256 }, (_, byte) => byte).filter((byte) => !undefinedBytes.has(byte));
    const decoded = decode(Uint8Array.from([0xff, 0x41, ...bytes]));
    expect(decoded.encoding).toBe('windows-1252');
    const encoded = encode(decoded.text, 'windows-1252', false);
    expect(encoded.ok && [...encoded.bytes]).toEqual([0xff, 0x41, ...bytes]);
  });
});

describe('UTF-16 writing', () => {
  it('writes UTF-16 without a byte order mark back without one', () => {
    const bytes = Uint8Array.from([...'porteur:\n  nom: Fécurs\n'].flatMap((char) => [char.charCodeAt(0), 0]));
    const opened = DossierSource.open(bytes, 'a.yaml');
    if (!opened.ok) throw new Error(opened.reason);
    opened.source.setIn(['porteur', 'nom'], 'Feurs');
    const rewritten = opened.source.rewrite();
    expect(rewritten.ok && [...rewritten.bytes]).toEqual([...'porteur:\n  nom: Feurs\n'].flatMap((char) => [char.charCodeAt(0), 0]));
  });

  it('names the first stray byte of a UTF-8 file it refuses to rewrite', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('projet:\n  titre: Café l'),
      0x92,
      ...new TextEncoder().encode('accueil\n'),
    ]);
    const opened = DossierSource.open(bytes, 'a.yaml');
    expect(opened).toMatchObject({ ok: false, reason: 'encodage', encoding: 'utf-8', at: { ligne: 2, colonne: 16, octets: '0x92' } });
  });

  it('names the first stray byte of a UTF-8 file with a byte order mark, counted after the mark', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('porteur:\n  nom: Commune de Feurs\nprojet:\n  titre: Guichet l'),
      0x92,
      ...new TextEncoder().encode('accueil\n'),
    ]);
    const opened = DossierSource.open(bytes, 'bom92.yaml');
    expect(opened).toMatchObject({
      ok: false,
      reason: 'encodage',
      encoding: 'utf-8',
      at: { ligne: 4, colonne: 19, octets: '0x92', caractere: '’' },
    });
  });

  it.each([
    ['utf-16le', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00, 0x3d, 0xd8, 0x00, 0xde]],
    ['utf-16be', [0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9, 0xd8, 0x3d, 0xde, 0x00]],
  ] as const)('gives back the bytes of %s, byte order mark and surrogate pairs included', (encoding, expected) => {
    // "A", "é" and U+1F600 (a surrogate pair), written by hand in each byte order.
    const decoded = decode(Uint8Array.from(expected));
    // The decoder reads the byte order mark as the encoding, not as text.
    expect(decoded).toMatchObject({ encoding, text: 'Aé\u{1f600}' });
    const encoded = encode(decoded.text, encoding, true);
    expect(encoded.ok && [...encoded.bytes]).toEqual(expected);
  });
});

describe('answers written in place, whatever the field and the value', () => {
  const FIELDS: (string | number)[][] = [
    ['porteur', 'type'],
    ['porteur', 'siren'],
    ['porteur', 'referent', 'telephone'],
    ['projet', 'axes'],
    ['projet', 'titre'],
    ['depenses', 0, 'montant_ht'],
    ['depenses', 1, 'montant_ttc'],
    ['financement', 'aide_sollicitee'],
    ['depot', 'date'],
    ['annexe', 'note'],
  ];
  const value = fc.oneof(
    fc.constantFrom(
      'commune',
      '214201477',
      '2022-07-21',
      'Café : n° 1 # « x » \'y\' "z"',
      ' espaces ',
      '- tiret',
      '*étoile',
      '{accolade}',
      'a\\b',
    ),
    fc.integer({ min: 0, max: 10 ** 9 }).map((cents) => cents / 100),
    fc.array(fc.constantFrom('innovant', 'responsable', 'simplifier-le-quotidien'), { minLength: 1, maxLength: 3 }),
  );
  const files = examples.flatMap((name) => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    return [
      { name, text },
      { name, text: text.replaceAll('\n', '\r\n') },
    ];
  });

  it('the file read back holds the answers and every other field as it was, in order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), value), { minLength: 1, maxLength: 4 }),
        (file, answers) => {
          const original = new TextEncoder().encode(file.text);
          const opened = DossierSource.open(original, file.name);
          if (!opened.ok) throw new Error(opened.reason);
          const expected = structuredClone(readTree(original, file.name)) as Record<string, unknown>;
          for (const [path, answer] of answers) {
            opened.source.setIn(path, answer);
            setPath(expected, path, asCheckReads(answer));
          }
          const rewritten = opened.source.rewrite();
          if (!rewritten.ok) throw new Error(JSON.stringify(rewritten));
          const tree = readTree(rewritten.bytes, file.name);
          // Same fields, same values, same order (answered keys that were missing come last in their mapping).
          expect(JSON.stringify(tree)).toBe(JSON.stringify(expected));
          const paths = answers.map(([path]) => path.join('.'));
          expect(
            linesKept(file.text.replaceAll('\r\n', '\n'), new TextDecoder().decode(rewritten.bytes).replaceAll('\r\n', '\n'), paths),
          ).toEqual([]);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

function readTree(bytes: Uint8Array, name: string): unknown {
  const text = decode(bytes).text;
  const parsed = parseSource(stripBom(text), formatFromName(name));
  if (!parsed.ok) throw new Error(`unreadable: ${parsed.finding.code}`);
  return parsed.tree;
}

function asCheckReads(value: unknown): unknown {
  return Array.isArray(value) ? value.map(String) : String(value);
}

function setPath(tree: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}
