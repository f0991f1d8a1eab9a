import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/dossier/schema.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import type { ExpenseLine } from '../../src/rules/expense-lines.js';
import { computeFinancingPlan, meetsMinimumShare, roomAboveMinimumShare } from '../../src/rules/financing.js';
import { runs } from '../fast-check.js';

/** Amounts in cents up to a million euros: large enough that a float sum of euros loses its cents. */
const cents = fc.integer({ min: 0, max: 100_000_000 });

/** Lines of a plan in cents: HT amounts, a grant, other aid, and a self-financing near the balance or near 20 % half the time. */
const plans = fc
  .record({
    lines: fc.array(cents, { minLength: 1, maxLength: 5 }),
    requested: cents,
    aids: fc.array(cents, { maxLength: 3 }),
    self: cents,
    near: fc.constantFrom('balance', 'share', 'anywhere'),
    // The edges of the euro of tolerance, often: that is where an off-by-one or a float sum goes wrong.
    delta: fc.oneof(fc.constantFrom(-101, -100, -99, 0, 99, 100, 101), fc.integer({ min: -150, max: 150 })),
  })
  .map(({ lines, requested, aids, self, near, delta }) => {
    const cost = lines.reduce((sum, amount) => sum + amount, 0);
    const aid = requested + aids.reduce((sum, amount) => sum + amount, 0);
    const selfCents =
      near === 'balance'
        ? Math.max(0, cost - aid + delta)
        : near === 'share'
          ? Math.max(0, Math.floor(aid / 4) + Math.trunc(delta / 30))
          : self;
    return { lines, requested, aids, self: selfCents };
  });

function planOf({ lines, requested, aids, self }: { lines: number[]; requested: number; aids: number[]; self: number }) {
  const dossier: Dossier = {
    porteur: { type: 'commune' },
    depenses: lines.map((amount) => ({ libelle: 'x', montant_ht: amount })),
    financement: {
      aide_sollicitee: requested,
      autres_aides: aids.map((montant) => ({ financeur: 'DETR', montant })),
      autofinancement: self,
    },
  };
  const expenseLines = lines.map(
    (amount, index) => ({ index, htCents: amount, amountSource: 'declare', status: 'eligible' }) as ExpenseLine,
  );
  return computeFinancingPlan(dossier, expenseLines, DEFAULT_EDITION);
}

describe('the financing plan in integer cents (property)', () => {
  it('balances exactly when |resources − cost| ≤ 100 cents, and meets 20 % exactly when 5 × self-financing ≥ the public total', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const cost = plan.lines.reduce((sum, amount) => sum + amount, 0);
        const aid = plan.requested + plan.aids.reduce((sum, amount) => sum + amount, 0);
        const result = planOf(plan);
        expect(result.balanced).toBe(Math.abs(aid + plan.self - cost) <= 100);
        expect(result.gapCents).toBe(aid + plan.self - cost);
        const total = aid + plan.self;
        if (total === 0) expect(result.selfShareMet).toBeUndefined();
        else expect(result.selfShareMet).toBe(5 * plan.self >= total);
      }),
      { numRuns: runs(2_000) },
    );
  });
});

describe('the room a request has above the self-financing minimum (property)', () => {
  it('moves the most self-financing into aid that keeps 20 %: one cent more would not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: 10_000_000_000 }), (self, aids) => {
        const room = roomAboveMinimumShare(self, self + aids, 20);
        expect(room).toBeGreaterThanOrEqual(0);
        if (room > 0) expect(meetsMinimumShare(self - room, aids + room, 20)).toBe(true);
        if (meetsMinimumShare(self, aids, 20)) expect(meetsMinimumShare(self - room - 1, aids + room + 1, 20)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
