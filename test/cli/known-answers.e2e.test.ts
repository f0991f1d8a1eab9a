import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTmux, Terminal } from './terminal.js';

/**
 * Issue 17, item 6, as a secretary sees it in an 80-column terminal: what the
 * check knows is given (the SIREN of the commune code_insee names, the key
 * the request goes under), and an unusable date is not said to be retained.
 */
const DOSSIER = [
  'porteur:',
  '  nom: Commune de Boën-sur-Lignon',
  '  type: commune',
  '  code_insee: "42019"',
  'projet:',
  '  titre: Tablettes',
  '  axes: [innovant]',
  'depenses:',
  '  - libelle: 6 tablettes pour le prêt aux usagers de la médiathèque',
  '    montant_ht: 2400',
  'aide_demandee: 1920',
  'depot:',
  '  date: 31/02/2022',
  '',
].join('\n');

describe.skipIf(!hasTmux)('what the check knows, on a secretary’s screen', () => {
  it('gives the commune’s SIREN, points aide_demandee to financement.aide_sollicitee, and retains no unusable date', async () => {
    const terminal = new Terminal({ columns: 80, rows: 60 });
    const file = join(terminal.folder, 'boen.yaml');
    writeFileSync(file, DOSSIER);
    try {
      terminal.start(['check', file, '--no-color']);
      expect(await terminal.exitCode()).toBe(1);
      const screen = terminal.screen();
      expect(screen).toContain('214200198');
      expect(screen).toContain('financement.aide_sollicitee');
      expect(screen).not.toContain('Date de dépôt retenue');
      expect(screen).toContain('délai n’est donc pas vérifié');
    } finally {
      terminal.stop();
    }
  });
});
