#!/usr/bin/env node
/**
 * The classifier forgives one typing mistake ("tablletes", "Chrous Pro"), but
 * must not "correct" a real word into a lexicon word one letter away
 * ("solaire" into "salaire", "mobiliser" into "mobilier"). This lists, from a
 * French word list, the real words that stand one mistake away from a word of
 * the built-in lexicons: the classifier leaves them as they are.
 *
 * Run by `npm run build`, after tsc (it reads the compiled lexicons).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { tokenize } = await import(join(root, 'dist/classify/normalize.js'));
const { editDistance } = await import(join(root, 'dist/did-you-mean.js'));
const { EDITIONS } = await import(join(root, 'dist/reglement/index.js'));
const { FUZZY_MIN_LENGTH } = await import(join(root, 'dist/classify/matcher.js'));

const vocabulary = new Set();
for (const reglement of EDITIONS.values()) {
  const lexique = reglement.lexique;
  const phrases = [
    ...Object.values(lexique.categories).flatMap((words) => [...(words.decisifs ?? []), ...words.forts, ...(words.indices ?? [])]),
    ...lexique.destinations.interne,
    ...lexique.destinations.public,
    ...(lexique.destinations.parNature?.interne ?? []),
    ...(lexique.destinations.parNature?.public ?? []),
    ...lexique.accessoires,
    ...lexique.obligations.flatMap((obligation) => obligation.termes),
    ...(lexique.motsDeBut ?? []),
    ...(lexique.negations?.avant ?? []),
    ...(lexique.negations?.apres ?? []),
    ...(lexique.dureesDuBien ?? []),
    ...(lexique.prestationsPonctuelles ?? []),
    ...(lexique.neutres ?? []),
  ];
  for (const phrase of phrases) for (const token of tokenize(phrase, lexique.abreviations)) vocabulary.add(token.text);
}

// Symmetric deletion keys: two words one mistake apart share a key.
const keysOf = (word) => [word, ...[...word].map((_, index) => word.slice(0, index) + word.slice(index + 1))];
const byKey = new Map();
for (const word of vocabulary) {
  if (word.length < FUZZY_MIN_LENGTH - 1) continue;
  for (const key of keysOf(word)) byKey.set(key, [...(byKey.get(key) ?? []), word]);
}

const real = new Set();
for (const raw of require('an-array-of-french-words')) {
  if (/[^\p{L}]/u.test(raw)) continue;
  const [token] = tokenize(raw);
  const word = token?.text;
  if (!word || word.length < FUZZY_MIN_LENGTH || real.has(word)) continue;
  // A lexicon word counts too: one matcher's word ("salarie", a destination) is another matcher's typo ("salaire").
  const near = keysOf(word).some((key) =>
    (byKey.get(key) ?? []).some((candidate) => candidate !== word && editDistance(word, candidate) === 1),
  );
  if (near) real.add(word);
}

const out = join(root, 'generated', 'classify');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'real-words.json'), JSON.stringify([...real].sort()));
console.log(`generated/classify: ${real.size} real French words one letter away from the lexicon's, never "corrected"`);
