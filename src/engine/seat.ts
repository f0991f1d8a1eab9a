import { INSEE_CODE } from '../rules/identifiers.js';
import type { CommuneLookup, Geography } from '../territoire/geography.js';

/**
 * The commune an INSEE code names, as the check reads porteur.code_insee:
 * any case, a former code standing for the commune it now belongs to;
 * undefined for a malformed code. `classify --insee` reads it the same way.
 */
export function seatOf(code: string | undefined, geography: Geography): CommuneLookup | undefined {
  const upper = code?.toUpperCase();
  return upper !== undefined && INSEE_CODE.test(upper) ? geography.commune(upper) : undefined;
}

/** The population legal obligations are judged on: that of the commune found, when it is known. */
export function seatPopulation(seat: CommuneLookup | undefined): number | undefined {
  return seat && seat.kind !== 'inconnue' ? seat.commune.population : undefined;
}
