import { deflateSync, inflateSync } from 'fflate';
import { luhnValid } from '../luhn.js';
import { departementOf, type GeneratedFileReader } from '../territoire/geography.js';

/**
 * The official geography as a page carries it: the files of
 * generated/territoire/ its edition's territory needs at once (meta, EPCI
 * index, the territory's départements) as plain JSON, and every other
 * département compressed in one block, inflated the first time a dossier
 * names a commune outside the territory. Nothing is left out, so that an
 * applicant from elsewhere gets the CLI's verdict and messages, word for word.
 *
 * The other départements' communes drop the SIREN a commune has by default
 * ("21" + département + "0" + number + Luhn key, e.g. 42001 → 214200016):
 * 83 % of them, some 100 kB of the block.
 */
export interface PackedGeography {
  /** Files by name, as generated/territoire/ holds them. */
  plain: Record<string, unknown>;
  /** The other départements' files, compacted, deflated (raw DEFLATE), in base 64. */
  packed: string;
}

type CommuneEntry = [nom: string, siren: string | null, population: number | null];
type CompactEntry = [nom: string, siren: string | null | 0, population: number | null];
interface DepartementFile {
  communes: Record<string, CommuneEntry>;
  anciens: unknown;
  epci: unknown;
}

const DEPARTEMENT_FILE = /^departement-(.+)\.json$/;

/** Splits the generated files: `territory` (département codes) plain, the others packed. Deterministic: same input, same text. */
export function packGeography(files: Readonly<Record<string, unknown>>, territory: readonly string[]): PackedGeography {
  const plain: Record<string, unknown> = {};
  const others: Record<string, unknown> = {};
  for (const name of Object.keys(files).sort()) {
    const departement = DEPARTEMENT_FILE.exec(name)?.[1];
    if (departement === undefined || territory.includes(departement)) plain[name] = files[name];
    else others[name] = compact(files[name] as DepartementFile);
  }
  const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(others)), { level: 9, mem: 12 });
  return { plain, packed: toBase64(bytes) };
}

/** The reader a GeneratedGeography is given in the page: the plain files at once, the packed ones inflated on first need. */
export function unpackGeography({ plain, packed }: PackedGeography): GeneratedFileReader {
  let others: Record<string, CompactFile> | undefined;
  return (name) => {
    if (Object.hasOwn(plain, name)) return plain[name];
    others ??= JSON.parse(new TextDecoder().decode(inflateSync(fromBase64(packed)))) as Record<string, CompactFile>;
    const file = Object.hasOwn(others, name) ? others[name] : undefined;
    if (!file) throw new Error(`the page holds no ${name}`);
    return expand(file);
  };
}

interface CompactFile {
  communes: Record<string, CompactEntry>;
  anciens: unknown;
  epci: unknown;
}

/** The SIREN a commune of this INSEE code has unless it was given another (a merged commune's, say). */
export function defaultCommuneSiren(code: string): string | undefined {
  if (!/^\d{5}$/.test(code) || departementOf(code).length !== 2) return undefined;
  const body = `21${code.slice(0, 2)}0${code.slice(2)}`;
  // The key is the digit that makes the whole number pass Luhn's check.
  return [...'0123456789'].map((key) => body + key).find(luhnValid);
}

function compact(file: DepartementFile): CompactFile {
  const communes: Record<string, CompactEntry> = {};
  for (const [code, [nom, siren, population]] of Object.entries(file.communes))
    communes[code] = [nom, siren !== null && siren === defaultCommuneSiren(code) ? 0 : siren, population];
  return { communes, anciens: file.anciens, epci: file.epci };
}

function expand(file: CompactFile): DepartementFile {
  const communes: Record<string, CommuneEntry> = {};
  for (const [code, [nom, siren, population]] of Object.entries(file.communes))
    communes[code] = [nom, siren === 0 ? defaultCommuneSiren(code)! : siren, population];
  return { communes, anciens: file.anciens, epci: file.epci };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
