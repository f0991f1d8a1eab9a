import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { formatRulesJson } from '../../src/format/rules-listing.js';
import { buildRulesReport } from '../../src/report/rules-listing.js';
import { ALL_RULES, RULES } from '../../src/rules/index.js';

/**
 * The published call, as text. It is the Département's, not part of this repository: CI has it
 * beside the clone (../shared/seed/); elsewhere DOSSIER_CHECK_APPEL may name a copy. Without it,
 * the word-for-word check below is skipped, and says so.
 */
const CALL =
  process.env.DOSSIER_CHECK_APPEL ??
  join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', 'appel-a-partenariat-loire-connect-2022.txt');
const CALL_MISSING = !existsSync(CALL);
const SKIPPED = CALL_MISSING ? ` (skipped: the call's text is not at ${CALL}; set DOSSIER_CHECK_APPEL to a copy)` : '';
if (CALL_MISSING) console.warn(`rules.test: the call's text is not at ${CALL}: the word-for-word check of the clauses is skipped.`);
/** Case, apostrophes, list dashes and line breaks aside: the call is a PDF turned into text. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/(^|\s)- /g, ' ')
    // Footnote calls glued to a word ("structurants1 pour le territoire").
    .replace(/(\p{L})\d+(?= )/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();

describe('the règlement as the tool applies it', () => {
  it('lists every rule the engine runs, each with what it checks in both languages', () => {
    const report = buildRulesReport(DEFAULT_EDITION, 'fr');
    expect(report.regles.map((rule) => rule.id)).toEqual([
      'dossier-lecture',
      'export-lecture',
      'dossier-format',
      ...RULES.map((rule) => rule.id),
      // Advice runs once the verdict is known.
      'financement-conseil',
    ]);
    const fr = JSON.parse(formatRulesJson(report)).regles as { id: string; verifie: string }[];
    const en = JSON.parse(formatRulesJson({ ...report, lang: 'en' })).regles as { id: string; verifie: string }[];
    for (const [index, rule] of fr.entries()) {
      expect(rule.verifie).not.toBe(rule.id);
      expect(en[index]!.verifie).not.toBe(rule.verifie);
    }
  });

  it('is data in no language, like a check report: the words are the formatter’s', () => {
    const french = buildRulesReport(DEFAULT_EDITION, 'fr');
    const english = buildRulesReport(DEFAULT_EDITION, 'en');
    expect({ ...english, lang: 'fr' }).toEqual(french);
  });

  it('gives each rule of the call its clause, and each rule something it can report', () => {
    for (const rule of ALL_RULES) {
      const { bloquant = [], avertissement, info } = rule.produces;
      expect(bloquant.length > 0 || avertissement || info, rule.id).toBeTruthy();
    }
    const report = buildRulesReport(DEFAULT_EDITION, 'fr');
    const withoutClause = report.regles.filter((rule) => !rule.clause).map((rule) => rule.id);
    // The financing plan's balance is how an officer reads a plan, not a clause of the call.
    expect(withoutClause).toEqual(['dossier-lecture', 'export-lecture', 'dossier-format', 'financement-plan']);
  });

  // A clause may join a list's heading to one of its items ("ne concerne pas : les dépenses de fonctionnement…"):
  // each part between colons and semicolons is the call's own words.
  it.skipIf(CALL_MISSING)(`quotes every clause word for word from the published call${SKIPPED}`, () => {
    const call = words(readFileSync(CALL, 'utf8'));
    for (const [id, clause] of Object.entries(DEFAULT_EDITION.clauses)) {
      // A law the tool applies (the CGCT) is quoted from the law, not from the call.
      if (clause.source !== undefined) continue;
      for (const part of words(clause.texte).split(/ [:;] /)) {
        expect(call.includes(part.replace(/\.$/, '')), `clause ${id}: « ${part} »`).toBe(true);
      }
    }
  });
});
