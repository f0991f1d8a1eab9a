#!/usr/bin/env node
/**
 * Extracts from @etalab/decoupage-administratif (INSEE's Code officiel
 * géographique, with the DGCL's EPCI and their SIREN) what the applicant
 * checks need, split by département, into generated/territoire/. A check
 * then reads one small file (its applicant's département) instead of 12 MB.
 *
 * Run by `npm run build`; run it again after changing the package's version.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'generated', 'territoire');
const pkg = '@etalab/decoupage-administratif';
const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8'));

// The package's README maps its versions to the year of the COG they carry.
const VINTAGES = { '2.3.1': 2022, '3.1.1': 2023, '4.1.0': 2024, '5.3.0': 2025, '6.0.0': 2026 };
const millesime = VINTAGES[version];
if (!millesime) throw new Error(`${pkg}@${version}: unknown COG vintage, add it to VINTAGES in ${fileURLToPath(import.meta.url)}`);

const communes = require(`${pkg}/data/communes.json`);
const epcis = require(`${pkg}/data/epci.json`);
const departements = require(`${pkg}/data/departements.json`);

const byDepartement = new Map();
const fileOf = (code) => {
  if (!byDepartement.has(code)) byDepartement.set(code, { communes: {}, anciens: {}, epci: {} });
  return byDepartement.get(code);
};

for (const commune of communes) {
  if (commune.type === 'commune-actuelle') {
    fileOf(commune.departement).communes[commune.code] = [commune.nom, commune.siren ?? null, commune.population ?? null];
  }
}
for (const commune of communes) {
  const file = fileOf(commune.departement);
  // A commune déléguée or associée is not an applicant of its own: its code leads to the commune it belongs to.
  if ((commune.type === 'commune-deleguee' || commune.type === 'commune-associee') && !file.communes[commune.code]) {
    file.anciens[commune.code] = [commune.chefLieu, commune.nom];
  }
  for (const former of commune.anciensCodes ?? []) {
    const formerFile = fileOf(former.slice(0, former.startsWith('97') ? 3 : 2));
    if (!formerFile.communes[former] && !formerFile.anciens[former]) formerFile.anciens[former] = [commune.code, null];
  }
}

const epciDepartements = {};
for (const epci of epcis) {
  const members = epci.membres.map((member) => member.code);
  const deps = [...new Set(epci.membres.map((member) => departementOf(member.code)))].sort();
  epciDepartements[epci.code] = deps;
  for (const dep of deps) fileOf(dep).epci[epci.code] = [epci.nom, epci.type, members];
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [dep, data] of byDepartement) writeFileSync(join(out, `departement-${dep}.json`), JSON.stringify(data));
writeFileSync(join(out, 'epci-departements.json'), JSON.stringify(epciDepartements));
writeFileSync(
  join(out, 'meta.json'),
  JSON.stringify({
    source: pkg,
    version,
    millesime,
    departements: Object.fromEntries(departements.map((dep) => [dep.code, dep.nom])),
  }),
);
console.log(`generated/territoire: COG ${millesime} (${pkg}@${version}), ${byDepartement.size} départements, ${epcis.length} EPCI`);

function departementOf(code) {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}
