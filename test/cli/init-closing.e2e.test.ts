import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { hasTmux, ROOT, Terminal, widest } from './terminal.js';

/**
 * What `init` leaves on the screen once it is done, in a real terminal
 * (tmux): the check of the dossier, fitted to the terminal's width, and last,
 * in plain words, what to do next.
 */

/** The screen's lines, trailing spaces and the empty rows below the output left out. */
function lines(screen: string): string[] {
  const all = screen.split('\n').map((line) => line.trimEnd());
  while (all.length > 0 && all[all.length - 1] === '') all.pop();
  return all;
}

describe.skipIf(!hasTmux)('init in an 80-column terminal', () => {
  const terminal = new Terminal({ columns: 80, rows: 50 });
  const file = join(terminal.folder, 'dossier.yaml');
  let screen: string[] = [];
  let exitCode: number;

  beforeAll(async () => {
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
    exitCode = await terminal.exitCode();
    screen = lines(terminal.screen());
  });
  afterAll(() => terminal.stop());

  it('fits the check’s expense table to the terminal, as check does', () => {
    const table = screen.slice(
      screen.findIndex((line) => line.startsWith('┌')),
      screen.findIndex((line) => line.startsWith('└')) + 1,
    );
    expect(table.length, screen.join('\n')).toBeGreaterThan(2);
    expect(table.join('\n')).toContain('2 400,00 €');
    expect(widest(table), table.join('\n')).toBeLessThanOrEqual(80);
  });

  it('ends with what to do next: the file can be filed (the 2022 deadline, now past, not given as one to meet), and the command that checks it again', () => {
    expect(exitCode).toBe(0);
    expect(screen.join('\n')).toContain('ÉLIGIBLE');
    expect(screen.slice(-2)).toEqual([
      `Le dossier ${file} peut être déposé tel quel.`,
      `Pour le vérifier à nouveau après une modification : dossier-check check ${file}`,
    ]);
  });
});

describe.skipIf(!hasTmux)('init --from, its closing words', () => {
  it('give the command with the edition init was given, and never say a file was written when none was', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'villeurbanne.yaml');
    const edition = join(ROOT, 'test', 'fixtures', 'editions', 'rhone.reglement.yaml');
    copyFileSync(join(ROOT, 'test', 'fixtures', 'editions', 'rhone', 'villeurbanne.yaml'), file);
    const before = statSync(file).mtimeMs;
    try {
      terminal.start(['init', '--from', file, '--reglement', edition, '--no-color']);
      expect(await terminal.exitCode()).toBe(0);
      const screen = lines(terminal.screen());
      expect(screen.slice(-2)).toEqual([
        `Le dossier ${file} peut être déposé tel quel.`,
        `Pour le vérifier à nouveau après une modification : dossier-check check --reglement ${edition} ${file}`,
      ]);
      expect(screen.join('\n')).not.toContain('Dossier écrit dans');
      expect(statSync(file).mtimeMs).toBe(before);
    } finally {
      terminal.stop();
    }
  });

  it('say a dossier kept late is late and can receive nothing, not that its date is to fix before filing it', async () => {
    const terminal = new Terminal({ columns: 80, rows: 50 });
    const file = join(terminal.folder, 'late.yaml');
    copyFileSync(join(ROOT, 'examples', 'commune-hors-delai.yaml'), file);
    try {
      terminal.start(['init', '--from', file, '--no-color']);
      await terminal.answer('Date de dépôt (JJ/MM/AAAA ; date limite : 29/07/2022) : (30/07/2022)', '{Enter}');
      await terminal.answer('Garder cette date ?', 'o', '{Enter}');
      expect(await terminal.exitCode()).toBe(1);
      const screen = lines(terminal.screen()).join('\n');
      expect(screen).toContain('INÉLIGIBLE');
      // The screen wraps at 80 columns: the closing words are read back joined.
      expect(screen.replace(/\n/g, '')).toContain(
        `Le dossier ${file} est hors délai (date limite : 29/07/2022) : il ne peut recevoir aucune aide, sauf si sa date de dépôt n’est pas la bonne.`,
      );
      expect(screen).not.toContain('à corriger dans');
    } finally {
      terminal.stop();
    }
  });

  it('in English, count the blocking problems left to fix in a file it could not read, listed above', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'broken.yaml');
    copyFileSync(join(ROOT, 'test', 'fixtures', 'broken.yaml'), file);
    const text = readFileSync(file, 'utf8');
    try {
      terminal.start(['init', '--from', file, '--lang', 'en', '--no-color']);
      expect(await terminal.exitCode()).toBe(1);
      const screen = lines(terminal.screen());
      expect(screen.join('\n')).toContain('UNREADABLE');
      expect(screen.slice(-2)).toEqual([
        `1 blocking problem to fix in ${file} before filing it (listed above).`,
        `To check it again after a change: dossier-check check --lang en ${file}`,
      ]);
      expect(readFileSync(file, 'utf8')).toBe(text);
    } finally {
      terminal.stop();
    }
  });
});

describe.skipIf(!hasTmux)('init that cannot write its file', () => {
  it('gives the answers back, says the file was not created, and never says what to do with a file that is not there', async () => {
    const terminal = new Terminal();
    const folder = join(terminal.folder, 'dossiers');
    mkdirSync(folder);
    const file = join(folder, 'dossier.yaml');
    try {
      terminal.start(['init', file, '--no-color']);
      await terminal.answer('Qui dépose le dossier ?', '{Enter}');
      // The folder goes away during the questions: the file cannot be written at the end.
      rmSync(folder, { recursive: true });
      await terminal.answer('Votre commune', 'montbri');
      await terminal.answer('Montbrison (42147)', '{Enter}');
      await terminal.answer('Titre du projet', 'Tablettes en médiathèque', '{Enter}');
      await terminal.answer('Description du projet', '{Enter}');
      await terminal.answer('Axes de l’appel', ' ', '{Enter}');
      await terminal.answer('Dépense n° 1', '6 tablettes pour le prêt aux usagers de la médiathèque', '{Enter}');
      await terminal.answer('Catégorie de la dépense', '{Enter}');
      await terminal.answer('Montant HT', '2 400,00', '{Enter}');
      await terminal.answer('Ajouter une autre dépense ?', 'n', '{Enter}');
      await terminal.answer('Date de dépôt', ...Array(13).fill('{BSpace}'), '21/07/2022', '{Enter}');
      await terminal.answer('Aide sollicitée', '{Enter}');
      await terminal.answer('critères d’analyse', '{Enter}');
      await terminal.answer('Écrire le dossier, ou modifier une réponse ?', '{Enter}');
      expect(await terminal.exitCode()).toBe(2);
      const screen = terminal.screen();
      expect(screen).toContain('Le fichier n’a pas été créé');
      expect(screen).toContain('Vos réponses, à reporter à la main :');
      expect(screen).toContain('titre: Tablettes en médiathèque');
      expect(screen).not.toContain('Dossier écrit dans');
      expect(screen).not.toContain('peut être déposé');
      expect(screen).not.toContain('Pour le vérifier à nouveau après une modification');
      expect(existsSync(file)).toBe(false);
    } finally {
      terminal.stop();
    }
  });
});
