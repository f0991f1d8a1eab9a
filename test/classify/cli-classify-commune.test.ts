import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Answer {
  categorie: string | null;
  statut: string;
  motif: string;
  motif_code: string;
  population: { habitants: number | null; source: string; code_insee?: string; commune?: string } | null;
}

function classify(libelle: string, ...options: string[]) {
  const { code, stdout, stderr } = run(['classify', libelle, '--format', 'json', ...options]);
  return { code, stderr, answer: code === 0 ? (JSON.parse(stdout) as Answer) : undefined };
}

const PLANNING = "Dématérialisation des autorisations d'urbanisme";

describe('classify told the commune: --insee CODE', () => {
  it('takes the population of the official geography, and says where it came from', () => {
    const { code, answer } = classify(PLANNING, '--insee', '42218');
    expect(code).toBe(0);
    expect(answer).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
    expect(answer?.population).toMatchObject({ habitants: 174082, source: 'insee', code_insee: '42218', commune: 'Saint-Étienne' });
    // A commune under 3 500 inhabitants is not bound to it.
    expect(classify(PLANNING, '--insee', '42001').answer?.statut).not.toBe('exclue');
  });

  it('says the population used in the text answer, in French and in English', () => {
    const fr = run(['classify', PLANNING, '--insee', '42218']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/Population\s:\s174\s082 habitants \(Saint-Étienne, code INSEE 42218/);
    const en = run(['classify', PLANNING, '--insee', '42218', '--lang', 'en']);
    expect(en.stdout).toMatch(/Population: 174,082 inhabitants \(Saint-Étienne, INSEE code 42218/);
    const given = run(['classify', PLANNING, '--population', '12000', '--lang', 'en']);
    expect(given.stdout).toMatch(/Population: 12,000 inhabitants \(given with --population\)/);
  });

  it('takes a former commune as the commune it now belongs to, as the check does', () => {
    // 42004 (Amions) now belongs to 42268.
    const { answer } = classify(PLANNING, '--insee', '42004');
    expect(answer?.population).toMatchObject({ source: 'insee', code_insee: '42268' });
    expect(answer?.population?.code_insee).not.toBe('42004');
  });

  it('refuses an unknown code as a usage error, with the rule’s own message', () => {
    const { code, stderr } = classify(PLANNING, '--insee', '42999');
    expect(code).toBe(2);
    expect(stderr).toContain('--insee');
    expect(stderr).toContain('n’existe pas dans le Code officiel géographique');
  });

  it('refuses a malformed code (a postcode, say) as a usage error', () => {
    const { code, stderr } = classify(PLANNING, '--insee', '4200', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('Malformed INSEE code "4200"');
  });

  it('says no population when none is given', () => {
    const { answer } = classify(PLANNING);
    expect(answer?.population).toBeNull();
    expect(answer?.statut).toBe('a-verifier');
  });
});

describe('classify told the population: --population N', () => {
  it('uses it and says it was given', () => {
    const { answer } = classify(PLANNING, '--population', '12 000');
    expect(answer).toMatchObject({ statut: 'exclue', population: { habitants: 12000, source: 'option', option: '--population' } });
  });

  it.each(['0', '-5', 'beaucoup', '3.5'])('refuses %s as a usage error', (value) => {
    const { code, stderr } = classify(PLANNING, '--population', value);
    expect(code).toBe(2);
    expect(stderr).toContain(`« ${value} » illisible pour --population`);
  });

  it('refuses a population of 0 given with --habitants too', () => {
    const { code, stderr } = classify(PLANNING, '--habitants', '0');
    expect(code).toBe(2);
    expect(stderr).toContain('« 0 » illisible pour --habitants');
  });

  it('refuses --insee and --population together, naming both', () => {
    const { code, stderr } = classify(PLANNING, '--insee', '42218', '--population', '800');
    expect(code).toBe(2);
    expect(stderr).toContain('--insee');
    expect(stderr).toContain('--population');
  });

  it('lists both options in the help, in each language', () => {
    expect(run(['classify', '--help']).stdout).toMatch(/--insee <code>[\s\S]*--population <nombre>/);
    expect(run(['classify', '--help', '--lang', 'en']).stdout).toMatch(/--insee <code>[\s\S]*--population <number>/);
  });
});

interface CorpusLine {
  libelle: string;
  categorie: string;
  montant_ht?: number;
  beneficiaires?: string;
}

describe('classify --insee X answers as the check of a dossier of commune X', () => {
  const obligations = (parse(readFileSync(join(ROOT, 'test', 'classify', 'corpus.yaml'), 'utf8')) as CorpusLine[]).filter(
    (line) => line.categorie === 'obligation-legale',
  );

  it.each([
    ['commune', '42218'],
    ['commune', '42001'],
    ['ccas', '42005'],
  ])('a %s of %s, on the obligation lines of the corpus', (type, insee) => {
    expect(obligations.length).toBeGreaterThan(20);
    const dossier = parse(readFileSync(join(ROOT, 'examples', 'commune-mediation.yaml'), 'utf8')) as Record<string, unknown>;
    dossier.porteur = { ...(dossier.porteur as object), type, code_insee: insee };
    dossier.depenses = obligations.map((line) => ({
      libelle: line.libelle,
      montant_ht: line.montant_ht ?? 1000,
      nature: 'investissement',
      ...(line.beneficiaires ? { beneficiaires: line.beneficiaires } : {}),
    }));
    const file = join(mkdtempSync(join(tmpdir(), 'classify-insee-')), 'dossier.yaml');
    writeFileSync(file, stringify(dossier));
    const checked = run(['check', file, '--format', 'json']);
    const lines = (JSON.parse(checked.stdout) as { dossiers: { depenses: { categorie: string; statut: string; motif_code: string }[] }[] })
      .dossiers[0]!.depenses;
    expect(lines).toHaveLength(obligations.length);
    const statuses = new Set<string>();
    obligations.forEach((line, index) => {
      const options = ['--insee', insee, '--montant', String(line.montant_ht ?? 1000)];
      if (line.beneficiaires) options.push('--beneficiaires', line.beneficiaires);
      const { answer } = classify(line.libelle, ...options);
      const { categorie, statut, motif_code } = lines[index]!;
      expect({ categorie: answer?.categorie, statut: answer?.statut, motif_code: answer?.motif_code }, line.libelle).toEqual({
        categorie,
        statut,
        motif_code,
      });
      statuses.add(statut);
    });
    // The comparison means something only if the population decided some lines.
    expect(statuses.size).toBeGreaterThan(1);
  });
});
