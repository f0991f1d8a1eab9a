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

const LABELS = [
  '10 tablettes tactiles avec coques pour le prêt aux usagers',
  'Formation des agents d’accueil à l’aide aux démarches en ligne (10 sessions)',
  'Borne interactive extérieure tactile, antivandale',
  'Logiciel de prise de rendez-vous en ligne, licence perpétuelle',
  'Abonnement annuel à la plateforme de suivi (SaaS)',
  'Mobilier du coin numérique (2 tables hautes, 6 chaises)',
  'Étude préalable et cartographie des données',
  '2 ordinateurs portables reconditionnés pour le poste en libre-service',
  'Développement du portail de données ouvertes',
  'Travaux de câblage de la salle numérique',
  'Imprimante multifonction en libre-service',
  'Formation des usagers, 12 ateliers animés par un médiateur numérique',
  '40 capteurs connectés qualité de l’air',
  'Maintenance annuelle des bornes',
  '6 postes informatiques tout-en-un en libre-service',
  'Paramétrage du parcours d’inscription et tests avec les usagers',
];

/** A small deterministic generator (mulberry32): the same files on every run. */
function random(seed) {
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

export function dossierYaml(index, next) {
  const applicant = APPLICANTS[index % APPLICANTS.length];
  const lines = [];
  let total = 0;
  for (let line = 0; line < 8; line++) {
    const cents = 10_000 + Math.floor(next() * 500_000);
    total += cents;
    lines.push(`  - libelle: ${quote(LABELS[Math.floor(next() * LABELS.length)])}`, `    montant_ht: "${(cents / 100).toFixed(2)}"`);
  }
  const requested = Math.min(Math.floor((total * 0.5) / 100), 25_000);
  return [
    '# yaml-language-server: $schema=../../schema/dossier.schema.json',
    'porteur:',
    `  nom: ${quote(applicant.nom)}`,
    `  type: ${applicant.type}`,
    `  siren: "${applicant.siren}"`,
    `  code_insee: "${applicant.code_insee}"`,
    'projet:',
    `  titre: "Projet numérique n° ${index + 1}"`,
    '  axes: [simplifier-le-quotidien]',
    'depenses:',
    ...lines,
    'financement:',
    `  aide_sollicitee: "${requested}"`,
    'depot:',
    `  date: "2022-07-${String(1 + (index % 29)).padStart(2, '0')}"`,
    '',
  ].join('\n');
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
