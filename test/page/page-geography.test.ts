import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCommuneSiren, packGeography, unpackGeography } from '../../src/page/geography-pack.js';
import { GeneratedGeography } from '../../src/territoire/geography.js';

/**
 * The page carries the whole official geography: the territory's files as
 * they are, the others compacted and deflated. Read back, every file is the
 * generated one, so that the page answers as the CLI for any applicant.
 */
const TERRITOIRE = join(import.meta.dirname, '..', '..', 'generated', 'territoire');
const files = Object.fromEntries(
  readdirSync(TERRITOIRE)
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(join(TERRITOIRE, name), 'utf8')) as unknown]),
);

describe('the geography a page carries', () => {
  const packed = packGeography(files, ['42']);

  it('gives back every generated file as it is', () => {
    const read = unpackGeography(packed);
    for (const [name, content] of Object.entries(files)) expect(read(name), name).toEqual(content);
  });

  it('holds the territory, the metadata and the EPCI index plainly, and only those', () => {
    expect(Object.keys(packed.plain).sort()).toEqual(['departement-42.json', 'epci-departements.json', 'meta.json']);
  });

  it('answers as the generated files do, for a commune outside the territory too', () => {
    const page = new GeneratedGeography(unpackGeography(packed));
    const cli = new GeneratedGeography((name) => files[name]);
    for (const code of ['42218', '69123', '75056', '2A004', '97411', '01001', '14001'])
      expect(page.commune(code), code).toEqual(cli.commune(code));
    expect(page.epci('200035202')).toEqual(cli.epci('200035202'));
    expect(page.epci('200046977')).toEqual(cli.epci('200046977'));
    expect(page.communeBySiren('216901231', '69')).toEqual(cli.communeBySiren('216901231', '69'));
  });

  it('is the same text for the same files (the build and the CLI write the same page)', () => {
    expect(packGeography(files, ['42'])).toEqual(packed);
  });

  it('writes a commune’s default SIREN as INSEE does: 21, the code with a 0 after the département, the Luhn key', () => {
    // Saint-Étienne, Aboën, Lyon, and Marseille: their SIRENs in the official list.
    expect(defaultCommuneSiren('42218')).toBe('214202186');
    expect(defaultCommuneSiren('42001')).toBe('214200016');
    expect(defaultCommuneSiren('69123')).toBe('216901231');
    expect(defaultCommuneSiren('13055')).toBe('211300553');
    expect(defaultCommuneSiren('2A004')).toBeUndefined();
  });
});
