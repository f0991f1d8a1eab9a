import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { decode } from '../../src/parse/decode.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN } from './binary.js';
import { hasTmux, Terminal } from './terminal.js';

/** `dossier-check init` in a real pseudo-terminal (tmux), typed as a person would (./terminal.ts). */
describe.skipIf(!hasTmux)('dossier-check init in a terminal', () => {
  it('asks its questions, writes a valid dossier and prints its check', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    try {
      terminal.start(['init', file, '--no-color']);
      await terminal.answer('Qui dépose le dossier ?', '{Enter}');
      await terminal.answer('Votre commune', 'montbri');
      await terminal.answer('Montbrison (42147)', '{Enter}');
      await terminal.answer('Titre du projet', 'Tablettes en médiathèque', '{Enter}');
      await terminal.answer('Description du projet', '{Enter}');
      await terminal.answer('Axes de l’appel', '{Down}', '{Down}', ' ', '{Enter}');
      await terminal.answer('Dépense n° 1', '6 tablettes pour le prêt aux usagers de la médiathèque', '{Enter}');
      await terminal.answer('Catégorie de la dépense', '{Enter}');
      await terminal.answer('Montant HT', '2 400,00', '{Enter}');
      await terminal.answer('Aide maximale à ce stade : 1 920,00 €');
      await terminal.answer('Ajouter une autre dépense ?', 'n', '{Enter}');
      await terminal.answer('Date de dépôt', ...Array(13).fill('{BSpace}'), '21/07/2022', '{Enter}');
      await terminal.answer('Aide sollicitée', '{Enter}');
      await terminal.answer('critères d’analyse', '{Enter}');
      await terminal.answer('Écrire le dossier, ou modifier une réponse ?', '{Enter}');
      await terminal.waitFor('Dossier écrit dans');
      expect(await terminal.exitCode()).toBe(0);
      expect(terminal.screen()).toContain('ÉLIGIBLE');
      const dossier = parse(readFileSync(file, 'utf8'));
      expect(dossier).toMatchObject({
        porteur: { type: 'commune', nom: 'Commune de Montbrison', siren: '214201477', code_insee: '42147' },
        depenses: [{ montant_ht: 2400, categorie: 'equipement-numerique' }],
        financement: { aide_sollicitee: 1920 },
        depot: { date: '2022-07-21' },
      });
    } finally {
      terminal.stop();
    }
  });

  it('builds a dossier for the edition given with --reglement: its applicant types, rate, cap and zone, no word of the Loire', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    const edition = join(import.meta.dirname, '..', 'fixtures', 'editions', 'rhone.reglement.yaml');
    try {
      terminal.start(['init', file, '--reglement', edition, '--no-color']);
      await terminal.answer('Qui dépose le dossier ?', '{Enter}');
      await terminal.answer('Votre commune', 'villeurb');
      await terminal.answer('Villeurbanne (69266)', '{Enter}');
      await terminal.answer('Titre du projet', 'Prise de rendez-vous en ligne', '{Enter}');
      await terminal.answer('Description du projet', '{Enter}');
      await terminal.answer('Axes de l’appel', ' ', '{Enter}');
      await terminal.answer('Dépense n° 1', 'Logiciel de prise de rendez-vous en ligne', '{Enter}');
      await terminal.answer('Catégorie de la dépense', '{Enter}');
      await terminal.answer('Montant HT', '30 000', '{Enter}');
      // 60 % of 30 000 €, capped at 15 000 €.
      await terminal.answer('Aide maximale à ce stade : 15 000,00 €');
      await terminal.answer('Ajouter une autre dépense ?', 'n', '{Enter}');
      await terminal.answer('Date de dépôt', ...Array(13).fill('{BSpace}'), '14/03/2025', '{Enter}');
      await terminal.answer('Aide sollicitée', '{Enter}');
      await terminal.answer('critères d’analyse', '{Enter}');
      await terminal.answer('Écrire le dossier, ou modifier une réponse ?', '{Enter}');
      await terminal.waitFor('Dossier écrit dans');
      expect(await terminal.exitCode()).toBe(0);
      const screen = terminal.screen();
      expect(screen).toContain('ÉLIGIBLE');
      expect(screen).toContain('Plafond de 15 000,00 € appliqué');
      expect(screen.split('\n').filter((line) => /loire|2022/i.test(line))).toEqual([]);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('dossier-check check --reglement');
      expect(text).not.toMatch(/loire|2022/i);
      expect(parse(text)).toMatchObject({
        appel: 'rhone-numerique-2025',
        porteur: { type: 'municipalite', nom: 'Commune de Villeurbanne', siren: '216902668', code_insee: '69266' },
        projet: { axes: ['inclusion'] },
        depenses: [{ montant_ht: 30_000, categorie: 'logiciel' }],
        financement: { aide_sollicitee: 15_000 },
        depot: { date: '2025-03-14' },
      });
    } finally {
      terminal.stop();
    }
  });

  it('leaves no file and exits 130 on Ctrl-C', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    try {
      terminal.start(['init', file]);
      await terminal.answer('Qui dépose le dossier ?', '{Enter}');
      await terminal.answer('Votre commune', '{C-c}');
      expect(await terminal.exitCode()).toBe(130);
      expect(terminal.screen()).toContain('Abandon : aucun fichier n’a été écrit.');
      expect(existsSync(file)).toBe(false);
    } finally {
      terminal.stop();
    }
  });

  it('never replaces an existing file without a yes', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    writeFileSync(file, '# mon brouillon\n');
    try {
      terminal.start(['init', file]);
      await terminal.answer('existe déjà. Le remplacer ?', '{Enter}');
      expect(await terminal.exitCode()).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe('# mon brouillon\n');
    } finally {
      terminal.stop();
    }
  });
});

describe.skipIf(!hasTmux)('dossier-check init --from in a terminal', () => {
  const example = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'examples', name), 'utf8');

  it('completes a JSON dossier as JSON, every other byte kept', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'epci.json');
    const original = example('epci-roannais.json').replace('"aide_sollicitee": 18000.00,\n    ', '');
    writeFileSync(file, original);
    try {
      terminal.start(['init', '--from', file, '--no-color']);
      await terminal.answer('Aide sollicitée', '{C-u}', '18 000,00', '{Enter}');
      await terminal.answer('existe déjà. Le remplacer ?', '{Enter}');
      await terminal.waitFor('Dossier écrit dans');
      expect(await terminal.exitCode()).toBe(0);
      const written = readFileSync(file, 'utf8');
      expect(JSON.parse(written)).toEqual(JSON.parse(example('epci-roannais.json').replace('18000.00', '18000')));
      expect(written.replace(/,\n\s*"aide_sollicitee": 18000/, '')).toBe(original);
    } finally {
      terminal.stop();
    }
  });

  it('completes a Windows-1252 dossier in Windows-1252, accents and line ends kept', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'syndicat.yaml');
    const text = example('syndicat-a-completer.yaml').replaceAll('\n', '\r\n').replace('valises', 'valises ‘œuvre’ à 1 000 €');
    const bytes = windows1252(text);
    writeFileSync(file, bytes);
    try {
      terminal.start(['init', '--from', file, '--no-color']);
      await terminal.answer('Montant HT', '3 490,00', '{Enter}');
      await terminal.answer('Aide sollicitée', '{Enter}');
      await terminal.answer('existe déjà. Le remplacer ?', '{Enter}');
      await terminal.waitFor('Dossier écrit dans');
      const written = readFileSync(file);
      const decoded = decode(written);
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.text).not.toContain('\ufffd');
      expect(decoded.text).toContain('valises ‘œuvre’ à 1 000 €');
      // Every original line is still there, byte for byte, in the same order; the new ones end in CRLF too.
      expect(subsequence(split(bytes), split(written))).toBe(true);
      expect(written.toString('latin1')).not.toMatch(/[^\r]\n/);
      expect(await terminal.exitCode()).toBe(0);
    } finally {
      terminal.stop();
    }
  });
});

/** Test data in Windows-1252, written byte by byte from Latin-1 and the few characters of 0x80–0x9F used here. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, œ: 0x9c };
  return Buffer.from([...text].map((character) => high[character] ?? character.charCodeAt(0)));
}

function split(bytes: Buffer): string[] {
  return bytes.toString('latin1').split('\n');
}

function subsequence(lines: readonly string[], within: readonly string[]): boolean {
  let at = 0;
  for (const line of within) if (at < lines.length && line === lines[at]) at++;
  return at === lines.length;
}

describe('dossier-check init without a terminal', () => {
  it('refuses a folder as the file to write before asking anything', () => {
    const folder = mkdtempSync(join(tmpdir(), 'init-'));
    const result = spawnSync(process.execPath, [BIN, 'init', folder], { encoding: 'utf8', input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('n’est pas un fichier ordinaire');
  });

  it('refuses a file of several dossiers before asking anything, and leaves it as it was', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'init-')), 'lot.yaml');
    const text = `porteur:\n  nom: A\n---\nporteur:\n  nom: B\n`;
    writeFileSync(file, text);
    const result = spawnSync(process.execPath, [BIN, 'init', '--from', file], { encoding: 'utf8', input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ce fichier contient 2 dossiers');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  /** Bytes of UTF-8 text with numbers as raw bytes: [0x92] is a stray Windows-1252 apostrophe. */
  const bytesOf = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

  it.each([
    [
      'a UTF-8 byte order mark',
      bytesOf([0xef, 0xbb, 0xbf], 'porteur:\n  nom: Commune de Feurs\nprojet:\n  titre: Guichet l', [0x92], 'accueil\n'),
      'ligne 4, colonne 19',
    ],
    [
      'one accent',
      bytesOf('porteur:\n  nom: Commune de Fécurs\nprojet:\n  titre: l', [0x92], 'accueil et l', [0x92], 'atelier\n'),
      'ligne 4, colonne 11',
    ],
  ])('refuses a UTF-8 file with stray bytes and %s, naming the first byte, and leaves it as it was', (_, bytes, position) => {
    const file = join(mkdtempSync(join(tmpdir(), 'init-')), 'dossier.yaml');
    writeFileSync(file, bytes);
    const result = spawnSync(process.execPath, [BIN, 'init', '--from', file], { encoding: 'utf8', input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`ce fichier UTF-8 contient des octets hors UTF-8 (0x92 ${position})`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('exits 2 and says how to write the file by hand', () => {
    const result = spawnSync(process.execPath, [BIN, 'init', join(tmpdir(), 'never.yaml')], { encoding: 'utf8', input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('partant d’un exemple du dossier examples/');
  });
});
