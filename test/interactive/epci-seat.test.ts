import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { catalogue } from '../../src/i18n/index.js';
import type { Choice } from '../../src/interactive/prompter.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDossier } from '../../src/index.js';
import { completeDossier } from '../../src/interactive/complete.js';
import { interview } from '../../src/interactive/interview.js';
import { DossierSource } from '../../src/interactive/source.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering } from './script.js';

/**
 * The seat of an EPCI is searched among its member communes only, and the
 * ten choices shown are taken from those members: a member that ranks past
 * the tenth among all the département's communes is still offered.
 */
const t = catalogue('fr').interview;
const options = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-21' };
/** Thrown at the question after the seat: what the seat search offered is all this test reads. */
const SEAT_CHOSEN = new Error('seat chosen');

interface Commune {
  nom: string;
  code: string;
}

/** The choices the seat search offers for `term`, once the EPCI found by `epciTerm` is chosen. */
async function seatChoices(epciTerm: string, term: string): Promise<{ offered: Commune[]; members: readonly string[] }> {
  let offered: Commune[] = [];
  let members: readonly string[] = [];
  const script = answering((message) => {
    if (message === t.type) return 'epci';
    if (message === t.epci) return { search: epciTerm };
    if (message === t.seat) return { search: term };
    throw SEAT_CHOSEN;
  });
  const search = script.search;
  script.search = async <T>(question: { message: string; source: (term: string) => Choice<T>[] }) => {
    const chosen = await search(question);
    if (question.message === t.epci) members = (chosen as { membres: readonly string[] }).membres;
    if (question.message === t.seat) offered = question.source(term).map((choice) => choice.value as Commune);
    return chosen;
  };
  await expect(interview(script, options)).rejects.toBe(SEAT_CHOSEN);
  return { offered, members };
}

describe('the seat of an EPCI', () => {
  it('is offered among its members, even those ranked past the tenth of all communes', async () => {
    const all = installedData.geography.searchCommunes('saint', ['42']);
    const rank = all.findIndex((commune) => commune.nom === 'Saint-Genest-Malifaux');
    // The case this test is about: no member of the CC des Monts du Pilat among the first ten "saint".
    expect(rank).toBeGreaterThanOrEqual(10);

    const { offered, members } = await seatChoices('pilat', 'saint');
    expect(members.length).toBeGreaterThan(0);
    expect(offered.map((commune) => commune.nom)).toContain('Saint-Genest-Malifaux');
    expect(offered.length).toBeGreaterThan(1);
    expect(offered.length).toBeLessThanOrEqual(10);
    for (const commune of offered) expect(members).toContain(commune.code);
    expect(all.slice(0, 10).some((commune) => members.includes(commune.code))).toBe(false);
  });
});

describe('the seat of an EPCI asked by init --from', () => {
  it('is offered among the members of the EPCI its SIREN names, as init offers it', async () => {
    // Saint-Étienne Métropole's dossier without its seat: "saint" matches communes of many EPCI.
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'epci-plafond.yaml'), 'utf8').replace(
      '  code_insee: "42218"\n',
      '',
    );
    const before = checkDossier(text, 'dossier.yaml', { data: installedData });
    expect(before.problemes.some((problem) => problem.chemin === 'porteur.code_insee' && problem.gravite === 'bloquant')).toBe(true);
    const members = installedData.geography.epci('244200770')!.membres;
    const all = installedData.geography.searchCommunes('saint', ['42']).slice(0, 10);
    expect(all.some((commune) => !members.includes(commune.code))).toBe(true);

    let offered: Commune[] = [];
    const script = answering((message) => (message === t.seat ? { search: 'saint' } : undefined));
    const search = script.search;
    script.search = async <T>(question: { message: string; source: (term: string) => Choice<T>[] }) => {
      if (question.message === t.seat) offered = question.source('saint').map((choice) => choice.value as Commune);
      return search(question);
    };
    const opened = DossierSource.open(new TextEncoder().encode(text), 'dossier.yaml');
    if (!opened.ok) throw new Error('not editable');
    await completeDossier(script, opened.source, before, { lang: 'fr', reglement: DEFAULT_EDITION, data: installedData }).catch(() => 0);
    expect(offered.length).toBeGreaterThan(1);
    for (const commune of offered) expect(members).toContain(commune.code);
  });
});
