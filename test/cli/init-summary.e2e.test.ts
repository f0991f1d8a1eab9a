import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasTmux, Terminal } from './terminal.js';

/**
 * init as a town-hall secretary uses it (issue 17): answering in French only
 * (o/oui, dates typed, the commune typed "st etienne"), ending the list of
 * expenses with an empty label, going back at the summary to change one
 * amount, and getting an eligible file.
 */
const SUMMARY_FR = 'Écrire le dossier, ou modifier une réponse ?';

describe.skipIf(!hasTmux)('init: the summary before writing, in a terminal', () => {
  it('lets a person answering in French change an amount at the summary, and writes an eligible dossier', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    try {
      terminal.start(['init', file, '--no-color']);
      await terminal.answer('Qui dépose le dossier ?', '{Enter}');
      await terminal.answer('Votre commune', 'st etienne');
      await terminal.answer('Saint-Étienne (42218)', '{Enter}');
      await terminal.answer('Titre du projet', 'Médiation numérique en mairie', '{Enter}');
      await terminal.answer('Description du projet', '{Enter}');
      await terminal.answer('Axes de l’appel', ' ', '{Enter}');
      // An empty first label is refused with the reason, and the question stays.
      await terminal.answer('Dépense n° 1', '{Enter}');
      await terminal.waitFor('Il faut au moins une dépense');
      await terminal.keys('6 tablettes tactiles pour le prêt aux usagers de la médiathèque', '{Enter}');
      await terminal.answer('Catégorie de la dépense', '{Enter}');
      await terminal.answer('Montant HT', '2 400,00', '{Enter}');
      await terminal.answer('Aide maximale à ce stade : 1 920,00 €');
      await terminal.answer('Ajouter une autre dépense ?', 'o', '{Enter}');
      await terminal.answer('Dépense n° 2', 'Formation des habitants aux démarches en ligne', '{Enter}');
      await terminal.answerAgain('Catégorie de la dépense', 2, '{Enter}');
      await terminal.answerAgain('Montant HT', 2, '1 200,50', '{Enter}');
      await terminal.answer('Aide maximale à ce stade : 2 880,40 €');
      // "oui" by habit: the empty label that follows ends the list, nothing refused.
      await terminal.answerAgain('Ajouter une autre dépense ?', 2, 'oui', '{Enter}');
      await terminal.answer('Dépense n° 3', '{Enter}');
      await terminal.answer('Date de dépôt', '{C-u}', ...Array(13).fill('{BSpace}'), '15/07/2022', '{Enter}');
      await terminal.answer('Aide sollicitée', '{Enter}');
      await terminal.answer('critères d’analyse', 'n', '{Enter}');

      await terminal.waitFor(SUMMARY_FR);
      let screen = terminal.screen();
      expect(screen).not.toContain('Une réponse est nécessaire');
      expect(screen).toContain('Porteur : Commune de Saint-Étienne (SIREN 214202186, code INSEE 42218)');
      expect(screen).toContain("2. Formation des habitants aux démarches en ligne — formation à l'usage");
      expect(screen).toContain('1 200,50 € HT — éligible, compte dans l’aide');
      expect(screen).toContain('Aide sollicitée : 2 880,40 €');
      expect(screen).toContain('Date de dépôt : 15/07/2022');
      await terminal.choose('Modifier la dépense n° 2');
      // The same questions, the current answers offered: Enter keeps the label and the category.
      await terminal.answer('Dépense n° 2 : libellé (tel que sur le devis) : (Formation des habitants', '{Enter}');
      await terminal.answerAgain('Catégorie de la dépense', 3, '{Enter}');
      await terminal.answerAgain('Montant HT (par exemple 2 400,50) : (1 200,50)', 1, '1 500', '{Enter}');
      // 80 % of 3 900 €: the maximum the request was is offered anew.
      await terminal.waitFor('L’aide maximale passe de 2 880,40 € à 3 120,00 €.');
      await terminal.answerAgain('Aide sollicitée auprès du Département (€) : (3 120,00)', 1, '{Enter}');
      await terminal.answerAgain(SUMMARY_FR, 2, '{Enter}');
      await terminal.waitFor('Dossier écrit dans');
      expect(await terminal.exitCode()).toBe(0);
      screen = terminal.screen();
      expect(screen).toContain('1 500,00 € HT — éligible, compte dans l’aide');
      expect(screen).toContain('ÉLIGIBLE');
      expect(parse(readFileSync(file, 'utf8'))).toEqual({
        porteur: { type: 'commune', nom: 'Commune de Saint-Étienne', siren: '214202186', code_insee: '42218' },
        projet: { titre: 'Médiation numérique en mairie', axes: ['innovant'] },
        depenses: [
          {
            libelle: '6 tablettes tactiles pour le prêt aux usagers de la médiathèque',
            montant_ht: 2400,
            categorie: 'equipement-numerique',
          },
          { libelle: 'Formation des habitants aux démarches en ligne', montant_ht: 1500, categorie: 'formation' },
        ],
        financement: { aide_sollicitee: 3120 },
        depot: { date: '2022-07-15' },
      });
    } finally {
      terminal.stop();
    }
  });

  it('does the same in English', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    try {
      terminal.start(['init', file, '--no-color', '--lang', 'en']);
      await terminal.answer('Who is filing the dossier?', '{Enter}');
      await terminal.answer('Your commune', 'montbri');
      await terminal.answer('Montbrison (42147)', '{Enter}');
      await terminal.answer('Project title', 'Kiosks', '{Enter}');
      await terminal.answer('Project description', '{Enter}');
      await terminal.answer('Axes of the call', ' ', '{Enter}');
      await terminal.answer('Expense no. 1', '6 tablettes tactiles pour le prêt aux usagers de la médiathèque', '{Enter}');
      await terminal.answer('Category of the expense', '{Enter}');
      await terminal.answer('Amount excluding VAT', '2 400,00', '{Enter}');
      await terminal.answer('Add another expense?', 'y', '{Enter}');
      await terminal.answer('Expense no. 2', '{Enter}');
      await terminal.answer('Submission date', '{C-u}', ...Array(13).fill('{BSpace}'), '15/07/2022', '{Enter}');
      await terminal.answer('Grant requested', '{Enter}');
      await terminal.answer('analysis criteria', 'n', '{Enter}');
      await terminal.waitFor('Write the dossier, or change an answer?');
      expect(terminal.screen()).toContain('€2,400.00 excl. VAT — eligible, counts in the grant');
      await terminal.choose('Change expense no. 1');
      await terminal.answer('Expense no. 1: label (as on the quote): (6 tablettes', '{Enter}');
      await terminal.answerAgain('Category of the expense', 2, '{Enter}');
      await terminal.answer('Amount excluding VAT (for example 2,400.50): (2,400.00)', '3 000', '{Enter}');
      await terminal.waitFor('The maximum grant goes from €1,920.00 to €2,400.00.');
      await terminal.answer('Grant requested from the Département (€): (2,400.00)', '{Enter}');
      await terminal.answerAgain('Write the dossier, or change an answer?', 2, '{Enter}');
      await terminal.waitFor('Dossier written to');
      expect(await terminal.exitCode()).toBe(0);
      expect(terminal.screen()).not.toMatch(/Récapitulatif|Écrire le dossier|Modifier/);
      expect(parse(readFileSync(file, 'utf8'))).toMatchObject({
        porteur: { nom: 'Commune de Montbrison', code_insee: '42147' },
        depenses: [{ montant_ht: 3000, categorie: 'equipement-numerique' }],
        financement: { aide_sollicitee: 2400 },
        depot: { date: '2022-07-15' },
      });
    } finally {
      terminal.stop();
    }
  });

  it('wraps the summary between words in an 80-column terminal, never cutting a word or an amount', async () => {
    const terminal = new Terminal({ columns: 80, rows: 50 });
    const file = join(terminal.folder, 'dossier.yaml');
    try {
      terminal.start(['init', file, '--no-color']);
      await terminal.answer('Qui dépose le dossier ?', '{Enter}');
      await terminal.answer('Votre commune', 'mairie de boen');
      await terminal.answer('Boën-sur-Lignon (42019)', '{Enter}');
      await terminal.answer('Titre du projet', 'École numérique', '{Enter}');
      await terminal.answer('Description du projet', '{Enter}');
      // The first axis, whose name is the longest: "  Axes : " and it take 83 columns.
      await terminal.answer('Axes de l’appel', ' ', '{Enter}');
      await terminal.answer('Dépense n° 1', 'Tableaux numeriques interactifs', '{Enter}');
      await terminal.answer('Catégorie de la dépense', '{Enter}');
      await terminal.answer('Montant HT', '4 500,00', '{Enter}');
      await terminal.answer('Ajouter une autre dépense ?', 'n', '{Enter}');
      await terminal.answer('Date de dépôt', '{C-u}', ...Array(13).fill('{BSpace}'), '15/07/2022', '{Enter}');
      await terminal.answer('Aide sollicitée', '{Enter}');
      await terminal.answer('critères d’analyse', 'n', '{Enter}');
      await terminal.waitFor(SUMMARY_FR);
      // Lines the terminal itself wrapped are joined back (-J): a line wider than 80 is one it cut.
      const screen = terminal.screen().split('\n');
      const summary = screen.slice(
        screen.findIndex((line) => line.startsWith('Récapitulatif')),
        screen.findIndex((line) => line.includes(SUMMARY_FR)),
      );
      expect(summary.length, screen.join('\n')).toBeGreaterThan(5);
      for (const line of summary) expect([...line.trimEnd()].length, line).toBeLessThanOrEqual(80);
      expect(summary).toContain('  Axes : Projets innovants « pour un territoire attractif, intelligent et');
      expect(summary).toContain('    durable »');
      expect(summary.join('\n')).toContain('4 500,00 € HT');
    } finally {
      terminal.stop();
    }
  });

  it('leaves no file and exits 130 on Ctrl-C at the summary', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    try {
      terminal.start(['init', file, '--no-color']);
      await terminal.answer('Qui dépose le dossier ?', '{Enter}');
      await terminal.answer('Votre commune', 'feurs');
      await terminal.answer('Feurs (42094)', '{Enter}');
      await terminal.answer('Titre du projet', 'Tablettes', '{Enter}');
      await terminal.answer('Description du projet', '{Enter}');
      await terminal.answer('Axes de l’appel', ' ', '{Enter}');
      await terminal.answer('Dépense n° 1', 'Tablettes pour le prêt aux usagers', '{Enter}');
      await terminal.answer('Catégorie de la dépense', '{Enter}');
      await terminal.answer('Montant HT', '1 000', '{Enter}');
      await terminal.answer('Ajouter une autre dépense ?', 'n', '{Enter}');
      await terminal.answer('Date de dépôt', '{C-u}', ...Array(13).fill('{BSpace}'), '15/07/2022', '{Enter}');
      await terminal.answer('Aide sollicitée', '{Enter}');
      await terminal.answer('critères d’analyse', '{Enter}');
      await terminal.answer(SUMMARY_FR, '{C-c}');
      expect(await terminal.exitCode()).toBe(130);
      expect(terminal.screen()).toContain('Abandon : aucun fichier n’a été écrit.');
      expect(existsSync(file)).toBe(false);
    } finally {
      terminal.stop();
    }
  });
});
