import type { Commune, Geography } from '../territoire/geography.js';
import type { Choice } from './prompter.js';

/**
 * The communes offered for what was typed: the first ten found in the
 * territory, once those not to offer (not members of the EPCI) are left out.
 */
export function communeChoices(
  geography: Geography,
  term: string,
  departements: readonly string[],
  keep: (commune: Commune) => boolean = () => true,
): Choice<Commune>[] {
  return geography
    .searchCommunes(term ?? '', departements)
    .filter(keep)
    .slice(0, 10)
    .map(communeChoice);
}

/** A commune as a list offers it: its name and INSEE code. */
export function communeChoice(commune: Commune): Choice<Commune> {
  return { name: `${commune.nom} (${commune.code})`, value: commune };
}
