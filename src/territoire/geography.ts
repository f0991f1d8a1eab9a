import { searchByName } from './search.js';

/** A commune of the Code officiel géographique. */
export interface Commune {
  code: string;
  nom: string;
  siren?: string;
  population?: number;
  departement: string;
}

/** An EPCI à fiscalité propre, with the codes of its member communes. */
export interface Epci {
  siren: string;
  nom: string;
  type: string;
  membres: string[];
}

export type CommuneLookup =
  | { kind: 'actuelle'; commune: Commune }
  /** A former code (merged commune) or a commune déléguée or associée: the commune it now belongs to. */
  | { kind: 'ancienne'; commune: Commune; ancienNom?: string }
  | { kind: 'inconnue' };

/** What the rules ask of the official geography; tests may pass their own. */
export interface Geography {
  /** Where the data comes from, to show in reports and --version. */
  source: { nom: string; version: string; millesime: number };
  commune(code: string): CommuneLookup;
  /** The commune whose SIREN this is, searched in one département. */
  communeBySiren(siren: string, departement: string): Commune | undefined;
  epci(siren: string): Epci | undefined;
  departementName(code: string): string | undefined;
  /** Communes of these départements whose name matches the typed text as people type it (see search.ts), best matches first. */
  searchCommunes(text: string, departements: readonly string[]): Commune[];
  /** EPCI with members in these départements whose name matches the typed text, best matches first. */
  searchEpci(text: string, departements: readonly string[]): Epci[];
}

export function departementOf(inseeCode: string): string {
  // Overseas communes (971xx to 976xx) carry a three-digit département; Corsica is 2A / 2B.
  return inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
}

interface DepartementFile {
  communes: Record<string, [nom: string, siren: string | null, population: number | null]>;
  anciens: Record<string, [code: string, nom: string | null]>;
  epci: Record<string, [nom: string, type: string, membres: string[]]>;
}

interface Meta {
  source: string;
  version: string;
  millesime: number;
  departements: Record<string, string>;
}

/**
 * Gives the parsed content of one file of generated/territoire/ by its name
 * (`meta.json`, `epci-departements.json`, `departement-42.json`), at once: the
 * CLI reads it from disk, a web page from what it fetched beforehand.
 */
export type GeneratedFileReader = (name: string) => unknown;

/**
 * The geography generated at build time by scripts/generate-territoire.mjs,
 * one small file per département, each asked of `read` on first use only: a
 * check of a Loire dossier reads the Loire's 18 kB, not the package's 12 MB.
 * It reads nothing itself: the caller says how to get a file.
 */
export class GeneratedGeography implements Geography {
  constructor(private readonly read: GeneratedFileReader) {}

  private readonly files = new Map<string, DepartementFile | undefined>();
  private meta?: Meta;
  private epciDepartements?: Record<string, string[]>;

  get source(): Geography['source'] {
    const meta = this.readMeta();
    return { nom: meta.source, version: meta.version, millesime: meta.millesime };
  }

  commune(code: string): CommuneLookup {
    const departement = departementOf(code);
    const file = this.file(departement);
    const current = own(file?.communes, code);
    if (current) return { kind: 'actuelle', commune: toCommune(code, current, departement) };
    const former = own(file?.anciens, code);
    if (former) {
      const found = this.commune(former[0]);
      if (found.kind === 'actuelle') return { kind: 'ancienne', commune: found.commune, ancienNom: former[1] ?? undefined };
    }
    return { kind: 'inconnue' };
  }

  communeBySiren(siren: string, departement: string): Commune | undefined {
    const entries = Object.entries(this.file(departement)?.communes ?? {});
    const found = entries.find(([, [, communeSiren]]) => communeSiren === siren);
    return found ? toCommune(found[0], found[1], departement) : undefined;
  }

  epci(siren: string): Epci | undefined {
    this.epciDepartements ??= this.read('epci-departements.json') as Record<string, string[]>;
    const departement = own(this.epciDepartements, siren)?.[0];
    const entry = departement === undefined ? undefined : own(this.file(departement)?.epci, siren);
    return entry ? { siren, nom: entry[0], type: entry[1], membres: entry[2] } : undefined;
  }

  departementName(code: string): string | undefined {
    return own(this.readMeta().departements, code);
  }

  searchCommunes(text: string, departements: readonly string[]): Commune[] {
    const all = departements.flatMap((departement) =>
      Object.entries(this.file(departement)?.communes ?? {}).map(([code, entry]) => toCommune(code, entry, departement)),
    );
    return searchByName(all, (commune) => commune.nom, text);
  }

  searchEpci(text: string, departements: readonly string[]): Epci[] {
    const found = new Map<string, Epci>();
    for (const departement of departements) {
      for (const [siren, [nom, type, membres]] of Object.entries(this.file(departement)?.epci ?? {})) {
        found.set(siren, { siren, nom, type, membres });
      }
    }
    return searchByName(found.values(), (epci) => epci.nom, text);
  }

  private readMeta(): Meta {
    this.meta ??= this.read('meta.json') as Meta;
    return this.meta;
  }

  private file(departement: string): DepartementFile | undefined {
    if (!this.files.has(departement)) {
      // Only names the generator wrote: a département code from a dossier never becomes a path of its own.
      const known = /^(\d{2}|2[AB]|97\d)$/.test(departement) && this.readMeta().departements[departement] !== undefined;
      this.files.set(departement, known ? (this.read(`departement-${departement}.json`) as DepartementFile) : undefined);
    }
    return this.files.get(departement);
  }
}

function toCommune(code: string, [nom, siren, population]: DepartementFile['communes'][string], departement: string): Commune {
  return { code, nom, departement, ...(siren ? { siren } : {}), ...(population !== null ? { population } : {}) };
}

/** A generated table's entry: its own keys only, so that a code such as "constructor" finds nothing. */
function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
