import { loireConnect2022 } from './loire-connect-2022.js';
import type { Reglement } from './types.js';

export type { Reglement } from './types.js';

/** The editions built into the tool, by id. */
export const EDITIONS: ReadonlyMap<string, Reglement> = new Map([[loireConnect2022.id, loireConnect2022]]);

export const DEFAULT_EDITION = loireConnect2022;

export function findEdition(id: string): Reglement | undefined {
  return EDITIONS.get(id);
}
