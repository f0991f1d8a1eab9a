/** Writes `count` deterministic dossiers of 8 unlabelled lines into `folder`; returns their paths. */
export function generate(folder: string, count: number): string[];
export function dossierYaml(index: number, next: () => number): string;
/** A small deterministic generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number;

export interface BenchDossier {
  porteur: { nom: string; type: string; siren: string; code_insee: string };
  titre: string;
  axes: string[];
  depenses: { libelle: string; montant_ht: string }[];
  aide_sollicitee: string;
  depot: string;
}
/** The dossier of rank `index` as data, consuming `next` as dossierYaml does. */
export function dossierData(index: number, next: () => number): BenchDossier;
/** The dossiers `generate(folder, count)` writes, as data, in the same order. */
export function dossiers(count: number): BenchDossier[];
