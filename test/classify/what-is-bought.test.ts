import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';
import { evaluateExpenseLines } from '../../src/rules/expense-lines.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';

/**
 * Issue 18, section 1 (what is bought): each rule is pinned on lines written
 * for it, in a town hall's words, none copied from a blind round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; population?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('network and security appliances are the authority’s own infrastructure', () => {
  it.each([
    'Pare-feu Fortinet FortiGate 60F pour le réseau des services',
    'Firewall UTM Sophos XGS - protection du réseau de la mairie',
    "Boîtier pare-feu WatchGuard pour l'accès internet de l'hôtel de ville",
  ])('%s → equipement-interne, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-interne', statut: 'exclue' });
  });

  it('keeps antivirus software bought outright eligible software', () => {
    expect(classify("Logiciel antivirus (licence perpétuelle) pour les postes de l'EPN")).toMatchObject({
      categorie: 'logiciel',
      statut: 'eligible',
    });
  });
});

describe('open data is the open-data obligation unless the line goes beyond it', () => {
  it.each(['Plateforme open data de la commune', 'Portail de données ouvertes de la ville', 'Publication des données en open data'])(
    '%s, population unknown → to verify, with the open-data obligation in the reason',
    (libelle) => {
      const answer = classify(libelle);
      expect(answer.statut).toBe('a-verifier');
      expect([answer.categorie, answer.motif.params.autre]).toContain('obligation-legale');
    },
  );

  it('finds eligible a portal below the threshold, and a development that goes beyond', () => {
    expect(classify('Portail open data de la commune', { population: 1500 })).toMatchObject({
      categorie: 'etude-developpement',
      statut: 'eligible',
    });
    expect(classify("Développement d'une plateforme open data intercommunale").statut).toBe('eligible');
  });

  it('does not exclude it below the threshold', () => {
    expect(classify('Plateforme open data de la commune', { population: 800 }).statut).not.toBe('exclue');
  });
});

describe('a population written in the label, when the dossier gives none', () => {
  it('excludes an obligation the label says binds the commune, and says where the population came from', () => {
    const answer = classify("Dématérialisation des autorisations d'urbanisme - commune de 8 200 habitants");
    expect(answer).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
    expect(answer.motif.params).toMatchObject({ population: 8200, populationLue: '8 200 habitants' });
  });

  it('does not exclude below the threshold', () => {
    const answer = classify('Publication électronique des actes (village de 1 200 hab.)');
    expect(answer.statut).not.toBe('exclue');
    expect(answer.motif.code).not.toBe('classe-obligation-population-inconnue');
  });

  it('never reads a number of people served as the commune’s population', () => {
    expect(classify('Publication électronique des actes pour 4 000 habitants').motif.code).toBe('classe-obligation-population-inconnue');
  });

  it('lets the population the dossier gives win over the label', () => {
    const answer = classify("Dématérialisation des autorisations d'urbanisme - commune de 8 200 habitants", { population: 2000 });
    expect(answer.statut).not.toBe('exclue');
  });
});

describe('connected lockers, electrical cabinets: the senses of "casier" and "armoire"', () => {
  it.each([
    'Consigne automatique connectée 8 casiers pour le retrait des colis en mairie annexe',
    'Casiers connectés de retrait des livres réservés à la médiathèque',
    'Armoire à casiers connectés pour le click & collect des commerçants',
  ])('%s (public) → equipement-numerique, eligible', (libelle) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });

  it('keeps lockers of a cloakroom furniture', () => {
    expect(classify('Casiers vestiaires métalliques pour le personnel')).toMatchObject({ categorie: 'mobilier', statut: 'exclue' });
  });

  it.each([
    'Boîtiers de télégestion des armoires électriques de l’éclairage public',
    'Module radio de pilotage à distance pour armoire de commande d’éclairage',
    'Contrôleurs connectés pour armoires d’éclairage (extinction nocturne)',
  ])('%s is no furniture, and not excluded', (libelle) => {
    const answer = classify(libelle);
    expect(answer.categorie).not.toBe('mobilier');
    expect(answer.statut).not.toBe('exclue');
  });

  it('still reads a filing cabinet as furniture', () => {
    expect(classify('Armoire métallique à rideaux pour les archives')).toMatchObject({ categorie: 'mobilier', statut: 'exclue' });
  });
});

describe('a negation of the operating word: "pas d’abonnement", "aucun abonnement", "ni maintenance"', () => {
  it.each([
    "Logiciel de gestion du cimetière (pas d'abonnement)",
    'Licence du logiciel de réservation des salles, aucun abonnement',
    'Progiciel de gestion des archives acheté, sans frais de mise à jour ni maintenance',
  ])('%s → logiciel, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'logiciel', statut: 'eligible' });
  });

  it('does not read "pas à pas" as a negation', () => {
    expect(classify('Pas à pas : formation des usagers aux démarches en ligne')).toMatchObject({
      categorie: 'formation',
      statut: 'eligible',
    });
  });
});

describe('what a purchase serves is no operating expense nor a work (the head decides)', () => {
  it.each([
    ['Logiciel de GMAO pour la maintenance des bâtiments communaux', 'logiciel'],
    ['Logiciel de suivi destiné à l’entretien des espaces verts', 'logiciel'],
    ['Logiciel pour la gestion des travaux de voirie', 'logiciel'],
  ])('%s → %s, eligible', (libelle, categorie) => {
    expect(classify(libelle)).toMatchObject({ categorie, statut: 'eligible' });
  });

  it('does not read the hosting a server is for as a hosting bill', () => {
    expect(classify('Serveur dédié à l’hébergement des sites des communes membres').categorie).not.toBe('fonctionnement');
    expect(classify('Baie de stockage pour l’hébergement des données du SIG').categorie).not.toBe('fonctionnement');
  });

  it.each([
    "Campagne d'affichage pour le lancement de l'application mobile",
    'Spot radio pour la promotion du nouveau portail famille',
    'Flyers de présentation du site internet de la commune',
  ])('%s → communication, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });
});

describe('convention: a licence bought is logiciel, a provider’s creation is etude-developpement', () => {
  it.each([
    ['Application mobile de la commune - licence éditeur', 'logiciel'],
    ['Portail citoyen : acquisition de la licence', 'logiciel'],
    ['Chatbot municipal (achat de licence)', 'logiciel'],
    ['Création du portail citoyen par un prestataire', 'etude-developpement'],
    ['Application mobile touristique', 'etude-developpement'],
    ["Développement d'un logiciel métier sur mesure", 'etude-developpement'],
  ])('%s → %s', (libelle, categorie) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({ categorie, statut: 'eligible' });
  });

  it.each([
    ['Création du site internet de la commune', 'logiciel'],
    ['Licence du logiciel de prise de rendez-vous', 'etude-developpement'],
  ])('accepts %s declared %s, without a conflict', (libelle, categorie) => {
    const [line] = evaluateExpenseLines(
      { depenses: [{ libelle, categorie, montant_ht: 500_000 }] },
      DEFAULT_EDITION,
      installedData.realWords,
    );
    expect(line).toMatchObject({ status: 'eligible', origin: 'declaree' });
    expect(line!.reason.code).toBe('categorie-eligible');
  });
});

describe('devices the lexicon names by family: connected, remote-read, prefixed, branded', () => {
  it.each([
    'Capteurs de CO2 connectés pour les salles communales',
    'Microcapteurs de bruit - centre bourg',
    'Compteurs communicants gaz et électricité des bâtiments communaux',
    "Télérelève des compteurs d'eau des bâtiments publics (12 modules radio)",
    'Pièges photographiques connectés pour le suivi du loup',
    'Automate de prêt RFID pour la bibliothèque',
  ])('%s → equipement-numerique', (libelle) => {
    const answer = classify(libelle);
    expect(answer.categorie).toBe('equipement-numerique');
    expect(answer.statut).not.toBe('exclue');
  });

  it.each([
    'Dell Latitude 5440 x4 pour le prêt aux usagers',
    "Lenovo ThinkPad E14 x10 pour l'EPN",
    'MacBook Air pour l’atelier vidéo du tiers-lieu ouvert au public',
    'Galaxy Tab S9 x6 pour les ateliers seniors',
    'Casques audio x12 pour la salle d’initiation de l’EPN',
  ])('%s → equipement-numerique, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });

  it.each([
    ["Form. des agents d'accueil à la borne France Services", 'formation', 'eligible'],
    ['Lic. logiciel de SIG (achat définitif)', 'logiciel', 'eligible'],
    ['Abt. annuel plateforme de visio', 'fonctionnement', 'exclue'],
  ])('%s → %s (abbreviation with a dot)', (libelle, categorie, statut) => {
    expect(classify(libelle)).toMatchObject({ categorie, statut });
  });
});

describe('words with two senses, read by their neighbours', () => {
  it.each([
    ['Licences fédérales des jeunes joueurs du club de foot', 'fonctionnement', 'exclue'],
    ['Licences sportives UFOLEP de la section multisport', 'fonctionnement', 'exclue'],
    ['Tables pliantes pour la salle de formation', 'mobilier', 'exclue'],
    ["Peinture de la salle d'initiation", 'travaux', 'exclue'],
    ['Consommation électrique annuelle du local serveur', 'fonctionnement', 'exclue'],
    ['Facture d’énergie des serveurs', 'fonctionnement', 'exclue'],
    ['Réception d’inauguration de l’espace numérique', 'fonctionnement', 'exclue'],
    ['Atelier « premiers pas sur internet » pour les seniors', 'formation', 'eligible'],
    ["Portail d'accès au parking des services techniques", 'travaux', 'exclue'],
    ['Remplacement du portail de la déchetterie', 'travaux', 'exclue'],
  ])('%s → %s (%s)', (libelle, categorie, statut) => {
    expect(classify(libelle)).toMatchObject({ categorie, statut });
  });

  it('reads a receiver as equipment, not an event', () => {
    expect(classify('Récepteur GNSS RTK pour le relevé des réseaux').categorie).toBe('equipement-numerique');
  });

  it('reads a library network’s head as no network', () => {
    expect(classify('Automate de retour des documents - médiathèque tête de réseau', { beneficiaires: 'usagers' })).toMatchObject({
      categorie: 'equipement-numerique',
      statut: 'eligible',
    });
  });
});

describe('training decides whatever it is about', () => {
  it.each([
    'Formation des agents au paramétrage des capteurs connectés',
    'Formation au pilotage de drone pour les services techniques',
    'Formation des secrétaires de mairie au nouveau logiciel de paie',
    'Formation des agents à l’utilisation de la borne France Services (1 jour)',
  ])('%s → formation, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'formation', statut: 'eligible' });
  });
});

describe('the mixed-line rule reads its separators and articles from the lexicon (issue 18, item 6)', () => {
  const withMixedLineWords = (lignesMixtes: { separateurs: string[]; articles: string[] } | undefined) => ({
    ...DEFAULT_EDITION,
    lexique: { ...DEFAULT_EDITION.lexique, lignesMixtes },
  });
  const code = (libelle: string, reglement = DEFAULT_EDITION) =>
    explainClassification(libelle, { realWords: installedData.realWords, beneficiaires: 'usagers', reglement }).motif.code;

  it('splits on the edition’s separators, and only on them', () => {
    expect(code('Borne interactive avec contrat de maintenance')).toBe('classe-ligne-mixte');
    const withoutAvec = withMixedLineWords({
      separateurs: DEFAULT_EDITION.lexique.lignesMixtes!.separateurs.filter((word) => word !== 'avec'),
      articles: DEFAULT_EDITION.lexique.lignesMixtes!.articles,
    });
    expect(code('Borne interactive avec contrat de maintenance', withoutAvec)).not.toBe('classe-ligne-mixte');
    expect(code('Borne interactive + contrat de maintenance', withoutAvec)).toBe('classe-ligne-mixte');
  });

  it('reads an item after the edition’s articles only', () => {
    expect(code('Tablettes et les chaises')).toBe('classe-ligne-mixte');
    const withoutLes = withMixedLineWords({
      separateurs: DEFAULT_EDITION.lexique.lignesMixtes!.separateurs,
      articles: DEFAULT_EDITION.lexique.lignesMixtes!.articles.filter((word) => word !== 'les'),
    });
    expect(code('Tablettes et les chaises', withoutLes)).not.toBe('classe-ligne-mixte');
  });

  it('lists no items for an edition without these words', () => {
    expect(code('Borne interactive + contrat de maintenance', withMixedLineWords(undefined))).not.toBe('classe-ligne-mixte');
  });
});

describe('a purpose reaches the end of its item, not the items after it', () => {
  it.each([
    ["Tablettes pour l'EPN + contrat de maintenance", 'usagers'],
    ['Logiciel pour la médiathèque + contrat de maintenance', undefined],
    ['Logiciel de réservation destiné aux associations & hébergement 1 an', undefined],
    ["Bureaux pour l'EPN + ordinateurs", 'usagers'],
  ])('%s is a mixed line, never one firm status', (libelle, beneficiaires) => {
    const answer = classify(libelle, beneficiaires === undefined ? {} : { beneficiaires });
    expect(answer).toMatchObject({ statut: 'a-verifier' });
    expect(answer.motif.code).toBe('classe-ligne-mixte');
  });

  it('keeps one purpose across "et" and commas: "Tables pour les tablettes et les ordinateurs" buys tables', () => {
    expect(classify("Tables pour les tablettes et les ordinateurs de l'EPN")).toMatchObject({ categorie: 'mobilier', statut: 'exclue' });
  });
});

describe('more words with two senses, found searching the lexicon', () => {
  it.each([
    ["Campagne de mesure de la qualité de l'air par microcapteurs", 'etude-developpement'],
    ['Campagne de comptage des vélos sur la voie verte (prestataire)', 'etude-developpement'],
  ])('%s is a study, not communication', (libelle, categorie) => {
    expect(classify(libelle)).toMatchObject({ categorie, statut: 'eligible' });
  });

  it('still reads a campaign on the radio as communication', () => {
    expect(classify('Campagne radio de promotion des mesures de sobriété')).toMatchObject({
      categorie: 'fonctionnement',
      statut: 'exclue',
    });
  });

  it.each(['Poubelles connectées du centre-bourg', 'Bornes de comptage communicantes des parkings'])(
    '%s (feminine forms) → equipement-numerique',
    (libelle) => {
      expect(classify(libelle).categorie).toBe('equipement-numerique');
    },
  );
});

describe('a population written in the label, whatever its thousands separator (property)', () => {
  it('reads back the number a label writes after "commune de", "ville de", "village de"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.constantFrom(' ', '\u00a0', '\u202f', '.', ''),
        fc.constantFrom('commune', 'Ville', 'village'),
        fc.constantFrom('hab.', 'habitants', 'hab', 'Habitants'),
        (inhabitants, separator, place, word) => {
          const written = inhabitants.toLocaleString('en-US').replaceAll(',', separator);
          const answer = classify(`Publication électronique des actes - ${place} de ${written} ${word}`);
          expect(answer.motif.params.population).toBe(inhabitants);
        },
      ),
    );
  });
});

describe('families a quote names: security audits, embedded software, the launch of what is promoted', () => {
  it.each([
    'Audit de cybersécurité du système d’information (prestataire)',
    "Test d'intrusion sur le réseau des services (pentest)",
    'Audit sécurité informatique mutualisé des communes membres',
  ])('%s → etude-developpement, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'etude-developpement', statut: 'eligible' });
  });

  it.each([
    'Pointeuse à badge pour les agents (3 lecteurs + logiciel embarqué)',
    'Copieur multifonction des services avec firmware de gestion des badges',
  ])('%s: the software inside a device is part of it → equipement-interne, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-interne', statut: 'exclue' });
  });

  it.each(['Spots radio - lancement de l’application mobile', 'Affiches et flyers : lancement du portail famille'])(
    '%s → communication, excluded',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
    },
  );
});
