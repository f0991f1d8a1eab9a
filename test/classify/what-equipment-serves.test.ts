import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * What equipment is and whom it serves (issue 18, the doubts left by blind
 * rounds 1–3): lines invented for each family of wordings, never copied from
 * a round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; htCents?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('protections of digital equipment are « protections associées »', () => {
  it.each([
    'Verrous Kensington x6 - postes en libre accès de la médiathèque',
    'Antivols à câble pour les postes publics (x10)',
    'Câbles de sécurité pour les postes de consultation des usagers',
    'Parafoudres pour les postes de l’espace public numérique',
  ])('%s: eligible equipment', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });

  it.each([
    'Onduleur 1000 VA pour les serveurs mutualisés de la communauté de communes',
    'Onduleurs en rack - serveurs mutualisés du SIVU',
    'Baie de stockage pour les serveurs mutualisés',
  ])('%s: protecting servers shared with the member communes is the call’s mutualisation', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });
});

describe('a building’s energy objects serve the territory, whatever the building', () => {
  it.each([
    "Sondes de température connectées pour l'école maternelle et la mairie",
    'Module de télégestion de la chaufferie du collège',
    'Capteurs hygrométrie connectés x6 - bâtiments communaux (suivi du chauffage)',
    'Compteurs d’énergie x4 - tableau électrique du groupe scolaire',
    'Sous-comptage électrique connecté du gymnase et de la cantine',
    'Capteurs LoRaWAN de qualité de l’air x10 pour les gymnases',
  ])('%s: eligible by nature', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });

  it.each(['Capteurs de température de la salle serveur', 'Sondes connectées des véhicules de service'])(
    '%s: the authority’s own premises and fleet are never eligible',
    (libelle) => {
      expect(classify(libelle).statut).not.toBe('eligible');
    },
  );

  it.each(["Télérelève : têtes radio x120 pour les compteurs d'eau", 'Télérelève des compteurs du réseau de chaleur - modules radio x40'])(
    '%s: the function is written first, the thing bought after it',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
    },
  );

  it('a remote-reading service is no equipment', () => {
    expect(classify('Télérelève des compteurs d’eau - prestation annuelle').statut).not.toBe('eligible');
  });

  it('sensors for the pupils of a class stay a doubt', () => {
    expect(classify('Capteurs de CO2 pour les salles de classe')).toMatchObject({ statut: 'a-verifier' });
  });
});

describe('meeting rooms, elected members and departments are the authority’s own', () => {
  it.each([
    'Écran interactif pour la salle de réunion de la mairie',
    'Vidéoprojecteur - salle des réunions du SIVOM',
    'Ordinateur portable - direction de la communication',
    'Poste de travail graphique pour le service communication',
    'Station de travail CAO - services techniques',
    'Appareil photo reflex - service communication',
    'Ordinateur portable - service urbanisme',
    'PC portable - service travaux',
    'Écran 27 pouces du service des sports',
    'Portables x6 pour les conseillers municipaux',
    'Imprimante A3 couleur de la direction de la communication',
  ])('%s: equipement-interne', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-interne', statut: 'exclue' });
  });

  it('a communication campaign is still an operating expense', () => {
    expect(classify('Campagne de communication pour le lancement du portail')).toMatchObject({
      statut: 'exclue',
      categorie: 'fonctionnement',
    });
  });
});

describe('video kits are equipment', () => {
  it.each([
    'Kit visio (caméra + micro) pour les permanences France Services',
    'Kit visio Logitech MeetUp – permanences France Services',
    'Pack visio Jabra PanaCast - accueil des usagers',
    'Barre vidéo Poly Studio pour l’espace public numérique',
    'Pack visio pour les téléconsultations des habitants',
  ])('%s: eligible equipment', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });
});

describe('networks and their parts', () => {
  it.each([
    'WiFi public des 3 salles des fêtes (contrôleur + 6 bornes)',
    'Switch PoE 8 ports - réseau de la mairie',
    'Fibre optique entre la mairie et l’école (IRU 20 ans)',
    'Fourreaux et fibre entre deux bâtiments - droit irrévocable d’usage 25 ans',
  ])('%s: amenagement-numerique', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'amenagement-numerique', statut: 'exclue' });
  });

  it.each([
    'Raccordement électrique du totem (tranchée, câble)',
    'Mise aux normes élec. de la salle informatique',
    'Câblage électrique des postes informatiques de l’EPN',
  ])('%s: works', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'travaux', statut: 'exclue' });
  });
});

describe('furniture', () => {
  it.each([
    'Cloisons mobiles acoustiques x3 pour l’espace France Services',
    'Chariot de rangement pour 30 ordinateurs portables',
    'Chariot de rangement et recharge 32 Chromebooks (armoire mobile)',
    'Paroi mobile acoustique - médiathèque',
    'Totem de recharge pour téléphones (non connecté) - halle du marché',
  ])('%s: mobilier', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'mobilier', statut: 'exclue' });
  });

  it('a charging trolley for lent tablets stays equipment', () => {
    expect(classify('Chariot de recharge sécurisé pour les tablettes de prêt')).toMatchObject({
      categorie: 'equipement-numerique',
      statut: 'eligible',
    });
  });
});
