// Writes N dossiers of 8 expense lines each, categories left to the
// classifier, as YAML files in a folder: what a grant officer's export or a
// repository of dossiers looks like. Deterministic: the same N gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real applicants of the Loire (COG 2022), so that the territory checks run in full. */
const APPLICANTS = [
  { nom: 'Commune de Montbrison', type: 'commune', siren: '214201477', code_insee: '42147' },
  { nom: 'Commune de Feurs', type: 'commune', siren: '214200941', code_insee: '42094' },
  { nom: 'Commune de Chazelles-sur-Lyon', type: 'commune', siren: '214200594', code_insee: '42059' },
  { nom: 'Commune de Saint-Bonnet-le-Château', type: 'commune', siren: '214202046', code_insee: '42204' },
  { nom: 'Saint-Étienne Métropole', type: 'epci', siren: '244200770', code_insee: '42218' },
  { nom: "Centre communal d'action sociale de Roanne", type: 'ccas', siren: '264201872', code_insee: '42187' },
];

/**
 * Expense labels are composed (item, detail, purpose, quantity), so that
 * nearly every line of a batch is a different text, as in real exports:
 * nothing can be answered from a cache of whole labels.
 */
const ITEMS = [
  'tablettes tactiles',
  'ordinateurs portables reconditionnés',
  'bornes interactives',
  'formation des agents d’accueil',
  'logiciel de prise de rendez-vous en ligne',
  'abonnement à la plateforme de suivi',
  'mobilier du coin numérique',
  'étude préalable',
  'développement du portail citoyen',
  'travaux de câblage',
  'imprimantes multifonctions',
  'ateliers animés par un médiateur numérique',
  'capteurs connectés',
  'maintenance des bornes',
  'postes informatiques tout-en-un',
  'paramétrage du parcours d’inscription',
  'écrans d’affichage dynamique',
  'licences de visioconférence',
  'vidéoprojecteur interactif',
  'site internet accessible',
];
const DETAILS = [
  '',
  'avec coques',
  'licence perpétuelle',
  '(10 sessions)',
  'sur 12 mois',
  'antivandale',
  'et paramétrage',
  'en libre-service',
  'pour malvoyants',
  'renforcés',
];
const PURPOSES = [
  'pour l’espace France Services',
  'pour la médiathèque',
  'pour l’accueil de la mairie',
  'pour les usagers du CCAS',
  'pour les agents des services techniques',
  'pour l’école élémentaire',
  'pour le tiers-lieu',
  'de la maison de santé',
  'du centre social',
  'de l’office de tourisme',
  'pour les communes membres',
  '',
];

function label(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const quantity = next() < 0.5 ? `${2 + Math.floor(next() * 30)} ` : '';
  return [`${quantity}${pick(ITEMS)}`, pick(DETAILS), pick(PURPOSES)].filter(Boolean).join(' ');
}

/** A small deterministic generator (mulberry32): the same files on every run. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quote(text) {
  return JSON.stringify(text);
}

/**
 * The dossier of rank `index`, as data: what the YAML file and the export
 * row hold. `next` is consumed in the same order whatever is written from it.
 */
export function dossierData(index, next) {
  const applicant = APPLICANTS[index % APPLICANTS.length];
  const lines = [];
  let total = 0;
  for (let line = 0; line < 8; line++) {
    const cents = 10_000 + Math.floor(next() * 500_000);
    total += cents;
    lines.push({ libelle: label(next), montant_ht: (cents / 100).toFixed(2) });
  }
  return {
    porteur: applicant,
    titre: `Projet numérique n° ${index + 1}`,
    axes: ['simplifier-le-quotidien'],
    depenses: lines,
    aide_sollicitee: String(Math.min(Math.floor((total * 0.5) / 100), 25_000)),
    depot: `2022-07-${String(1 + (index % 29)).padStart(2, '0')}`,
  };
}

export function dossierYaml(index, next) {
  const dossier = dossierData(index, next);
  const { porteur } = dossier;
  return [
    '# yaml-language-server: $schema=../../schema/dossier.schema.json',
    'porteur:',
    `  nom: ${quote(porteur.nom)}`,
    `  type: ${porteur.type}`,
    `  siren: "${porteur.siren}"`,
    `  code_insee: "${porteur.code_insee}"`,
    'projet:',
    `  titre: ${quote(dossier.titre)}`,
    `  axes: [${dossier.axes.join(', ')}]`,
    'depenses:',
    ...dossier.depenses.flatMap((line) => [`  - libelle: ${quote(line.libelle)}`, `    montant_ht: "${line.montant_ht}"`]),
    'financement:',
    `  aide_sollicitee: "${dossier.aide_sollicitee}"`,
    'depot:',
    `  date: "${dossier.depot}"`,
    '',
  ].join('\n');
}

/** The dossiers `generate(folder, count)` writes, as data, in the same order. */
export function dossiers(count) {
  const next = random(count);
  return Array.from({ length: count }, (_, index) => dossierData(index, next));
}

/** Writes `count` dossiers into `folder` and returns their paths. */
export function generate(folder, count) {
  mkdirSync(folder, { recursive: true });
  const next = random(count);
  const files = [];
  for (let index = 0; index < count; index++) {
    const file = join(folder, `dossier-${String(index + 1).padStart(5, '0')}.yaml`);
    writeFileSync(file, dossierYaml(index, next));
    files.push(file);
  }
  return files;
}
