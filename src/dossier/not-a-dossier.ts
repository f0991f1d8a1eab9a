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
 * Keys only an edition has at its top level (src/reglement/schema.ts, and
 * `herite`); `id`, `titre`, `aide` or `axes` are left out, as a dossier
 * written without its sections could hold them.
 */
const EDITION_KEYS = [
  'herite',
  'organisme',
  'typesPorteur',
  'lexique',
  'dateLimite',
  'clauses',
  'regles',
  'natures',
  'naturesExclues',
  'categories',
  'territoire',
];

/** What a file plainly is instead of a dossier, from the keys at its top level. */
export function notADossierByContent(tree: Readonly<Record<string, unknown>>): NotADossier | undefined {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(tree, key);
  // `Dépenses:` is still a dossier's section: keys are compared without case or accents.
  const folded = Object.keys(tree).map((key) => key.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  if (folded.some((key) => DOSSIER_KEYS.includes(key))) return undefined;
  if (EDITION_KEYS.filter(has).length >= 2) return 'edition';
  const schema = tree.$schema;
  if (typeof schema === 'string' && /json-schema\.org/i.test(schema)) return 'schema';
  return undefined;
}
