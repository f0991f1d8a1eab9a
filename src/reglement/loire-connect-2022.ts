import { lexiqueLoireConnect2022 } from './loire-connect-2022-lexique.js';
import type { Reglement } from './types.js';

/**
 * Appel à partenariat 2022 « Loire Connect », Département de la Loire.
 * Every value below is read from the published call; the clauses are quoted
 * verbatim so that each verdict can show the words it comes from.
 */
export const loireConnect2022: Reglement = {
  id: 'loire-connect-2022',
  titre: 'Appel à partenariat 2022 « Loire Connect »',
  organisme: 'Département de la Loire',
  // Where a person finds the call: its publisher, on whose site it went online in May 2022 (docs/reglement.md).
  source: 'Département de la Loire, https://www.loire.fr (mai 2022)',
  territoire: {
    departements: ['42'],
    nom: { fr: 'la Loire (42)', en: 'the Loire (42)' },
    exemple: { codeInsee: '42218', nom: 'Saint-Étienne' },
  },
  // "Collectivités locales de la Loire et leurs groupements, ainsi que les CCAS".
  // The CIAS is not named: it is the intercommunal twin of the CCAS, so it is
  // accepted with a warning asking the applicant to confirm with the Département.
  typesPorteur: [
    {
      id: 'commune',
      collectivite: true,
      rattachement: 'commune',
      eligibilite: 'eligible',
      libelle: { fr: 'commune', en: 'commune' },
      synonymes: ['mairie', 'ville', 'commune-nouvelle', 'municipalite'],
    },
    {
      id: 'epci',
      collectivite: true,
      rattachement: 'epci',
      eligibilite: 'eligible',
      libelle: { fr: 'EPCI (intercommunalité)', en: 'EPCI (inter-municipal body)' },
      synonymes: [
        'communaute-de-communes',
        'communaute-d-agglomeration',
        'communaute-urbaine',
        'metropole',
        'intercommunalite',
        'agglomeration',
      ],
    },
    {
      id: 'syndicat',
      collectivite: true,
      rattachement: 'siege',
      eligibilite: 'eligible',
      libelle: { fr: 'syndicat de collectivités', en: 'syndicate of local authorities' },
      synonymes: [
        'syndicat-mixte',
        'syndicat-intercommunal',
        'sivu',
        'sivom',
        'petr',
        'pole-metropolitain',
        'pole-d-equilibre-territorial-et-rural',
      ],
    },
    {
      id: 'ccas',
      rattachement: 'etablissement-communal',
      eligibilite: 'eligible',
      libelle: { fr: "centre communal d'action sociale (CCAS)", en: 'municipal social action centre (CCAS)' },
      synonymes: ['centre-communal-d-action-sociale'],
    },
    {
      id: 'cias',
      rattachement: 'siege',
      eligibilite: 'a-confirmer',
      note: {
        fr: 'il est accepté comme équivalent intercommunal du CCAS',
        en: 'it is accepted as the inter-municipal twin of the CCAS',
      },
      libelle: { fr: "centre intercommunal d'action sociale (CIAS)", en: 'inter-municipal social action centre (CIAS)' },
      synonymes: ['centre-intercommunal-d-action-sociale'],
    },
    { id: 'departement', rattachement: 'siege', eligibilite: 'non-eligible', libelle: { fr: 'département', en: 'département' } },
    { id: 'region', rattachement: 'siege', eligibilite: 'non-eligible', libelle: { fr: 'région', en: 'region' } },
    { id: 'etat', rattachement: 'siege', eligibilite: 'non-eligible', libelle: { fr: 'État', en: 'State' } },
    {
      id: 'etablissement-public',
      rattachement: 'siege',
      eligibilite: 'non-eligible',
      libelle: { fr: 'autre établissement public', en: 'other public body' },
    },
    { id: 'association', rattachement: 'siege', eligibilite: 'non-eligible', libelle: { fr: 'association', en: 'association' } },
    { id: 'entreprise', rattachement: 'siege', eligibilite: 'non-eligible', libelle: { fr: 'entreprise', en: 'company' } },
    { id: 'particulier', rattachement: 'siege', eligibilite: 'non-eligible', libelle: { fr: 'particulier', en: 'private individual' } },
    { id: 'autre', rattachement: 'siege', eligibilite: 'non-eligible', libelle: { fr: 'autre', en: 'other' } },
  ],
  // "Les équipements de matériels relevant de la compétence de la collectivité
  // (équipements des agents, des écoles…)" are excluded; equipment for the public is not.
  beneficiaires: [
    { id: 'usagers', destination: 'public', libelle: { fr: 'le public (usagers)', en: 'the public (users)' } },
    // Their short names end the reasons of doubtful lines: "exclu pour les agents ou les écoles".
    {
      id: 'agents',
      destination: 'interne',
      libelle: { fr: 'les agents de la collectivité', en: 'the authority’s staff' },
      libelleCourt: { fr: 'les agents', en: 'staff' },
    },
    { id: 'ecoles', destination: 'interne', libelle: { fr: 'les écoles', en: 'schools' } },
  ],
  axes: [
    {
      id: 'innovant',
      libelle: {
        fr: 'Projets innovants « pour un territoire attractif, intelligent et durable »',
        en: 'Innovative projects "for an attractive, smart and sustainable territory"',
      },
    },
    { id: 'responsable', libelle: { fr: 'Projets numériques « responsables »', en: '"Responsible" digital projects' } },
    {
      id: 'simplifier-le-quotidien',
      libelle: { fr: 'Projets numériques permettant de « simplifier le quotidien »', en: 'Digital projects that "simplify everyday life"' },
    },
  ],
  categories: [
    {
      id: 'equipement-numerique',
      eligible: true,
      clause: 'depenses-eligibles',
      libelle: { fr: 'équipement numérique', en: 'digital equipment' },
    },
    { id: 'formation', eligible: true, clause: 'depenses-eligibles', libelle: { fr: "formation à l'usage", en: 'user training' } },
    {
      id: 'etude-developpement',
      eligible: true,
      clause: 'depenses-eligibles',
      libelle: { fr: 'étude et développement', en: 'study and development' },
    },
    { id: 'logiciel', eligible: true, clause: 'depenses-eligibles', libelle: { fr: 'logiciel', en: 'software' } },
    {
      id: 'fonctionnement',
      eligible: false,
      clause: 'exclusion-fonctionnement',
      libelle: { fr: 'fonctionnement', en: 'operating expense' },
    },
    {
      id: 'amenagement-numerique',
      eligible: false,
      clause: 'exclusion-investissements',
      libelle: { fr: 'aménagement numérique', en: 'digital infrastructure' },
    },
    { id: 'travaux', eligible: false, clause: 'exclusion-investissements', libelle: { fr: 'travaux des locaux', en: 'building works' } },
    { id: 'mobilier', eligible: false, clause: 'exclusion-investissements', libelle: { fr: 'mobilier', en: 'furniture' } },
    {
      id: 'equipement-interne',
      eligible: false,
      clause: 'exclusion-investissements',
      libelle: { fr: 'équipement interne de la collectivité', en: "authority's own equipment" },
    },
    {
      id: 'obligation-legale',
      eligible: false,
      clause: 'exclusion-obligations-legales',
      libelle: { fr: 'obligation légale', en: 'legal obligation' },
    },
  ],
  lexique: lexiqueLoireConnect2022,
  natures: ['investissement', 'fonctionnement'],
  naturesExclues: ['fonctionnement'],
  aide: { tauxPourcent: 80, plafondCentimes: 2_500_000 },
  // The call says nothing of the plan beyond 80 % and 25 000 €: an officer lets a plan pass
  // within a euro, and the law (not the call) asks the applicant for 20 % of the public financing.
  planFinancement: {
    toleranceCentimes: 100,
    // Asked of the types marked `collectivite`: a CCAS or CIAS is a public body of its commune, not a local authority.
    autofinancementMinimum: { pourcent: 20, clause: 'cgct-l1111-10' },
  },
  // The VAT rates of mainland France (normal, intermediate, reduced, special);
  // 0 for a supplier not subject to VAT. A dossier's rate must be one of them.
  tauxTvaPourcent: [20, 10, 5.5, 2.1, 0],
  // The normal rate: a price per unit written HT is compared with a TTC threshold at this rate when the line gives none.
  tauxTvaNormalPourcent: 20,
  // "29 juillet 2022 à minuit": a French time limit runs to the end of its last
  // day (code de procédure civile, art. 642), so 29 July is on time, 30 July is late.
  dateLimite: { dernierJour: '2022-07-29', fuseau: 'Europe/Paris' },
  criteres: {
    clause: 'criteres-analyse',
    liste: [
      {
        id: 'innovation',
        libelle: { fr: 'Projet innovant structurant pour le territoire', en: 'Innovative project that structures the territory' },
        champs: ['analyse.innovation'],
      },
      {
        id: 'accompagnement_usagers',
        libelle: {
          fr: 'Projet structuré, du service à l’accompagnement des usagers',
          en: 'Structured project, from the service to user support',
        },
        champs: ['analyse.accompagnement_usagers'],
      },
      {
        id: 'mutualisation',
        libelle: {
          fr: 'Mutualisation via un EPCI, entre communes ou entre acteurs',
          en: 'Pooling through an EPCI, between communes or actors',
        },
        champs: ['analyse.mutualisation', 'projet.communes_associees'],
      },
      { id: 'mode_projet', libelle: { fr: 'Intégration du mode projet', en: 'Project management' }, champs: ['analyse.mode_projet'] },
      {
        id: 'replicabilite',
        libelle: { fr: 'Réplicabilité à d’autres territoires', en: 'Replicability in other territories' },
        champs: ['analyse.replicabilite'],
      },
      {
        id: 'association_usagers',
        libelle: { fr: 'Association des usagers à la réflexion', en: 'Users involved in the thinking' },
        champs: ['analyse.association_usagers'],
      },
    ],
  },
  clauses: {
    'criteres-analyse': {
      section: 'Critères d’analyse',
      texte:
        'Les projets éligibles seront analysés puis priorisés selon les critères suivants : Projets innovants structurants pour le territoire ; Projet structuré (du service à l’accompagnement des usagers) ; Mutualisation via un EPCI, entre communes ou entre acteurs ; Intégration du mode projet ; Réplicabilité du projet à d’autres territoires (prévue ou modalités nécessaires) ; Association des usagers à la réflexion du projet.',
    },
    porteurs: {
      section: 'Conditions — Porteurs de projet',
      texte:
        'Cet appel à partenariat concerne les collectivités locales de la Loire et leurs groupements, ainsi que les Centres Communaux d’Action Sociale (CCAS).',
    },
    axes: {
      section: "Conditions — Critères d'éligibilité",
      texte: 'Pour être éligible, les projets devront répondre à l’un des trois axes prioritaires identifiés précédemment.',
    },
    'date-limite': {
      section: "Modalités d'instruction et de sélection",
      texte: 'Date limite des dépôts de candidature fixée au 29 juillet 2022 à minuit.',
    },
    'depenses-eligibles': {
      section: 'Modalités financières',
      texte:
        'Les dépenses éligibles sont uniquement des dépenses d’investissement liées à : l’achat d’équipements numériques et protections associées ; la formation à l’usage ; des prestations d’étude et de développement ; l’achat de logiciels.',
    },
    'exclusion-fonctionnement': {
      section: 'Modalités financières',
      texte:
        'L’appel à partenariats ne concerne pas : les dépenses de fonctionnement liées au personnel, charges de la structure, actions de communication…',
    },
    'exclusion-investissements': {
      section: 'Modalités financières',
      texte:
        'L’appel à partenariats ne concerne pas : les dépenses d’investissements relatives aux aménagements numériques (ex : infrastructures Très Haut Débit, Haut Débit, connectivité…), aux travaux des locaux, à l’achat de mobilier, aux équipements de matériels relevant de la compétence de la collectivité (équipements des agents, des écoles…).',
    },
    'exclusion-obligations-legales': {
      section: 'Modalités financières',
      texte:
        'L’appel à partenariats ne concerne pas : les dépenses d’investissement relatives aux obligations légales de développement de services numériques.',
    },
    'taux-plafond': {
      section: 'Modalités financières',
      texte:
        'Le Département attribuera pour chaque projet retenu une subvention d’investissement à hauteur d’un taux maximum de 80 % des dépenses HT d’investissement dans la limite de 25 000 € d’aide par projet.',
    },
    // The law, not the call: quoted from the article in force in 2022, its derogations left out.
    'cgct-l1111-10': {
      section: 'Code général des collectivités territoriales, art. L1111-10 III',
      source: 'CGCT',
      texte:
        '… toute collectivité territoriale ou tout groupement de collectivités territoriales, maître d’ouvrage d’une opération d’investissement, assure une participation minimale au financement de ce projet. … cette participation minimale du maître d’ouvrage est de 20 % du montant total des financements apportés par des personnes publiques à ce projet.',
    },
    candidature: {
      section: 'Modalités de réponse',
      texte:
        'Pour faire acte de candidature, les porteurs de projet devront compléter le formulaire « AAP Loire Connect 2022 » accessible à l’adresse suivante : https://subventions.loire.fr.',
    },
  },
  regles: {
    // Reading and shape come from the dossier format, not from the call: no clause.
    'dossier-lecture': {},
    'dossier-format': {},
    'porteur-type': { clause: 'porteurs' },
    'porteur-territoire': { clause: 'porteurs' },
    'porteur-siren': { clause: 'porteurs' },
    'porteur-identite': { clause: 'porteurs' },
    'projet-axes': { clause: 'axes' },
    'depot-delai': { clause: 'date-limite' },
    'depense-montant': { clause: 'taux-plafond' },
    'depense-categorie': { clause: 'depenses-eligibles' },
    'depenses-eligibles': { clause: 'depenses-eligibles' },
    'aide-sollicitee': { clause: 'taux-plafond' },
    // The balance and the list of funders are how an officer reads a plan, not a clause of the call.
    'financement-plan': {},
    'financement-autofinancement': { clause: 'cgct-l1111-10' },
    'financement-conseil': { clause: 'taux-plafond' },
    'dossier-completude': { clause: 'candidature' },
  },
};
