import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Runs the built binary as a user would, without colour. */
export function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('exit codes', () => {
  it('is 0 when every dossier is eligible', () => {
    const { code, stdout } = run(['check', join(FIXTURES, 'eligible.yaml')]);
    expect(stdout).toContain('ÉLIGIBLE');
    expect(code).toBe(0);
  });

  it('is 1 when a dossier is not eligible', () => {
    expect(run(['check', join(FIXTURES, 'eligible.yaml'), join(FIXTURES, 'late.yaml')]).code).toBe(1);
  });

  it('is 1, with a report, for an unreadable file', () => {
    const { code, stdout, stderr } = run(['check', join(FIXTURES, 'broken.yaml')]);
    expect(code).toBe(1);
    expect(stdout).toContain('ILLISIBLE');
    expect(stdout).toMatch(/broken\.yaml:\d+:\d+/);
    expect(stderr).toBe('');
  });

  it.each([
    [['check', '--format', 'pdf', FIXTURES], /pdf/],
    [['check', '--bogus', FIXTURES], /option inconnue « --bogus »/],
    [['check', '--date', '2022-02-30', FIXTURES], /--date/],
    [['check', join(FIXTURES, 'absent.yaml')], /introuvable/],
    [['check'], /Aucun fichier/],
    [['check', join(FIXTURES, 'empty-folder')], /Aucun fichier/],
  ])('is 2 for a usage error: %j', (args, message) => {
    mkdirSync(join(FIXTURES, 'empty-folder'), { recursive: true });
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('is 0 for --help and --version', () => {
    // What it says is pinned in version.test.ts.
    expect(run(['--version']).code).toBe(0);
    const help = run(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
  });
});

describe('inputs', () => {
  it('searches folders for dossier files, with a summary line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossiers-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'a.yaml'), 'porteur:\n  type: association\n');
    writeFileSync(join(folder, 'sub', 'b.json'), '{"porteur": {"type": "commune"}}');
    writeFileSync(join(folder, 'notes.txt'), 'pas un dossier');
    symlinkSync(folder, join(folder, 'sub', 'loop'));
    const { code, stdout } = run(['check', folder, '--date', '2022-07-01']);
    expect(code).toBe(1);
    expect(stdout).toContain('a.yaml');
    expect(stdout).toContain(join('sub', 'b.json'));
    expect(stdout).not.toContain('notes.txt');
    expect(stdout.trim().split('\n').at(-2)).toBe('2 dossiers : 0 éligible, 0 à compléter, 2 inéligibles, 0 illisible.');
  });

  it('reads standard input for -, and a file of several dossiers as file#n', () => {
    const eligible = readFileSync(join(FIXTURES, 'eligible.yaml'), 'utf8');
    const piped = spawnSync(process.execPath, [BIN, 'check', '-', '-f', 'json'], { input: eligible, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).dossiers[0].fichier).toBe('<stdin>');
    const several = `${eligible}\n---\n${readFileSync(join(FIXTURES, 'late.yaml'), 'utf8')}`;
    const batch = spawnSync(process.execPath, [BIN, 'check', '-', '-f', 'csv'], { input: several, encoding: 'utf8' });
    expect(batch.status).toBe(1);
    expect(
      batch.stdout
        .split('\r\n')
        .slice(1, 3)
        .map((row) => row.split(';')[0]),
    ).toEqual(['<stdin>#1', '<stdin>#2']);
  });

  it('points annotations of the n-th dossier of a file at the file itself, inside that dossier', () => {
    const eligible = readFileSync(join(FIXTURES, 'eligible.yaml'), 'utf8');
    const folder = mkdtempSync(join(tmpdir(), 'lot-'));
    const file = join(folder, 'lot.yaml');
    writeFileSync(file, `${eligible}\n---\nprojet:\n  titre: Sans porteur\n`);
    const firstLineOfSecond = eligible.split('\n').length + 2;
    const github = run(['check', file, '-f', 'github']).stdout.trim().split('\n');
    expect(github.length).toBeGreaterThan(0);
    for (const annotation of github) {
      expect(annotation).toContain(`file=${file},`);
      const line = Number(/line=(\d+)/.exec(annotation)![1]);
      // The first dossier is eligible: its only annotations are the financing plan's notes, inside it.
      if (/title=financement-/.test(annotation)) expect(line).toBeLessThan(firstLineOfSecond);
      else expect(line).toBeGreaterThanOrEqual(firstLineOfSecond);
    }
    const sarif = JSON.parse(run(['check', file, '-f', 'sarif']).stdout);
    // An absolute name is a file: URI (SARIF 2.1.0), pointing at the file itself.
    const uris = sarif.runs[0].results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set([pathToFileURL(file).href]));
  });

  it('refuses an endless standard input at the size limit instead of filling memory', () => {
    const big = 'a'.repeat(11 * 1024 * 1024);
    const result = spawnSync(process.execPath, [BIN, 'check', '-', '-f', 'json'], { input: big, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).dossiers[0].problemes[0].code).toBe('fichier-trop-volumineux');
  });

  it('refuses files over the size limit unread, a limit --taille-max changes', () => {
    const example = join(import.meta.dirname, '..', '..', 'examples', 'commune-mediation.yaml');
    const small = run(['check', example, '--taille-max', '0,001', '-f', 'json']);
    expect(small.code).toBe(1);
    const problem = JSON.parse(small.stdout).dossiers[0].problemes[0];
    expect(problem.code).toBe('fichier-trop-volumineux');
    expect(problem.message).toContain('1 Kio');
    expect(problem.message).toContain('--taille-max');
    expect(run(['check', example, '--taille-max', '20']).code).toBe(0);
    const bad = run(['check', example, '--taille-max', 'beaucoup']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--taille-max');
  });

  it('expands glob patterns the shell left alone, and says when one matches nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glob-'));
    mkdirSync(join(folder, 'lot', 'sous'), { recursive: true });
    copyFileSync(join(FIXTURES, 'eligible.yaml'), join(folder, 'lot', 'a.yaml'));
    copyFileSync(join(FIXTURES, 'late.yaml'), join(folder, 'lot', 'sous', 'b.yml'));
    writeFileSync(join(folder, 'lot', 'notes.txt'), 'pas un dossier');
    const cwd = { cwd: folder, encoding: 'utf8' as const, env: { ...process.env, NO_COLOR: '1' } };
    const all = spawnSync(process.execPath, [BIN, 'check', 'lot/**/*', '-f', 'csv'], cwd);
    expect(
      all.stdout
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(';')[0]),
    ).toEqual(['lot/a.yaml', 'lot/sous/b.yml']);
    const none = spawnSync(process.execPath, [BIN, 'check', 'lot/*.json'], cwd);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Aucun fichier de dossier ne correspond au motif « lot/*.json »');
  });

  it('stops searching folders nested past 32 levels, and says so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'deep-'));
    const deep = join(folder, ...Array(34).fill('d'));
    mkdirSync(deep, { recursive: true });
    copyFileSync(join(FIXTURES, 'eligible.yaml'), join(folder, 'a.yaml'));
    copyFileSync(join(FIXTURES, 'eligible.yaml'), join(deep, 'b.yaml'));
    const { code, stdout } = run(['check', folder, '-f', 'json']);
    expect(code).toBe(1);
    const dossiers = JSON.parse(stdout).dossiers;
    expect(dossiers.map((dossier: { verdict: string }) => dossier.verdict)).toEqual(['illisible', 'eligible']);
    expect(dossiers[0].problemes[0].message).toContain('plus de 32 niveaux');
  });

  it('uses --date when the dossier has no submission date', () => {
    const late = run(['check', join(FIXTURES, 'undated.yaml'), '--date', '2022-07-30']);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('date donnée par --date');
    expect(run(['check', join(FIXTURES, 'undated.yaml'), '--date', '2022-07-29']).code).toBe(0);
  });

  it('uses today when there is no other date: long after the 2022 deadline', () => {
    const { code, stdout } = run(['check', join(FIXTURES, 'undated.yaml')]);
    expect(code).toBe(1);
    expect(stdout).toContain('date du jour');
  });
});

describe('files that are not plain dossiers', () => {
  it('refuses devices and pipes without reading them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'special-'));
    const fifo = join(folder, 'tube.yaml');
    spawnSync('mkfifo', [fifo]);
    symlinkSync('/dev/zero', join(folder, 'zero.yaml'));
    const { code, stdout } = run(['check', fifo, join(folder, 'zero.yaml'), '/dev/null', '-f', 'json']);
    expect(code).toBe(1);
    const dossiers = JSON.parse(stdout).dossiers as { verdict: string; problemes: { message: string }[] }[];
    expect(dossiers.map((dossier) => dossier.verdict)).toEqual(['illisible', 'illisible', 'illisible']);
    expect(dossiers.every((dossier) => dossier.problemes[0]!.message.includes('pas un fichier ordinaire'))).toBe(true);
  });

  // Root reads everything: the check runs the binary as "nobody" where that is possible.
  // (It is skipped where "nobody" could not even read the tool, as in a checkout under /root.)
  const canDropPrivileges =
    process.getuid?.() === 0 &&
    spawnSync('setpriv', [
      '--reuid=nobody',
      '--regid=nogroup',
      '--clear-groups',
      process.execPath,
      '-e',
      `require('fs').readFileSync(${JSON.stringify(BIN)})`,
    ]).status === 0;
  it.skipIf(!canDropPrivileges)('reports a folder or a file it cannot read instead of skipping it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'perm-'));
    chmodSync(folder, 0o755);
    writeFileSync(join(folder, 'a.yaml'), 'porteur:\n  type: commune\n');
    mkdirSync(join(folder, 'secret'), { mode: 0o000 });
    writeFileSync(join(folder, 'ferme.yaml'), 'porteur:\n  type: commune\n', { mode: 0o000 });
    const result = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, 'check', folder], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stdout).toContain(`ILLISIBLE  ${join(folder, 'secret')}`);
    expect(result.stdout).toContain(`ILLISIBLE  ${join(folder, 'ferme.yaml')}`);
    expect(result.stdout.match(/accès refusé/g)).toHaveLength(2);
    expect(result.status).toBe(1);
  });

  it('checks a file named twice once', () => {
    const { stdout } = run(['check', join(FIXTURES, 'eligible.yaml'), join(FIXTURES, '..', 'fixtures', 'eligible.yaml'), '-f', 'json']);
    expect(JSON.parse(stdout).dossiers).toHaveLength(1);
  });

  it('never lets a dossier send escape sequences to the terminal', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ansi-'));
    const file = join(folder, 'ansi.yaml');
    writeFileSync(file, 'porteur:\n  nom: "Commune\\e[2J\\e]0;titre\\a de X\\u202e"\n');
    const { stdout } = run(['check', file, '--date', '2022-07-01']);
    expect(stdout).toContain('Commune');
    // eslint-disable-next-line no-control-regex -- the very characters that must not pass
    expect(stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});

describe('languages and formats', () => {
  it('speaks English with --lang en', () => {
    const { stdout } = run(['check', join(FIXTURES, 'late.yaml'), '--lang', 'en']);
    expect(stdout).toContain('INELIGIBLE');
    expect(stdout).toContain('after the deadline of 2022-07-29');
    expect(stdout).not.toMatch(/Dépenses|après la date/);
  });

  it('writes the JSON contract with --format json', () => {
    const { code, stdout } = run(['check', join(FIXTURES, 'eligible.yaml'), '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.reglement.id).toBe('loire-connect-2022');
    expect(report.dossiers[0]).toMatchObject({ verdict: 'eligible', aide: { maximale: 1920, taux: 0.8, plafond: 25000 } });
  });

  it('colours only when asked', () => {
    const coloured = run(['check', join(FIXTURES, 'eligible.yaml')], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[');
    expect(run(['check', join(FIXTURES, 'eligible.yaml'), '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toContain(
      '\u001b[',
    );
    expect(run(['check', join(FIXTURES, 'eligible.yaml')]).stdout).not.toContain('\u001b[');
  });
});

describe('classify', () => {
  it('answers in French with the category, the status and why', () => {
    const { code, stdout } = run(['classify', "10 PC portables pour l'accueil des agents"]);
    expect(code).toBe(0);
    expect(stdout).toContain('Catégorie : équipement interne de la collectivité (equipement-interne)');
    expect(stdout).toContain('Statut : exclue');
    expect(stdout).toContain('Mots décisifs : PC portables, agents');
    expect(stdout).toContain('Règlement (Modalités financières)');
  });

  it('answers in English and in JSON', () => {
    const { stdout } = run(['classify', 'abonnement annuel plateforme RDV', '--lang', 'en', '--format', 'json', '--montant', '1 200,00 €']);
    expect(JSON.parse(stdout)).toMatchObject({ categorie: 'fonctionnement', categorie_libelle: 'operating expense', statut: 'exclue' });
  });

  it('refuses an unreadable amount as a usage error', () => {
    const { code, stderr } = run(['classify', 'tablettes', '--montant', 'beaucoup']);
    expect(code).toBe(2);
    expect(stderr).toContain('--montant');
  });
});

describe('big batches on worker threads', () => {
  it('gives the same reports, in the same order, as one thread', async () => {
    const { generate } = await import('../../bench/generate.mjs');
    const folder = mkdtempSync(join(tmpdir(), 'threads-'));
    generate(folder, 240);
    writeFileSync(join(folder, 'dossier-00100.yaml'), 'porteur: [');
    const outputs = mkdtempSync(join(tmpdir(), 'threads-out-'));
    // The workers check in no language; the words are written where the format is: in English too.
    for (const [format, lang] of [
      ['json', 'fr'],
      ['text', 'fr'],
      ['csv', 'fr'],
      ['text', 'en'],
      ['github', 'en'],
    ]) {
      const args = ['check', folder, '-f', format!, '--date', '2022-07-20', '--lang', lang!];
      const one = run(args, { DOSSIER_CHECK_THREADS: '1' });
      const two = run(args, { DOSSIER_CHECK_THREADS: '2' });
      expect(two.code).toBe(1);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe('');
      if (lang === 'en') expect(two.stdout).not.toMatch(/Indiquez|Dépense/);
      // Workers hand their reports over as bytes: the file written with --output is the same.
      const file = join(outputs, `out.${format}.${lang}`);
      expect(run([...args, '--output', file], { DOSSIER_CHECK_THREADS: '2' }).code).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe(one.stdout);
    }
    const report = JSON.parse(run(['check', folder, '-f', 'json'], { DOSSIER_CHECK_THREADS: '2' }).stdout);
    expect(report.dossiers).toHaveLength(240);
    expect(report.dossiers[99]).toMatchObject({ fichier: join(folder, 'dossier-00100.yaml'), verdict: 'illisible' });
    expect(report.resume.total).toBe(240);
  });
});

describe('batch outputs', () => {
  const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

  it('writes the report to --output whole, and never replaces a file without --force', () => {
    const folder = mkdtempSync(join(tmpdir(), 'output-'));
    const file = join(folder, 'rapport.csv');
    expect(run(['check', EXAMPLES, '--date', '2022-07-20', '-f', 'csv', '-o', file]).code).toBe(1);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\ufefffichier;porteur;')).toBe(true);
    // A header and one row per dossier: the thirteen examples and the ten YAML twins of examples/exports/.
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(24);
    const again = run(['check', EXAMPLES, '-f', 'csv', '-o', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(run(['check', EXAMPLES, '--date', '2022-07-20', '-f', 'json', '-o', file, '--force']).code).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).resume.total).toBe(23);
    expect(readdirSync(folder)).toEqual(['rapport.csv']);
  });

  it('never writes a report over a dossier it checks, nor over a folder, even with --force', () => {
    const folder = mkdtempSync(join(tmpdir(), 'output-'));
    const dossier = join(folder, 'dossier.yaml');
    const text = readFileSync(join(EXAMPLES, 'commune-mediation.yaml'), 'utf8');
    writeFileSync(dossier, text);
    const overInput = run(['check', dossier, '-o', dossier, '--force']);
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain(
      'est un des fichiers que la vérification lit (un dossier, un export ou son fichier de correspondance)',
    );
    // Found in a folder, or named through a link, it is still the same file.
    symlinkSync(dossier, join(folder, 'lien.yaml'));
    expect(run(['check', folder, '-o', join(folder, 'lien.yaml'), '--force']).code).toBe(2);
    expect(readFileSync(dossier, 'utf8')).toBe(text);
    const overFolder = run(['check', dossier, '-o', tmpdir(), '--force']);
    expect(overFolder.code).toBe(2);
    expect(overFolder.stderr).toContain('n’est pas un fichier ordinaire');
  });

  it('fails on warnings with --fail-on avertissement', () => {
    const withWarnings = join(EXAMPLES, 'commune-fautes-de-frappe.yaml');
    expect(run(['check', withWarnings]).code).toBe(0);
    expect(run(['check', withWarnings, '--fail-on', 'avertissement']).code).toBe(1);
    expect(run(['check', join(EXAMPLES, 'commune-mediation.yaml'), '--fail-on', 'avertissement']).code).toBe(0);
  });

  it('gives SARIF one result per problem, each with its rule and position', () => {
    const json = JSON.parse(run(['check', EXAMPLES, '--date', '2022-07-20', '-f', 'json']).stdout);
    const sarif = JSON.parse(run(['check', EXAMPLES, '--date', '2022-07-20', '-f', 'sarif']).stdout);
    const problems = json.dossiers.flatMap((dossier: { problemes: unknown[] }) => dossier.problemes);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(problems.length);
    const ruleIds = sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
    for (const result of sarif.runs[0].results) {
      expect(ruleIds).toContain(result.ruleId);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
  });
});
