import { createRequire } from 'node:module';
import type { CheckerData } from '../engine/check.js';
import { GeneratedGeography, type Geography } from '../territoire/geography.js';

// src/cli and dist/cli are both two levels below the package root, like the bundle in dist/bundle.
const readJson = createRequire(import.meta.url);
const GENERATED = '../../generated/';

let geography: Geography | undefined;
let realWords: ReadonlySet<string> | undefined;

/** The official geography of the installed package (generated/territoire/), each file read on first use. */
export function installedGeography(): Geography {
  geography ??= new GeneratedGeography((name) => readJson(`${GENERATED}territoire/${name}`));
  return geography;
}

/**
 * The data a check is given, from the package's generated/ folder, once per
 * process (thread): the geography reads a département's file when a dossier
 * first needs it, and the real words are read when a line is first classified.
 */
export const installedData: CheckerData = {
  get geography() {
    return installedGeography();
  },
  get realWords() {
    realWords ??= new Set(readJson(`${GENERATED}classify/real-words.json`) as string[]);
    return realWords;
  },
};
