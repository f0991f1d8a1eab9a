/** The correspondence file of the bench's export (YAML text). */
export const CORRESPONDANCE: string;
/** The platform's number of the dossier of rank `index` (from 0). */
export function dossierId(index: number): number;
/** The XLSX export of the bench's first `count` dossiers, as bytes. */
export function exportXlsx(count: number): Promise<Buffer>;
export const SOFFICE: string | undefined;
/** Writes export.xlsx, colonnes.yaml and (with LibreOffice) export.ods into `folder`. */
export function writeExport(folder: string, count: number): Promise<{ xlsx: string; colonnes: string; ods: string | undefined }>;
