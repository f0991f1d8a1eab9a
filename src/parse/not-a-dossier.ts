import type { z } from 'zod';
import { earlierEditionSchema } from '../reglement/schema.js';
import { keyReadAs } from '../dossier/keys.js';

/**
 * Files that sit beside dossiers in a repository and are plainly not
 * dossiers: checked as dossiers they would each get a verdict ("ineligible:
 * no applicant type") that blocks a commit or a CI job for nothing.
 * What they are, from their name before any read, or from their content.
 */
export type NotADossier =
  /** An edition of the call, given to --reglement. */
  | 'edition'
  /** A JSON Schema, such as the dossier schema editors are pointed at. */
  | 'schema'
  /** The correspondence file of a spreadsheet export, given to --colonnes. */
  | 'correspondance'
  /** The configuration or manifest of a tool: npm, TypeScript, CI, pre-commit… */
  | 'outil';

const EDITION_NAME = /\.reglement\.(?:ya?ml|json)$/i;
const SCHEMA_NAME = /\.schema\.json$/i;

/**
 * The manifests, lock files and settings of the tools a repository of
 * dossiers may hold, by exact name (lower case). Hidden files (.gitlab-ci.yml,
 * .pre-commit-config.yaml, .eslintrc.json…) are all tools' files, whatever their name.
 */
const TOOL_FILES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'composer.json',
  'deno.json',
  'bower.json',
  'lerna.json',
  'nx.json',
  'turbo.json',
  'biome.json',
  'renovate.json',
  'vercel.json',
  'jsconfig.json',
  'tsconfig.json',
  'babel.config.json',
  'docker-compose.yml',
  'docker-compose.yaml',
  'compose.yml',
  'compose.yaml',
  'mkdocs.yml',
  'mkdocs.yaml',
  'azure-pipelines.yml',
  'bitbucket-pipelines.yml',
  'appveyor.yml',
  'codecov.yml',
  '_config.yml',
]);
/** tsconfig.build.json and the like. */
const TOOL_FAMILIES = /^tsconfig\..+\.json$/i;

/** Folders whose files configure a forge, a CI or an editor: workflows, issue templates, settings. */
const TOOL_FOLDERS = new Set([
  '.github',
  '.gitlab',
  '.forgejo',
  '.gitea',
  '.circleci',
  '.buildkite',
  '.woodpecker',
  '.husky',
  '.devcontainer',
  '.vscode',
  '.idea',
  '.git',
  'node_modules',
]);

/** What a file plainly is instead of a dossier, from its path alone (`/` or `\` between folders). */
export function notADossierByName(path: string): NotADossier | undefined {
  const segments = path.split(/[\\/]/);
  const name = segments.at(-1) ?? '';
  if (EDITION_NAME.test(name)) return 'edition';
  if (SCHEMA_NAME.test(name)) return 'schema';
  if (name.startsWith('.') && name !== '.' && name !== '..') return 'outil';
  if (TOOL_FILES.has(name.toLowerCase()) || TOOL_FAMILIES.test(name)) return 'outil';
  if (segments.slice(0, -1).some((folder) => TOOL_FOLDERS.has(folder))) return 'outil';
  return undefined;
}

/** The sections of a dossier: a file with any of them is a dossier, however incomplete. */
const DOSSIER_KEYS = ['appel', 'porteur', 'projet', 'analyse', 'depenses', 'financement', 'depot'];

/**
 * What a file plainly is instead of a dossier, from its content. Only what
 * a dossier cannot be counts: a file taken for an edition is dropped with a
 * note, where a dossier checked by mistake gets a verdict everyone sees, so
 * anything in doubt is checked as a dossier (`organisme:` and `territoire:`
 * at the top of a badly written dossier do not make it an edition).
 * `tree` is the content as the dossier reader gives it (numbers kept as
 * their text); `readPlain` gives it as YAML reads it, with numbers and
 * booleans, as the edition loader sees it.
 */
export function notADossierByContent(
  tree: Readonly<Record<string, unknown>>,
  readPlain: () => unknown = () => tree,
): NotADossier | undefined {
  // Before the sections: a correspondence file has a `depenses:` of its own.
  if (isCorrespondence(tree)) return 'correspondance';
  // `Dépenses:` is still a dossier's section: a key read as one as the validator reads it.
  if (DOSSIER_KEYS.some((section) => keyReadAs(tree, section) !== undefined)) return undefined;
  // Only a file that names itself, as an edition does, or points at json-schema.org is read again.
  if (typeof tree.id !== 'string' && typeof tree.$schema !== 'string') return undefined;
  const plain = readPlain();
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) return undefined;
  if (isEdition(plain as Record<string, unknown>)) return 'edition';
  if (isJsonSchema(plain as Record<string, unknown>)) return 'schema';
  return undefined;
}

/**
 * An edition as the loader (src/edition/load.ts) reads it: a whole one
 * that passes the edition's structure, or one that inherits a built-in
 * edition (`herite`), names itself (`id`) and gives only keys of an edition,
 * each of the edition's shape. One written before `rattachement` and
 * `beneficiaires` is still an edition (the loader says what it lacks).
 */
function isEdition(tree: Readonly<Record<string, unknown>>): boolean {
  const { herite, ...own } = tree;
  if (typeof own.id !== 'string') return false;
  if (herite === undefined) return earlierEditionSchema.safeParse(own).success;
  if (typeof herite !== 'string') return false;
  const shape: Readonly<Record<string, z.ZodType>> = earlierEditionSchema.shape;
  return Object.entries(own).every(([key, value]) => Object.hasOwn(shape, key) && shape[key]!.safeParse(value).success);
}

/**
 * A correspondence file (src/tableur/correspondance.ts): a `version` and a
 * `dossiers:` section naming the identifier column or the columns, which no
 * dossier has; nor any key of a dossier besides `depenses:`.
 */
function isCorrespondence(tree: Readonly<Record<string, unknown>>): boolean {
  const { dossiers, version } = tree;
  if (version === undefined || typeof dossiers !== 'object' || dossiers === null || Array.isArray(dossiers)) return false;
  if (!('identifiant' in dossiers) && !('colonnes' in dossiers)) return false;
  return DOSSIER_KEYS.every((section) => section === 'depenses' || keyReadAs(tree, section) === undefined);
}

/** A JSON Schema: it says so at json-schema.org, and describes a value (`type`, `properties`). */
function isJsonSchema(tree: Readonly<Record<string, unknown>>): boolean {
  const { $schema: schema, type, properties } = tree;
  return (
    typeof schema === 'string' &&
    /^https?:\/\/json-schema\.org\//i.test(schema) &&
    type !== undefined &&
    typeof properties === 'object' &&
    properties !== null &&
    !Array.isArray(properties)
  );
}
