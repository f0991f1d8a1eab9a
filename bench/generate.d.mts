/** Writes `count` deterministic dossiers of 8 unlabelled lines into `folder`; returns their paths. */
export function generate(folder: string, count: number): string[];
export function dossierYaml(index: number, next: () => number): string;
/** A small deterministic generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number;
