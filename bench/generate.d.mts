/** Writes `count` deterministic dossiers of 8 unlabelled lines into `folder`; returns their paths. */
export function generate(folder: string, count: number): string[];
export function dossierYaml(index: number, next: () => number): string;
