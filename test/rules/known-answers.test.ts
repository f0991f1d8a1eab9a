import { describe, expect, it } from 'vitest';
import { installedGeography } from '../../src/cli/checker-data.js';
import { formatHtml } from '../../src/format/html.js';
import { formatJson } from '../../src/format/json.js';
import { formatText } from '../../src/format/text.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import type { Lang } from '../../src/vocabulary.js';
import { baseDossier, check } from '../helpers.js';

/** Answers the check knows (issue 17, item 6): given in the message, not left for the applicant to find. */
const problem = (report: ReturnType<typeof check>, code: string) => report.problemes.find((each) => each.code === code);

describe('a SIREN problem gives the SIREN of the commune porteur.code_insee names', () => {
  // Montbrison, 42147: SIREN 214201477 in the official geography.
  it.each<[string, Lang, string | undefined, string]>([
    ['siren-manquant', 'fr', undefined, '"214201477"'],
    ['siren-manquant', 'en', undefined, '"214201477"'],
    ['siren-cle-invalide', 'fr', '214201478', '"214201477"'],
    ['siren-cle-invalide', 'en', '214201478', '"214201477"'],
    ['siren-format', 'fr', '21420147', '"214201477"'],
    ['siren-format', 'en', '21420147', '"214201477"'],
  ])('%s (%s)', (code, lang, siren, expected) => {
    const dossier = baseDossier();
    if (siren === undefined) delete dossier.porteur.siren;
    else dossier.porteur.siren = siren;
    const found = problem(check(dossier, { lang }), code);
    expect(found?.message).toContain(expected);
    expect(found?.message).toContain('Montbrison');
  });

  it('says nothing of a commune SIREN when the applicant is not that commune (an EPCI) or the code names none', () => {
    const epci = baseDossier();
    Object.assign(epci.porteur, { type: 'epci', nom: 'Loire Forez agglomération' });
    delete epci.porteur.siren;
    expect(problem(check(epci), 'siren-manquant')?.message).not.toContain('214201477');
    const unknownCode = baseDossier();
    unknownCode.porteur.code_insee = '42999';
    unknownCode.porteur.siren = '214201478';
    expect(problem(check(unknownCode), 'siren-cle-invalide')?.message).not.toMatch(/géographie officielle/);
  });
});

describe('keys people write for the requested grant are pointed to financement.aide_sollicitee', () => {
  it.each([
    ['aide_demandee', []],
    ['aide_sollicitee', []],
    ['subvention', []],
    ['aide_demandee', ['financement']],
    ['subvention', ['financement']],
    ['Subvention demandée', ['financement']],
  ])('%s under %j', (key, under) => {
    const dossier = baseDossier();
    const holder = under.length === 0 ? dossier : dossier.financement;
    holder[key] = 1920;
    const found = check(dossier).problemes.find((each) => each.code === 'cle-inconnue');
    expect(found?.params.suggestion).toBe('financement.aide_sollicitee');
    expect(found?.message).toContain('financement.aide_sollicitee');
  });
});

describe('with an unusable submission date, the header does not say a date was retained', () => {
  const render = (lang: Lang, format: typeof formatText) => {
    const dossier = baseDossier();
    dossier.depot.date = '31/02/2022';
    return format(buildReport([check(dossier, { lang })], lang, DEFAULT_EDITION, installedGeography()));
  };

  it.each<[Lang, string, string]>([
    ['fr', 'Date de dépôt retenue', 'délai n’est donc pas vérifié'],
    ['en', 'Submission date used', 'deadline is not checked'],
  ])('in %s', (lang, retained, unchecked) => {
    for (const format of [formatText, formatHtml]) {
      const output = render(lang, format);
      expect(output).not.toContain(retained);
      expect(output).toContain(unchecked);
    }
  });

  it('in JSON, says the deadline was not checked, the fallback date and its source kept as the contract gives them', () => {
    const unusable = baseDossier();
    unusable.depot.date = '31/02/2022';
    const undated = baseDossier();
    delete undated.depot;
    const [unchecked, checked, dated] = [unusable, undated, baseDossier()].map(
      (dossier) => JSON.parse(formatJson(buildReport([check(dossier)], 'fr', DEFAULT_EDITION))).dossiers[0].date_depot_retenue,
    );
    expect(unchecked).toEqual({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: 'aujourdhui', delai_verifie: false });
    expect(checked).toEqual({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: 'aujourdhui', delai_verifie: true });
    expect(dated).toEqual({ date: '2022-07-21', source: 'depot', delai_verifie: true });
  });

  it('still says which date was retained when the dossier gives none', () => {
    const dossier = baseDossier();
    delete dossier.depot;
    expect(formatText(buildReport([check(dossier)], 'fr', DEFAULT_EDITION))).toContain('Date de dépôt retenue (date du jour)');
  });
});

describe('the same the other way: an INSEE code problem gives the code of the commune whose SIREN the applicant gave', () => {
  it.each<[string, Lang, string | undefined]>([
    ['code-insee-manquant', 'fr', undefined],
    ['code-insee-manquant', 'en', undefined],
    ['code-insee-invalide', 'fr', '4214'],
    ['code-insee-inconnu', 'en', '42999'],
  ])('%s (%s)', (code, lang, written) => {
    const dossier = baseDossier();
    if (written === undefined) delete dossier.porteur.code_insee;
    else dossier.porteur.code_insee = written;
    const found = problem(check(dossier, { lang }), code);
    expect(found?.message).toContain('"42147"');
    expect(found?.message).toContain('Montbrison');
  });
});
