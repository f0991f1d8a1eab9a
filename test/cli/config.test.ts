import { describe, expect, it, vi } from 'vitest';
import {
  checkConfig,
  classifyConfig,
  initConfig,
  langFromArgv,
  listingConfig,
  type CheckFlags,
  type EditionLoader,
} from '../../src/cli/config.js';
import { UsageError } from '../../src/cli/errors.js';
import { DEFAULT_EDITION, EDITIONS } from '../../src/reglement/index.js';

/** The configuration is a pure function of commander's options: tested without a process. */
const builtIn: EditionLoader = () => ({ reglement: DEFAULT_EDITION, editions: EDITIONS });
const FLAGS: CheckFlags = { format: 'text', lang: 'fr', color: true, failOn: 'bloquant' };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('checkConfig', () => {
  it('gives the documented defaults', () => {
    const config = checkConfig(['a.yaml'], FLAGS, builtIn);
    expect(config).toMatchObject({
      paths: ['a.yaml'],
      format: 'text',
      lang: 'fr',
      color: true,
      csvLines: false,
      force: false,
      failOn: 'bloquant',
      maxBytes: 10 * 1024 * 1024,
      explain: false,
      reglement: DEFAULT_EDITION,
    });
    expect(config.date).toBeUndefined();
    expect(config.output).toBeUndefined();
  });

  it('carries each flag given', () => {
    const config = checkConfig(
      ['a.yaml', 'b/'],
      {
        ...FLAGS,
        format: 'csv',
        lang: 'en',
        color: false,
        csvLignes: true,
        output: 'r.csv',
        force: true,
        failOn: 'avertissement',
        explain: true,
      },
      builtIn,
    );
    expect(config).toMatchObject({
      paths: ['a.yaml', 'b/'],
      format: 'csv',
      lang: 'en',
      color: false,
      csvLines: true,
      output: 'r.csv',
      force: true,
      failOn: 'avertissement',
      explain: true,
    });
  });

  it('refuses no path at all, in the language asked for', () => {
    expect(refusal(() => checkConfig([], FLAGS, builtIn))).toMatch(/dossier/i);
    const english = refusal(() => checkConfig([], { ...FLAGS, lang: 'en' }, builtIn));
    expect(english).not.toBe(refusal(() => checkConfig([], FLAGS, builtIn)));
  });

  it('reads --date, trimmed, and refuses a day that does not exist or words', () => {
    expect(checkConfig(['a'], { ...FLAGS, date: ' 2022-07-20 ' }, builtIn).date).toBe('2022-07-20');
    for (const date of ['2022-13-01', '2022-02-30', 'demain', '']) {
      expect(refusal(() => checkConfig(['a'], { ...FLAGS, date }, builtIn))).toContain(`« ${date} » invalide pour --date`);
    }
  });

  it('reads --taille-max in MiB, with a decimal comma, between 0.001 and 1024', () => {
    expect(checkConfig(['a'], { ...FLAGS, tailleMax: '20' }, builtIn).maxBytes).toBe(20 * 1024 * 1024);
    expect(checkConfig(['a'], { ...FLAGS, tailleMax: '0,5' }, builtIn).maxBytes).toBe(512 * 1024);
    expect(checkConfig(['a'], { ...FLAGS, tailleMax: '1024' }, builtIn).maxBytes).toBe(1024 * 1024 * 1024);
    for (const size of ['0', '0,0001', '1025', '-1', '1e3', 'dix', '', ' 5']) {
      expect(refusal(() => checkConfig(['a'], { ...FLAGS, tailleMax: size }, builtIn))).toContain(`« ${size} » invalide pour --taille-max`);
    }
  });

  it('asks the loader for the --reglement file in the language asked for, and lets its refusal through', () => {
    const loader = vi.fn(builtIn);
    checkConfig(['a'], { ...FLAGS, lang: 'en', reglement: 'rhone.yaml' }, loader);
    expect(loader).toHaveBeenCalledWith('rhone.yaml', 'en');
    const refusing: EditionLoader = () => {
      throw new UsageError('édition invalide');
    };
    expect(refusal(() => checkConfig(['a'], { ...FLAGS, reglement: 'x.yaml' }, refusing))).toBe('édition invalide');
  });

  it('says a bad date before a missing path, as before the split', () => {
    expect(refusal(() => checkConfig([], { ...FLAGS, date: 'hier' }, builtIn))).toContain('--date');
  });
});

describe('classifyConfig', () => {
  const CLASSIFY = { format: 'text', lang: 'fr', color: true };

  it('gives the defaults', () => {
    expect(classifyConfig('tablettes', CLASSIFY, builtIn)).toMatchObject({
      label: 'tablettes',
      lang: 'fr',
      format: 'text',
      color: true,
      htCents: undefined,
      population: undefined,
      beneficiaires: undefined,
      reglement: DEFAULT_EDITION,
    });
  });

  it('reads --montant as an amount before tax, in cents, and refuses TTC, negative or unreadable amounts', () => {
    expect(classifyConfig('x', { ...CLASSIFY, montant: '1 200,50 € HT' }, builtIn).htCents).toBe(120050);
    expect(classifyConfig('x', { ...CLASSIFY, montant: '1200' }, builtIn).htCents).toBe(120000);
    for (const montant of ['1 200 € TTC', '-5', 'beaucoup']) {
      expect(refusal(() => classifyConfig('x', { ...CLASSIFY, montant }, builtIn))).toContain(montant);
    }
  });

  it('reads --habitants as French writes it, and refuses anything but a whole number', () => {
    expect(classifyConfig('x', { ...CLASSIFY, habitants: '3\u202f500' }, builtIn).population).toEqual({
      habitants: 3500,
      option: '--habitants',
    });
    expect(classifyConfig('x', { ...CLASSIFY, population: '3 500' }, builtIn).population).toEqual({
      habitants: 3500,
      option: '--population',
    });
    for (const habitants of ['3,5', 'mille', '-3', '1234567890', '0']) {
      expect(refusal(() => classifyConfig('x', { ...CLASSIFY, habitants }, builtIn))).toContain('--habitants');
    }
  });

  it('carries --beneficiaires, --format json and the language', () => {
    expect(classifyConfig('x', { ...CLASSIFY, beneficiaires: 'agents', format: 'json', lang: 'en' }, builtIn)).toMatchObject({
      beneficiaires: 'agents',
      format: 'json',
      lang: 'en',
    });
  });
});

describe('the other commands', () => {
  it('rules and schema: format, language and edition', () => {
    const loader = vi.fn(builtIn);
    expect(listingConfig({ lang: 'en', format: 'json', color: false, reglement: 'r.yaml' }, loader)).toEqual({
      lang: 'en',
      format: 'json',
      color: false,
      reglement: DEFAULT_EDITION,
    });
    expect(loader).toHaveBeenCalledWith('r.yaml', 'en');
    expect(listingConfig({ lang: 'fr' }, builtIn)).toMatchObject({ lang: 'fr', format: 'text', color: true });
  });

  it('init: the file, language, colour, the dossier to complete and the edition', () => {
    expect(initConfig('d.yaml', { lang: 'en', color: false, from: 'old.yaml' }, builtIn)).toEqual({
      file: 'd.yaml',
      lang: 'en',
      color: false,
      from: 'old.yaml',
      reglement: DEFAULT_EDITION,
      editions: EDITIONS,
      reglementFile: undefined,
    });
    const loader = vi.fn(builtIn);
    expect(initConfig('d.yaml', { lang: 'fr', color: true, reglement: 'r.yaml' }, loader)).toMatchObject({ reglementFile: 'r.yaml' });
    expect(loader).toHaveBeenCalledWith('r.yaml', 'fr');
  });

  it('classify: a beneficiary the edition does not know is refused with its values', () => {
    expect(() => classifyConfig('Tablettes', { beneficiaires: 'habitants', format: 'text', lang: 'fr', color: false }, builtIn)).toThrow(
      /habitants.*usagers, agents, ecoles/s,
    );
    expect(classifyConfig('Tablettes', { beneficiaires: 'agents', format: 'text', lang: 'fr', color: false }, builtIn).beneficiaires).toBe(
      'agents',
    );
  });
});

describe('langFromArgv', () => {
  it('reads --lang every way commander does, and none after --', () => {
    for (const args of [['--lang', 'en'], ['--lang=en'], ['-l', 'en'], ['-len']]) expect(langFromArgv(['check', ...args])).toBe('en');
    expect(langFromArgv(['check', '--', '--lang', 'en'])).toBe('fr');
    expect(langFromArgv(['check', '--lang', 'de'])).toBe('fr');
    expect(langFromArgv(['check'])).toBe('fr');
  });
});
