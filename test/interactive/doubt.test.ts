import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runs } from '../fast-check.js';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { euros } from '../../src/interactive/answers.js';
import { draftToYaml } from '../../src/interactive/document.js';
import { parseAmount } from '../../src/money/amount.js';
import { formatCents } from '../../src/money/format.js';
import { interview } from '../../src/interactive/interview.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering, type Reply } from './script.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * `init` must never be more lenient than `check`: a line the classifier
 * doubts stays "a-verifier" in the file init writes, unless the applicant
 * answers the question that settles it (who uses the equipment).
 */
const options = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-21' };
const USERS_QUESTION = /Qui utilisera/;
const CHECK_OPTIONS = { date: '2022-07-21', data: installedData };

interface Line {
  libelle: string;
  amount: string;
  /** What the applicant answers when asked who uses the line (usagers, agents, ecoles, or '' for "do not know"). */
  users?: string;
  /** The category chosen: '' accepts the proposed one. */
  category?: string;
}

async function runInterview(lines: readonly Line[]) {
  let current = -1;
  const prompter = answering((message) => {
    if (message.startsWith('Qui dépose')) return 'commune';
    if (message.startsWith('Votre commune')) return { search: 'montbri' };
    if (message.startsWith('Titre')) return 'Équipement de la médiathèque';
    if (message.startsWith('Description')) return '';
    if (message.startsWith('Axes')) return ['simplifier-le-quotidien'];
    if (message.startsWith('Dépense n°')) return lines[++current]!.libelle;
    if (USERS_QUESTION.test(message)) return lines[current]!.users ?? '';
    if (message.startsWith('Catégorie')) return lines[current]!.category ?? '';
    if (message.startsWith('Montant HT')) return lines[current]!.amount;
    if (message.startsWith('Ajouter une autre')) return current < lines.length - 1;
    if (message.startsWith('Aide sollicitée')) return '';
    if (message.startsWith('Date de dépôt')) return '21/07/2022';
    if (message.startsWith('Renseigner maintenant')) return false;
    if (message.startsWith('Écrire le dossier')) return 'write';
    return undefined as Reply | undefined;
  });
  const draft = await interview(prompter, options);
  const text = draftToYaml(draft, { lang: 'fr', today: '2022-07-21' });
  return { prompter, draft, text, report: checkDossier(text, 'dossier.yaml', CHECK_OPTIONS) };
}

/** What `check` says of the same lines written by hand without a category (with the users when answered). */
function checkWithoutCategory(lines: readonly { libelle: string; montant_ht: unknown; beneficiaires?: unknown }[]) {
  const dossier = {
    porteur: { type: 'commune', nom: 'Commune de Montbrison', siren: '214201477', code_insee: '42147' },
    projet: { titre: 'Équipement de la médiathèque', axes: ['simplifier-le-quotidien'] },
    depenses: lines.map(({ libelle, montant_ht, beneficiaires }) => ({ libelle, montant_ht, ...(beneficiaires ? { beneficiaires } : {}) })),
    financement: { aide_sollicitee: 1 },
    depot: { date: '2022-07-21' },
  };
  return checkDossier(stringify(dossier), 'dossier.yaml', CHECK_OPTIONS);
}

const LENIENCY = { exclue: 0, 'a-verifier': 1, eligible: 2 } as const;

describe('init keeps the classifier’s doubt', () => {
  it.each([
    ['Vidéoprojecteur et écran', '1 500,00'],
    ['Câbles et adaptateurs HDMI', '126,40'],
  ])('accepting the proposed category of %j (%s €) leaves the line as check sees it', async (libelle, amount) => {
    const { report, draft } = await runInterview([{ libelle, amount }]);
    const byHand = checkWithoutCategory(draft.depenses as never);
    expect(byHand.depenses[0]!.statut).toBe('a-verifier');
    expect(report.depenses[0]!.statut).toBe(byHand.depenses[0]!.statut);
    expect(report.aide?.maximumCents).toBe(0);
  });

  it.each([
    ['usagers', 'eligible'],
    ['agents', 'exclue'],
    ['ecoles', 'exclue'],
  ])('asks who uses a projector when it decides the status (%s → %s), and writes the answer', async (users, status) => {
    const { prompter, report, draft } = await runInterview([{ libelle: 'Vidéoprojecteur et écran', amount: '1 500,00', users }]);
    expect(prompter.asked.filter((question) => USERS_QUESTION.test(question))).toHaveLength(1);
    expect(draft.depenses[0]).toMatchObject({ beneficiaires: users });
    expect(report.depenses[0]!.statut).toBe(status);
    expect(report.depenses[0]!.statut).toBe(checkWithoutCategory(draft.depenses as never).depenses[0]!.statut);
  });

  it('does not ask who uses a line when the answer changes nothing', async () => {
    const { prompter } = await runInterview([{ libelle: 'Formation des habitants aux démarches en ligne', amount: '1 200,00' }]);
    expect(prompter.asked.some((question) => USERS_QUESTION.test(question))).toBe(false);
  });

  it('shows the grant so far and offers as the request what check will compute on the written file', async () => {
    const { prompter, report, draft } = await runInterview([
      { libelle: 'Vidéoprojecteur et écran', amount: '1 500,00' },
      { libelle: '6 tablettes tactiles pour le prêt aux usagers de la médiathèque', amount: '2 400,00' },
      { libelle: 'Bureaux pour ordinateurs', amount: '800,00', category: 'equipement-numerique' },
    ]);
    expect(report.aide?.maximumCents).toBe(192_000);
    expect(draft.financement).toEqual({ aide_sollicitee: 1920 });
    expect(prompter.said.filter((line) => line.startsWith('→ Aide maximale')).at(-1)).toBe('→ Aide maximale à ce stade : 1 920,00 €.');
  });

  it('never writes a line eligible that check, without the category, would not call eligible (corpus, proposed categories)', async () => {
    const corpus = parse(readFileSync(join(import.meta.dirname, '..', 'classify', 'corpus.yaml'), 'utf8')) as {
      libelle: string;
      montant_ht?: number | string;
      beneficiaires?: string;
    }[];
    const lines = corpus.map((entry) => ({
      libelle: entry.libelle,
      amount: String(entry.montant_ht ?? '1 000').replace('.', ','),
      users: entry.beneficiaires,
    }));
    const { report, draft } = await runInterview(lines);
    const byHand = checkWithoutCategory(draft.depenses as never);
    const moreLenient = report.depenses
      .filter((line, index) => LENIENCY[line.statut] > LENIENCY[byHand.depenses[index]!.statut])
      .map((line) => line.libelle);
    expect(moreLenient).toEqual([]);
  });

  it('never writes a line eligible that check would doubt, whatever category the applicant picks', async () => {
    const corpus = parse(readFileSync(join(import.meta.dirname, '..', 'classify', 'corpus.yaml'), 'utf8')) as { libelle: string }[];
    const categories = DEFAULT_EDITION.categories.map((category) => category.id);
    const line = fc.record({
      libelle: fc.constantFrom(...corpus.map((entry) => entry.libelle), 'Vidéoprojecteur et écran', 'Câbles et adaptateurs HDMI'),
      amount: fc.constantFrom('126,40', '499,99', '1 500,00', '12 000,00'),
      users: fc.constantFrom('', 'usagers', 'agents', 'ecoles'),
      category: fc.constantFrom('', ...categories),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), async (lines) => {
        const { report, draft } = await runInterview(lines);
        const byHand = checkWithoutCategory(draft.depenses as never);
        report.depenses.forEach((written, index) => {
          if (written.statut === 'eligible') expect(byHand.depenses[index]!.statut).toBe('eligible');
        });
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('init writes the amounts typed, to the cent', () => {
  it('an amount typed the French way is read back by check as the same number of cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 - 1 }), (cents) => {
        const typed = formatCents(cents, 'fr').replace(' €', '');
        const written = stringify({ montant_ht: euros(typed) });
        const read = parseAmount(String((parse(written) as { montant_ht: number }).montant_ht));
        expect(read).toEqual({ ok: true, cents });
      }),
      { numRuns: runs(2000) },
    );
  });
});
