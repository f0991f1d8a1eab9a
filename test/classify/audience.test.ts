import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { reasonMessage } from '../../src/i18n/index.js';

/**
 * Who equipment is for (issue 18): lines invented for the rule, in a town
 * hall's words, never copied from a blind round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; htCents?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('equipment with no users serves the territory by nature', () => {
  it.each([
    'Capteurs de fréquentation connectés x4 - parking du centre-bourg',
    "Station de mesure de la qualité de l'air - rue de la République",
    'Compteur de passage connecté vélos et piétons (voie verte)',
    'Sondes connectées de niveau des cuves de récupération des eaux de pluie',
    'Boîtiers de télégestion des pompes de relevage (x3)',
    "Panneau d'information lumineux double face place de la mairie",
    'Consigne connectée à colis pour les habitants',
    'Borne interactive extérieure devant la mairie',
  ])('%s: eligible equipment, though no beneficiaires are given', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });

  it.each(['Copieur couleur A3 avec finisseur', 'Standard téléphonique IP (12 postes)', 'Pointeuse biométrique'])(
    '%s: office hardware is the authority’s own by nature',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ categorie: 'equipement-interne', statut: 'exclue' });
    },
  );

  it.each(['Tablettes Samsung Galaxy Tab S9 x4', 'Ordinateur portable Lenovo ThinkPad', 'Vidéoprojecteur Epson'])(
    '%s: equipment that can go either way stays to verify with nothing said',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ statut: 'a-verifier', motif: { code: 'classe-destination-inconnue' } });
    },
  );

  it.each(['Capteurs de CO2 connectés pour les salles de classe', 'Sondes de température connectées du bureau des agents'])(
    '%s: sensors whose words name the authority’s own people or rooms are a doubt, not a firm answer',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ statut: 'a-verifier' });
    },
  );

  it.each(['Télérelève des compteurs d’eau - prestation annuelle', 'Abonnement télégestion de l’éclairage public'])(
    '%s: the service such equipment gives is not equipment',
    (libelle) => {
      expect(classify(libelle).statut).not.toBe('eligible');
    },
  );

  it.each([
    'Mât et massif béton pour la station météo',
    'Abri en bois pour le panneau lumineux de la place',
    'Coffret étanche pour les sondes de la station d’épuration',
  ])('%s: such equipment named only as what the line serves does not say who the line is for', (libelle) => {
    expect(classify(libelle).motif.code).not.toBe('classe-eligible-par-nature');
  });

  it('says why no beneficiaires were needed, in both languages', () => {
    const answer = classify('Capteurs de fréquentation connectés x4 - parking du centre-bourg');
    expect(answer.motif.code).toBe('classe-eligible-par-nature');
    expect(reasonMessage('fr', DEFAULT_EDITION, answer.motif.code, answer.motif.params)).toContain('sert le territoire');
    expect(reasonMessage('en', DEFAULT_EDITION, answer.motif.code, answer.motif.params)).toContain('serves the territory');
    // Said by its users, it is the ordinary reason.
    expect(classify('Capteurs connectés x4', { beneficiaires: 'usagers' }).motif.code).toBe('classe-eligible');
    expect(classify('Capteurs connectés pour les habitants').motif.code).toBe('classe-eligible');
  });

  it('a declared beneficiaires still decides: sensors for the schools are the schools’ equipment', () => {
    expect(classify('Capteurs de CO2 connectés x10', { beneficiaires: 'ecoles' })).toMatchObject({
      categorie: 'equipement-interne',
      statut: 'exclue',
    });
  });

  it('the lists are data of the edition', () => {
    const byNature = DEFAULT_EDITION.lexique.destinations.parNature;
    expect(byNature?.public).toContain('capteur');
    expect(byNature?.interne).toContain('copieur');
  });
});

describe('what the review found: sensors of the authority’s own services, and upkeep, are never eligible by nature', () => {
  it.each([
    'Sondes de température pour la salle serveur',
    'Capteurs de suivi des véhicules de service',
    'Balises de géolocalisation des engins de déneigement',
    'Capteurs de température de la baie informatique de la mairie',
  ])('%s: the authority’s own equipment named, never eligible', (libelle) => {
    expect(classify(libelle).statut).not.toBe('eligible');
  });

  it.each(['Remplacement des piles des capteurs', 'Piles de rechange pour les compteurs connectés'])(
    '%s: upkeep of a device is an operating expense, never eligible',
    (libelle) => {
      expect(classify(libelle).statut).not.toBe('eligible');
    },
  );
});
