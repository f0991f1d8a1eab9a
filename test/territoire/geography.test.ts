import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { installedGeography } from '../../src/cli/checker-data.js';
import { baseDossier, check, codes } from '../helpers.js';

/**
 * Checked against the package's own full data, read here independently of
 * the compact files the tool generates from it.
 */
const require = createRequire(import.meta.url);
interface CommuneData {
  code: string;
  nom: string;
  type: string;
  departement: string;
  siren?: string;
  population?: number;
}
interface EpciData {
  code: string;
  nom: string;
  membres: { code: string }[];
}
const communes = require('@etalab/decoupage-administratif/data/communes.json') as CommuneData[];
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as EpciData[];
const inLoire = (code: string) => code.startsWith('42');

function asCommune(commune: CommuneData) {
  const dossier = baseDossier();
  Object.assign(dossier.porteur, { type: 'commune', nom: `Commune de ${commune.nom}`, siren: commune.siren, code_insee: commune.code });
  return dossier;
}

function asEpci(epci: EpciData) {
  const dossier = baseDossier();
  Object.assign(dossier.porteur, { type: 'epci', nom: epci.nom, siren: epci.code, code_insee: epci.membres[0]!.code });
  return dossier;
}

describe('applicants against the official geography', () => {
  const loireCommunes = communes.filter((commune) => commune.type === 'commune-actuelle' && commune.departement === '42');

  it('accepts every Loire commune with its own SIREN and official name', () => {
    expect(loireCommunes.length).toBeGreaterThan(300);
    const refused = loireCommunes.filter((commune) => {
      const report = check(asCommune(commune));
      return report.verdict !== 'eligible' || report.problemes.some((problem) => problem.chemin.startsWith('porteur'));
    });
    expect(refused.map((commune) => commune.code)).toEqual([]);
  });

  it('accepts every EPCI with members in the Loire, and names the share when some are outside', () => {
    const loireEpcis = epcis.filter((epci) => epci.membres.some((member) => inLoire(member.code)));
    expect(loireEpcis.length).toBeGreaterThanOrEqual(10);
    for (const epci of loireEpcis) {
      const report = check(asEpci(epci));
      expect(report.verdict, epci.nom).toBe('eligible');
      const partial = epci.membres.some((member) => !inLoire(member.code));
      expect(codes(report).includes('epci-en-partie-hors-territoire'), epci.nom).toBe(partial);
    }
  });

  it('refuses communes and EPCI of other départements', () => {
    const others = communes.filter((commune) => commune.type === 'commune-actuelle' && commune.departement !== '42' && commune.siren);
    const sample = others.filter((_, index) => index % 500 === 0);
    expect(sample.length).toBeGreaterThan(50);
    for (const commune of sample) {
      const report = check(asCommune(commune));
      expect(report.verdict, commune.code).toBe('ineligible');
      expect(codes(report), commune.code).toContain('porteur-hors-territoire');
    }
    const outsideEpcis = epcis
      .filter((epci) => !epci.membres.some((member) => inLoire(member.code)))
      .filter((_, index) => index % 100 === 0);
    for (const epci of outsideEpcis) expect(check(asEpci(epci)).verdict, epci.nom).toBe('ineligible');
  });

  it('blocks a SIREN that is not the commune’s, and says whose it is', () => {
    const dossier = baseDossier();
    dossier.porteur.siren = '214202186';
    const report = check(dossier);
    expect(report.verdict).toBe('a-completer');
    const problem = report.problemes.find((candidate) => candidate.code === 'siren-autre-commune');
    expect(problem).toMatchObject({ gravite: 'bloquant', chemin: 'porteur.siren' });
    expect(problem?.message).toContain('Saint-Étienne');
  });

  it('blocks an INSEE code that does not exist', () => {
    const dossier = baseDossier();
    dossier.porteur.code_insee = '42999';
    const report = check(dossier);
    expect(report.verdict).toBe('a-completer');
    expect(report.problemes.find((problem) => problem.code === 'code-insee-inconnu')).toMatchObject({
      gravite: 'bloquant',
      chemin: 'porteur.code_insee',
    });
  });

  it('recognises the code of a merged commune and names the commune it became', () => {
    const dossier = baseDossier();
    Object.assign(dossier.porteur, { nom: 'Commune de Saint-Étienne', siren: '214202186', code_insee: '42190' });
    const report = check(dossier);
    expect(report.verdict).toBe('eligible');
    const problem = report.problemes.find((candidate) => candidate.code === 'code-insee-ancien');
    expect(problem?.message).toContain('Rochetaillée');
    expect(problem?.message).toContain('Saint-Étienne (42218)');
  });

  it('warns when the name is not the official one', () => {
    const dossier = baseDossier();
    dossier.porteur.nom = 'Commune de Roanne';
    const problem = check(dossier).problemes.find((candidate) => candidate.code === 'nom-non-officiel');
    expect(problem).toMatchObject({ gravite: 'avertissement', chemin: 'porteur.nom' });
    expect(problem?.message).toContain('« Montbrison »');
  });

  it('reads a name made of words such as "constructor" as words', () => {
    // They used to find Object.prototype's methods in the table of abbreviations, and crash.
    for (const word of ['constructor', 'toString', '__proto__', 'valueOf']) {
      const dossier = baseDossier();
      dossier.porteur.nom = `Commune de ${word}`;
      expect(codes(check(dossier)), word).toContain('nom-non-officiel');
    }
  });

  it('finds nothing for codes that are names of JavaScript properties', () => {
    const geography = installedGeography();
    for (const code of ['constructor', '__proto__', 'toString']) {
      expect(geography.epci(code), code).toBeUndefined();
      expect(geography.commune(code), code).toEqual({ kind: 'inconnue' });
      expect(geography.departementName(code), code).toBeUndefined();
    }
  });

  it('blocks a commune’s SIREN given for an EPCI', () => {
    const dossier = baseDossier();
    dossier.porteur.type = 'epci';
    const problem = check(dossier).problemes.find((candidate) => candidate.code === 'siren-epci-inconnu');
    expect(problem?.message).toContain('commune de Montbrison');
  });

  it('gives the classifier the population where the legal obligation depends on it', () => {
    const line = { libelle: 'Dématérialisation des autorisations d’urbanisme', montant_ht: 3000 };
    const large = baseDossier();
    large.depenses.push(line);
    const excluded = check(large).depenses[1];
    expect(excluded?.statut).toBe('exclue');
    expect(excluded?.why).toMatch(/commune de 15 943 habitants/);

    // Noirétable: under 3 500 inhabitants, processing planning applications online is not required of it.
    const small = baseDossier();
    Object.assign(small.porteur, { nom: 'Commune de Noirétable', siren: '214201592', code_insee: '42159' });
    small.depenses.push(line);
    const toVerify = check(small).depenses[1];
    expect(toVerify?.statut).toBe('a-verifier');
    expect(toVerify?.why).toMatch(/à partir de 3 500 habitants, et la commune en compte 1 \d{3}/);
  });
});
