import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dossierJsonSchema } from '../../src/format/json-schema.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'dossier.schema.json'), 'utf8'));

describe('the JSON Schema of dossiers', () => {
  it('is the committed copy, generated from the zod schema (run `dossier-check schema > schema/dossier.schema.json`)', () => {
    expect(dossierJsonSchema(DEFAULT_EDITION)).toEqual(committed);
    const printed = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier-check.js'), 'schema'], { encoding: 'utf8' });
    expect(JSON.parse(printed.stdout)).toEqual(committed);
  });

  it('accepts every example, which points editors at it; flags the typing mistakes where the checker warns', () => {
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(committed);
    for (const name of readdirSync(join(ROOT, 'examples')).filter((file) => /\.(ya?ml|json)$/.test(file))) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      const valid = validate(parse(text));
      if (name === 'commune-fautes-de-frappe.yaml') {
        expect(validate.errors?.map((error) => error.instancePath || error.params.additionalProperty)).toEqual([
          'comentaire',
          '/projet/axes/0',
          '/depenses/0/categorie',
        ]);
      } else expect(valid, `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if (name.endsWith('.yaml')) expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/dossier.schema.json');
    }
  });

  it('flags what the checker would warn about: an unknown key, a value outside the lists', () => {
    const validate = new Ajv2020.default({ strict: false }).compile(committed);
    expect(validate({ depences: [] })).toBe(false);
    expect(validate({ porteur: { type: 'mairie' } })).toBe(false);
    expect(validate({ porteur: { type: 'commune' }, depenses: [{ libelle: 'PC', montant_ht: '2 400,00 €' }] })).toBe(true);
  });
});
