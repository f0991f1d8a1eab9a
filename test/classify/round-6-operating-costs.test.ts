import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Issue 18, what blind round 6 got wrong on staff and operating costs, trainings and energy: each rule is pinned on
 * lines written for it, in a town hall's words, none copied from the round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; population?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('a staff cost opening the line is an operating cost, whatever digital work it pays for', () => {
  it.each([
    'Heures supplementaires des agents pour la migration vers le nouveau logiciel de GED',
    "HS agents : saisie des donnees dans l'application mobile",
    'Temps agent consacré à la création du site web',
    'ETP chef de projet applicatif portail famille',
    'Contrat de projet chef de projet SIG',
    "Mise à disposition d'un agent informatique pour le déploiement du logiciel",
    'Gratification stagiaire - développement du site internet',
    "Frais de personnel - développement de l'application",
    'Vacation informaticien - installation du logiciel de paie',
    '35 heures supp. du service informatique - paramétrage du portail citoyen',
  ])('%s → fonctionnement, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });
});

describe('a staff cost after a title, a dash or in an aside is still the cost paid; named elsewhere, never eligible', () => {
  it.each([
    'Portail famille : heures supplémentaires des agents pour la reprise des données',
    'Reprise des données du portail famille (heures supp. agents)',
    'Migration vers la nouvelle GED - temps agent pour le reclassement des documents',
    'Numérisation des archives par un agent vacataire',
  ])('%s → fonctionnement, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });

  it('is not eligible when a trainee does the work', () => {
    expect(classify('Saisie des données dans le SIG par un stagiaire').statut).not.toBe('eligible');
  });

  it('reads only staff there: an on-call duty in an aside, an insurance included, overtime managed by software', () => {
    expect(classify('Smartphones agents techniques (astreinte) x5')).toMatchObject({ categorie: 'equipement-interne' });
    expect(classify('Tablettes pour les usagers (assurance incluse)')).toMatchObject({
      categorie: 'equipement-numerique',
      statut: 'eligible',
    });
    expect(classify('Logiciel de paie (gestion des heures supplémentaires)')).toMatchObject({ categorie: 'logiciel' });
  });
});

describe('other operating costs opening the line outweigh what they are for', () => {
  it.each([
    "Participation aux frais du syndicat pour l'application mobile",
    'Adhésion au service commun numérique : développement du portail citoyen',
    'Frais de déplacement - formation des agents au logiciel',
    'Frais bancaires PayFiP',
    'Coût agent : paramétrage du logiciel de gestion des salles',
    'Assurance des tablettes prêtées aux usagers',
    'Nettoyage des écrans et bornes interactives',
    "Consommation d'énergie des serveurs du datacenter mutualisé",
    "Chauffage de l'espace numérique (facture annuelle)",
  ])('%s → fonctionnement, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });

  it('reads only phrases that name a cost: lending tablets, or software that manages overtime, are no staff cost', () => {
    expect(classify('Mise à disposition de tablettes pour les usagers')).toMatchObject({
      categorie: 'equipement-numerique',
      statut: 'eligible',
    });
    expect(classify('Logiciel RH : gestion des congés et heures supplémentaires')).toMatchObject({ categorie: 'logiciel' });
    expect(classify('Frais de développement du site internet de la commune')).toMatchObject({ statut: 'eligible' });
    // Phrases that only look like a cost or a course opening the line.
    expect(classify("Cycle de vie des équipements : étude d'allongement de la durée d'usage").categorie).toBe('etude-developpement');
    expect(classify('Session utilisateur Windows : licences RDS x10').categorie).toBe('logiciel');
    expect(classify('Nettoyage des données du SIG (dédoublonnage)').categorie).not.toBe('fonctionnement');
    expect(classify("Assurance qualité du développement de l'application").categorie).not.toBe('fonctionnement');
    expect(classify("Prime ADEME pour l'achat de capteurs").categorie).not.toBe('fonctionnement');
    // Energy followed by sensors is data, not a bill.
    expect(classify('Consommation électrique suivie par capteurs dans les écoles').categorie).not.toBe('fonctionnement');
  });
});

describe('a course named « stage », « session » or « cycle » is a training; words in quotes are its title', () => {
  it.each([
    ['Stage « tablette débutant » 4 x 3h pour les seniors', 'usagers'],
    ["Session 'ma tablette au quotidien' 4 x 2h - seniors du CCAS", 'usagers'],
    ["Cycle 'smartphone et démarches' 6 x 1h30 - résidents de l'EHPAD", 'usagers'],
    ["Stage 'ordinateur portable pour débutants' 3 x 3h", 'usagers'],
  ])('%s → formation, eligible', (libelle, beneficiaires) => {
    expect(classify(libelle, { beneficiaires })).toMatchObject({ categorie: 'formation', statut: 'eligible' });
  });

  it('keeps a qualification with no digital use a staff cost, and a training over months a doubt', () => {
    expect(classify('Stage CACES nacelle - 2 agents')).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
    expect(classify('Session recyclage secourisme SST')).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
    expect(classify('Cycle de formation de 6 mois pour les usagers')).toMatchObject({ categorie: 'formation', statut: 'a-verifier' });
  });
});

describe('electricity consumed is an operating cost; electrical works stay works', () => {
  it.each([
    'Électricité : consommation annuelle des serveurs et de la baie',
    "Électricité - facture annuelle de l'espace numérique",
    'Électricité (kWh) des bornes interactives, estimation',
    "Fluides : chauffage et électricité de l'espace numérique",
    'Énergie consommée par les écrans d’affichage dynamique',
  ])('%s → fonctionnement, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });

  it.each([
    "Électricité : tirage de lignes pour les écrans de l'accueil",
    "Travaux d'électricité pour l'EPN",
    'Électricité - pose de prises pour la salle numérique',
  ])('%s → travaux, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'travaux', statut: 'exclue' });
  });
});

describe('an obligation whose conditions the label says are met outweighs the product or software that carries it', () => {
  it.each([
    ['Portail open data de la ville (48 000 hab., 600 agents) : mise en ligne des jeux de données', 48_000],
    ['Plateforme open data : publication des jeux de données de la métropole (210 000 hab., 1 800 agents)', 210_000],
    ['Portail de publication des actes administratifs (ville de 12 000 hab.)', 12_000],
    ["Plateforme de l'open data de la ville (45 000 hab., 500 agents)", 45_000],
  ])('%s → obligation-legale, excluded', (libelle, population) => {
    expect(classify(libelle, { population })).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });

  it.each([
    'Logiciel de paiement en ligne PayFiP pour la régie eau (recettes 200 000 €/an)',
    'Interface PayFiP - logiciel de facturation de la crèche (recettes ~60 k€/an)',
    'Module PayFiP du logiciel de facturation périscolaire (recettes > 5 000 €/an)',
  ])('%s → obligation-legale, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });

  it('leaves a line that lists another item with the obligation to verify, and a commune below the threshold eligible', () => {
    expect(classify('Logiciel de facturation périscolaire + connecteur PayFiP (recettes 40 k€/an)').statut).toBe('a-verifier');
    expect(classify('Logiciel de facturation de la crèche avec module PayFiP (recettes > 5 000 €/an)').statut).toBe('a-verifier');
    expect(
      classify('Portail de publication des actes avec agenda et actualités (ville de 12 000 hab.)', { population: 12_000 }).statut,
    ).toBe('a-verifier');
    expect(classify('Plateforme open data : publication des jeux de données (commune 2 000 hab.)', { population: 2_000 })).toMatchObject({
      statut: 'eligible',
    });
    expect(
      classify("Développement d'une plateforme open data intercommunale avec datavisualisation", { population: 105_000 }),
    ).toMatchObject({
      statut: 'eligible',
    });
  });
});

describe('a licence said perpetual is software, even with words between and a title before it', () => {
  it.each([
    'Maquette 3D : licences établissement perpétuelles x2',
    'Prototypage : licence enseignement perpétuelle pour le fablab',
    'Design graphique - licences poste fixe perpétuelles x4',
  ])('%s → logiciel, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'logiciel', statut: 'eligible' });
  });
});
