import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTmux, Terminal } from './terminal.js';

/**
 * The interview's prompt library speaks English on its own ("↑↓ navigate •
 * ⏎ select", "(y/N)", "No results found"): in the French interface, its keys
 * help, its yes/no and its messages are French, and "o" answers yes.
 */
describe.skipIf(!hasTmux)('the interview’s own words', () => {
  it('are French: keys help, no results, yes/no', async () => {
    const term = new Terminal();
    try {
      term.start(['init', join(term.folder, 'dossier.yaml')]);
      await term.waitFor('Qui dépose le dossier ?');
      await term.waitFor('naviguer');
      expect(term.screen()).not.toMatch(/navigate|select|submit/);
      await term.keys('{Enter}');
      await term.answer('Votre commune', 'zzzzqx');
      await term.waitFor('Aucun résultat');
      expect(term.screen()).not.toContain('No results');
    } finally {
      term.stop();
    }
  });

  it('take "o" for oui when replacing a file', async () => {
    const term = new Terminal();
    const file = join(term.folder, 'dossier.yaml');
    writeFileSync(file, '# brouillon\n');
    try {
      term.start(['init', file]);
      await term.answer('existe déjà. Le remplacer ? (o/N)', 'o', '{Enter}');
      await term.waitFor('Qui dépose le dossier ?');
      expect(term.screen()).toMatch(/Le remplacer \? Oui/);
      await term.keys('{C-c}');
      expect(await term.exitCode()).toBe(130);
    } finally {
      term.stop();
    }
  });

  it('take "oui" at a confirmation, and tick boxes in French', async () => {
    const term = new Terminal();
    const file = join(term.folder, 'dossier.yaml');
    writeFileSync(file, '# brouillon\n');
    try {
      term.start(['init', file]);
      await term.answer('Le remplacer ? (o/N)', 'oui', '{Enter}');
      await term.waitFor('Qui dépose le dossier ?');
      expect(term.screen()).toMatch(/Le remplacer \? Oui/);
      await term.keys('{Enter}');
      await term.answer('Votre commune', 'feurs');
      await term.answer('Feurs (42094)', '{Enter}');
      await term.answer('Titre du projet', 'Tablettes', '{Enter}');
      await term.answer('Description du projet', '{Enter}');
      await term.waitFor('Axes de l’appel');
      await term.answer('espace cocher • t tout • i inverser • ⏎ valider', 't', '{Enter}');
      await term.waitFor('Dépense n° 1');
      const screen = term.screen();
      expect(screen).not.toMatch(/\b(Yes|No|navigate|select|submit|all|invert|space|You must|results)\b/);
      expect(screen).not.toContain('(Y/n)');
      await term.keys('{C-c}');
      expect(await term.exitCode()).toBe(130);
    } finally {
      term.stop();
    }
  });

  it('are English with --lang en', async () => {
    const term = new Terminal();
    try {
      term.start(['init', join(term.folder, 'dossier.yaml'), '--lang', 'en']);
      await term.waitFor('navigate');
      expect(term.screen()).not.toMatch(/naviguer|choisir/);
    } finally {
      term.stop();
    }
  });
});
