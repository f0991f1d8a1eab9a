import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CLASSIFIER_CATEGORIES } from '../../src/classify/classifier.js';
import { loadEdition } from '../../src/edition/load.js';
import { notADossierByContent } from '../../src/parse/not-a-dossier.js';
import { DEFAULT_EDITION, EDITIONS } from '../../src/reglement/index.js';
import { ALL_RULES } from '../../src/rules/index.js';

const CONTEXT = { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES };
const ATTACHMENTS = 'commune, etablissement-communal, epci, siege, aucun';

/**
 * Edition files written before applicant types said what they are
 * (`rattachement`) and before beneficiaries were data (`beneficiaires`):
 * what they inherit fills those in; what nothing gives is said to be missing.
 */
describe('an edition file written before rattachement and beneficiaires', () => {
  const inheriting = [
    'herite: loire-connect-2022',
    'id: essai-types',
    'typesPorteur:',
    '  - { id: commune, libelle: { fr: commune, en: municipality }, eligibilite: eligible }',
    '  - { id: ccas, libelle: { fr: CCAS, en: CCAS }, eligibilite: a-confirmer, note: { fr: accepté, en: accepted } }',
    '  - { id: epci, libelle: { fr: EPCI, en: EPCI }, eligibilite: eligible }',
    '  - { id: association, libelle: { fr: association, en: association }, eligibilite: non-eligible }',
  ].join('\n');

  it('takes the attachment of the inherited type of the same id, and the inherited beneficiaries', () => {
    const loaded = loadEdition(inheriting, CONTEXT, 'fr');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.reglement.typesPorteur.map(({ id, rattachement }) => [id, rattachement])).toEqual([
      ['commune', 'commune'],
      ['ccas', 'etablissement-communal'],
      ['epci', 'epci'],
      ['association', 'siege'],
    ]);
    // Its own words are kept: only the missing field is inherited.
    expect(loaded.reglement.typesPorteur[0]!.libelle.en).toBe('municipality');
    expect(loaded.reglement.beneficiaires).toEqual(DEFAULT_EDITION.beneficiaires);
  });

  it('inherits nothing for a list left empty: typesPorteur: with no value is refused, not replaced by the inherited one', () => {
    const loaded = loadEdition('herite: loire-connect-2022\nid: essai-vide\ntypesPorteur:\nbeneficiaires:\n', CONTEXT, 'fr');
    expect(loaded).toEqual({ ok: false, errors: ['typesPorteur : une liste attendue', 'beneficiaires : une liste attendue'] });
  });

  it('keeps an attachment the file gives, and says missing where the inherited edition has no type of that id', () => {
    const text = `${inheriting}\n  - { id: mairie-annexe, libelle: { fr: annexe, en: annex }, eligibilite: eligible }\n  - { id: syndicat, libelle: { fr: syndicat, en: union }, eligibilite: eligible, rattachement: aucun }`;
    const loaded = loadEdition(text, CONTEXT, 'fr');
    expect(loaded).toEqual({ ok: false, errors: [`typesPorteur.4.rattachement : champ manquant (valeurs possibles : ${ATTACHMENTS})`] });
    const english = loadEdition(text, CONTEXT, 'en');
    expect(english).toEqual({ ok: false, errors: [`typesPorteur.4.rattachement: missing (possible values: ${ATTACHMENTS})`] });
  });

  it('without herite, says each missing field as missing, with the values possible for a choice', () => {
    const { beneficiaires, typesPorteur, ...rest } = DEFAULT_EDITION;
    const older = {
      ...rest,
      typesPorteur: typesPorteur.map(({ rattachement, eligibilite, ...type }, index) =>
        index === 1 ? type : { ...type, eligibilite, ...(index === 0 ? {} : { rattachement }) },
      ),
      categories: rest.categories.map(({ eligible, ...category }, index) => (index === 0 ? category : { ...category, eligible })),
    };
    void beneficiaires;
    const loaded = loadEdition(stringify({ ...older, id: 'essai-ancien' }), CONTEXT, 'fr');
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      `typesPorteur.0.rattachement : champ manquant (valeurs possibles : ${ATTACHMENTS})`,
      'typesPorteur.1.eligibilite : champ manquant (valeurs possibles : eligible, a-confirmer, non-eligible)',
      `typesPorteur.1.rattachement : champ manquant (valeurs possibles : ${ATTACHMENTS})`,
      'beneficiaires : champ manquant',
      'categories.0.eligible : champ manquant',
    ]);
  });

  it('says a missing destination of a beneficiary as missing, in English too', () => {
    const text = [
      'herite: loire-connect-2022',
      'id: essai-beneficiaires',
      'beneficiaires:',
      '  - { id: habitants, libelle: { fr: les habitants, en: residents } }',
      '  - { id: personnel, libelle: { fr: le personnel, en: staff }, destination: interne }',
    ].join('\n');
    expect(loadEdition(text, CONTEXT, 'en')).toEqual({
      ok: false,
      errors: ['beneficiaires.0.destination: missing (possible values: public, interne)'],
    });
  });

  it('is still known as an edition, not checked as a dossier, whether it inherits or not', () => {
    expect(notADossierByContent(parse(inheriting))).toBe('edition');
    const { beneficiaires, typesPorteur, ...rest } = DEFAULT_EDITION;
    void beneficiaires;
    const whole = { ...rest, typesPorteur: typesPorteur.map(({ rattachement, ...type }) => (void rattachement, type)) };
    expect(notADossierByContent(JSON.parse(JSON.stringify(whole)))).toBe('edition');
  });
});
