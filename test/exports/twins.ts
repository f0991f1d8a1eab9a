import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The shipped example exports and the YAML twins they are written from. */
export const ROOT = join(import.meta.dirname, '..', '..');
export const EXPORTS = join(ROOT, 'examples', 'exports');
export const TWINS = join(EXPORTS, 'dossiers');

export interface Twin {
  /** The platform's dossier number, from the file name (4127-…yaml). */
  id: string;
  file: string;
  dossier: Record<string, any>;
}

export function readTwins(): Twin[] {
  return readdirSync(TWINS)
    .filter((name) => /^\d+-.+\.yaml$/.test(name))
    .sort()
    .map((file) => ({ id: file.split('-')[0]!, file, dossier: parse(readFileSync(join(TWINS, file), 'utf8')) as Record<string, any> }));
}

/** A correspondence file, read as plain YAML (the loader is not needed to know which title feeds which field). */
export interface PlainCorrespondance {
  dossiers: { feuille?: string; identifiant: string; colonnes: Record<string, string | { colonne: string; separateur?: string }> };
  depenses: {
    feuille?: string;
    jointure?: string;
    ordre?: string;
    colonnes?: Record<string, string>;
    colonnes_numerotees?: { modele: string; champs: Record<string, string> };
  };
  valeurs: Record<string, Record<string, string>>;
}

export function readCorrespondance(name: string): PlainCorrespondance {
  return parse(readFileSync(join(EXPORTS, name), 'utf8')) as PlainCorrespondance;
}

/** RFC 4180 as LibreOffice writes it (`,` and `"`): the records and their fields. */
export function parseCsv(text: string, separator = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted || (char !== separator && char !== '\n' && char !== '\r')) field += char;
    else if (char === separator) endField();
    else {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endField();
      records.push(record);
      record = [];
    }
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
