import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The built binary, as an applicant types it: `dossier-check classify "<libellé>" --format json`. */
function classify(libelle: string, ...options: string[]) {
  const { code, stdout, stderr } = run(['classify', libelle, '--format', 'json', ...options]);
  return {
    code,
    stderr,
    answer: code === 0 ? (JSON.parse(stdout) as { categorie: string | null; statut: string; motif: string }) : undefined,
  };
}

describe('dossier-check classify on the lines of issue 13', () => {
  it.each([
    ["Bureaux pour ordinateurs de l'espace public numérique", 'mobilier', 'exclue'],
    ["Remplacement du portail de l'école maternelle", 'travaux', 'exclue'],
    ['Mise en ligne des données publiques, obligation de la loi pour une République numérique', 'obligation-legale', 'a-verifier'],
    ['Écran interactif pour la médiathèque, garantie fabricant 5 ans comprise', 'equipement-numerique', 'eligible'],
    ['Tablettes pour la médiathèque, maintenance non comprise', 'equipement-numerique', 'eligible'],
    ["Tablettes pour la médiathèque, à l'exclusion de la maintenance", 'equipement-numerique', 'eligible'],
    ['Serveur de stockage local pour la médiathèque', 'equipement-numerique', 'eligible'],
    ['Formation des usagers à internet et aux démarches en ligne', 'formation', 'eligible'],
    ["Étude d'analyse des données de consommation énergétique des bâtiments", 'etude-developpement', 'eligible'],
  ])('%s → %s (%s)', (libelle, categorie, statut) => {
    expect(classify(libelle).answer).toMatchObject({ categorie, statut });
  });

  it('reads the population given with --habitants, as French writes it', () => {
    const line = "Dématérialisation des autorisations d'urbanisme";
    expect(classify(line).answer).toMatchObject({ statut: 'a-verifier' });
    expect(classify(line).answer?.motif).toContain('population du porteur n’est pas connue');
    expect(classify(line, '--habitants', '12 000').answer).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
    expect(classify('Publication électronique des actes', '--habitants', '800').answer?.statut).not.toBe('exclue');
  });

  it('refuses an unreadable population as a usage error', () => {
    const { code, stderr } = classify('tablettes', '--habitants', 'beaucoup');
    expect(code).toBe(2);
    expect(stderr).toContain('--habitants');
  });
});

describe('dossier-check classify on a line that mixes items (issue 18)', () => {
  it('says to split the line, in French and in English', () => {
    const line = 'Écran interactif et contrat de maintenance pour la médiathèque';
    const french = classify(line).answer;
    expect(french).toMatchObject({ statut: 'a-verifier' });
    expect(french?.motif).toContain('scindez-la en une ligne par élément');
    expect(classify(line, '--lang', 'en').answer?.motif).toContain('split it into one line per item');
  });
});
