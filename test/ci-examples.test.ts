import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/** The CI examples for a repository of dossiers: valid, and their commands work with the real binary. */
const ROOT = join(import.meta.dirname, '..');
const CI = join(ROOT, 'examples', 'ci');
const BIN = join(ROOT, 'bin', 'dossier-check.js');

/** A repository of dossiers with one eligible and one late dossier in dossiers/. */
function dossierRepository(): string {
  const repository = mkdtempSync(join(tmpdir(), 'dossiers-'));
  mkdirSync(join(repository, 'dossiers'));
  copyFileSync(join(ROOT, 'examples', 'commune-mediation.yaml'), join(repository, 'dossiers', 'montbrison.yaml'));
  copyFileSync(join(ROOT, 'examples', 'commune-hors-delai.yaml'), join(repository, 'dossiers', 'feurs.yaml'));
  return repository;
}

/** Runs a command of a CI file with the tool's path in place of the installed copy's. */
function runLike(command: string, cwd: string) {
  const args = command.replace(/^node \S+dossier-check\.js /, '').split(' ');
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

describe('CI examples', () => {
  it('GitHub Actions: a valid workflow whose check annotates each problem', () => {
    const workflow = parse(readFileSync(join(CI, '.github', 'workflows', 'dossiers.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    const steps = workflow.jobs.check.steps as { run?: string; name?: string }[];
    expect(workflow.jobs.check['runs-on']).toBe('ubuntu-latest');
    const check = steps
      .find((step) => step.name === 'Check the dossiers')!
      .run!.replace('"$RUNNER_TEMP/dossier-check/bin/dossier-check.js"', 'x/dossier-check.js');
    const result = runLike(check, dossierRepository());
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=dossiers\/feurs\.yaml,line=\d+,col=\d+,title=depot-delai/m);
  });

  it('GitLab CI: a valid job whose JUnit report has one test per dossier', () => {
    const job = parse(readFileSync(join(CI, '.gitlab-ci.yml'), 'utf8')).dossiers;
    expect(job.image).toBe('node:20');
    expect(job.artifacts.reports.junit).toBe('rapport-junit.xml');
    const repository = dossierRepository();
    const result = runLike(job.script[2], repository);
    expect(result.status).toBe(1);
    const xml = readFileSync(join(repository, 'rapport-junit.xml'), 'utf8');
    expect(xml).toContain('<testsuites name="dossier-check" tests="2" failures="1">');
  });

  it('pre-commit: a valid local hook that checks the dossier files a commit changes', () => {
    const hook = parse(readFileSync(join(CI, '.pre-commit-config.yaml'), 'utf8')).repos[0].hooks[0];
    expect(hook).toMatchObject({ id: 'dossier-check', language: 'system' });
    const files = new RegExp(hook.files);
    expect(['dossiers/a.yaml', 'b.yml', 'c.json'].every((name) => files.test(name))).toBe(true);
    expect(files.test('notes.md')).toBe(false);
    const repository = dossierRepository();
    const [, ...args] = (hook.entry as string).split(' ');
    const ok = spawnSync(process.execPath, [BIN, ...args, 'dossiers/montbrison.yaml'], { cwd: repository, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const late = spawnSync(process.execPath, [BIN, ...args, 'dossiers/feurs.yaml'], { cwd: repository, encoding: 'utf8' });
    expect(late.status).toBe(1);
  });

  it('pre-commit: leaves out the files of a dossier repository that are not dossiers, and the tool notes them if passed', () => {
    const hook = parse(readFileSync(join(CI, '.pre-commit-config.yaml'), 'utf8')).repos[0].hooks[0];
    const files = new RegExp(hook.files);
    // pre-commit reads `exclude` with Python's re.search; (?x) allows spaces and line ends, which this pattern has only for layout.
    const exclude = new RegExp((hook.exclude as string).replace(/^\(\?x\)/, '').replace(/\s+/g, ''));
    const repository = dossierRepository();
    const others = {
      'package.json': '{ "name": "dossiers", "private": true }\n',
      'package-lock.json': '{ "name": "dossiers", "lockfileVersion": 3 }\n',
      'tsconfig.json': '{}\n',
      '.pre-commit-config.yaml': readFileSync(join(CI, '.pre-commit-config.yaml'), 'utf8'),
      '.github/workflows/dossiers.yml': readFileSync(join(CI, '.github', 'workflows', 'dossiers.yml'), 'utf8'),
      'editions/loire-connect-2024.reglement.yaml': readFileSync(
        join(ROOT, 'examples', 'reglements', 'loire-connect-2024.reglement.yaml'),
        'utf8',
      ),
      'schema/dossier.schema.json': readFileSync(join(ROOT, 'schema', 'dossier.schema.json'), 'utf8'),
    };
    for (const [path, text] of Object.entries(others)) {
      mkdirSync(dirname(join(repository, path)), { recursive: true });
      writeFileSync(join(repository, path), text);
    }
    const changed = [...Object.keys(others), 'dossiers/montbrison.yaml'];
    expect(changed.filter((path) => files.test(path) && !exclude.test(path))).toEqual(['dossiers/montbrison.yaml']);
    expect(exclude.test('dossiers/montbrison.yaml')).toBe(false);
    // Without the exclude (an older hook, a hand-made one), a commit of them all still passes, with a note for each.
    const [, ...args] = (hook.entry as string).split(' ');
    const all = spawnSync(process.execPath, [BIN, ...args, ...changed], { cwd: repository, encoding: 'utf8' });
    expect(all.status).toBe(0);
    expect(all.stderr.trim().split('\n')).toHaveLength(Object.keys(others).length);
  });
});
