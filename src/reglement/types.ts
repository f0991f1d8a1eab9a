/** A text in each language of the tool. */
export interface Libelle {
  fr: string;
  en: string;
}

/** A passage of the call, quoted as published: the source of a rule. */
export interface Clause {
  /** Where it stands in the call, e.g. "Conditions — Porteurs de projet". */
  section: string;
  /**
   * The words of the call (French: it is only published in French). A clause
   * may join a list's heading to one of its items; each part is verbatim
   * (test/reglement/rules.test.ts compares them with the published text).
   */
  texte: string;
  /**
   * Where the words come from when they are not the call's: a law the rule
   * applies ("CGCT"). Absent for the call's own clauses.
   */
  source?: string;
}

export type ApplicantEligibility = 'eligible' | 'a-confirmer' | 'non-eligible';

/**
 * What an applicant is to the official geography, which says how it is
 * checked (the code reads this, never a type's id):
 * - `commune`: the commune of `code_insee` itself: its SIREN and name are
 *   that commune's, its population decides legal obligations with a threshold;
 * - `etablissement-communal`: a body of one commune (a CCAS): in the territory
 *   through that commune, whose population applies; its own SIREN;
 * - `epci`: an EPCI of the official list, found by its SIREN, in the
 *   territory through its member communes wherever its seat;
 * - `siege`: any other body, in the territory through the commune of its seat;
 * - `aucun`: no territory condition (the commune of `code_insee` must exist).
 */
export type ApplicantAttachment = 'commune' | 'etablissement-communal' | 'epci' | 'siege' | 'aucun';

export const APPLICANT_ATTACHMENTS: readonly ApplicantAttachment[] = ['commune', 'etablissement-communal', 'epci', 'siege', 'aucun'];

export interface ApplicantType {
  id: string;
  libelle: Libelle;
  eligibilite: ApplicantEligibility;
  rattachement: ApplicantAttachment;
  /** A local authority or a grouping of them (commune, EPCI, syndicat), which CGCT L1111-10 III asks 20 % of self-financing. */
  collectivite?: boolean;
  /** For a type accepted only once confirmed: why it is accepted, said to the applicant. */
  note?: Libelle;
  /** Other names applicants write for it, to suggest the right value. */
  synonymes?: string[];
}

/**
 * Who an expense line says it is for (`depenses[].beneficiaires`): the public,
 * or the authority's own people (its staff, its schools), whose equipment the
 * call may exclude.
 */
export interface Beneficiary {
  id: string;
  /** Its name where it is chosen (init asks « Qui utilisera cet équipement ? »). */
  libelle: Libelle;
  /** A shorter name for the reasons of lines (« exclu pour les agents ou les écoles »); none: `libelle`. */
  libelleCourt?: Libelle;
  destination: 'public' | 'interne';
}

export interface Axis {
  id: string;
  libelle: Libelle;
}

export interface ExpenseCategory {
  id: string;
  libelle: Libelle;
  eligible: boolean;
  /** The clause that admits or excludes it. */
  clause: string;
}

/**
 * Words that point to a category: decisive ones outweigh a strong word of
 * another category ("logiciel en mode SaaS"), strong ones decide alone,
 * hints only add up.
 */
export interface CategoryWords {
  decisifs?: string[];
  forts: string[];
  indices?: string[];
}

/**
 * What the classifier reads in an expense line, as data. Terms are written in
 * plain French; they go through the same normalisation as the lines (case,
 * accents, elisions, plurals, abbreviations).
 */
export interface Lexique {
  /** Abbreviations spelled out before matching ("pc" → "ordinateur"). */
  abreviations: Record<string, string>;
  /** By category id. */
  categories: Record<string, CategoryWords>;
  /**
   * Who equipment is for. The call excludes "équipements des agents, des
   * écoles" but funds equipment for the public: the same tablet goes either way.
   */
  destinations: {
    interne: string[];
    public: string[];
    /**
     * Equipment whose users are fixed by what it is: sensors, counters and
     * kiosks outdoors serve the territory or the public and have no users to
     * name; office hardware (a copier, a switchboard) is the authority's own.
     * Each phrase names equipment and says who it is for, as the words above do.
     */
    parNature?: { interne: string[]; public: string[] };
    /**
     * Buildings of the authority among the words above ("école", "mairie"): where a thing that serves the
     * territory by nature sits, not who uses it. Read only when such a thing is what the line buys.
     */
    batiments?: string[];
    /**
     * What the territory has that equipment can watch ("faune", "qualité de l'air", "réseau AEP"): equipment whose
     * users the line does not name, bought to watch these, serves the territory; `appareils` are the devices people
     * use at a desk or in hand, whose users must still be said ("Tablettes - suivi de la faune" stays a doubt).
     */
    suiviDuTerritoire?: { sujets: string[]; appareils: string[] };
    /**
     * What a thing does from afar ("télérelève", "télégestion"): written first, it names the function, and the
     * thing bought is the one of parNature the line names next ("Télérelève des compteurs - modules radio").
     */
    fonctionsADistance?: string[];
    /**
     * What says a person runs an activity ("animés par", "encadrés par"): the person named right after leads the
     * workshop the thing serves, and is no user of the thing ("Tablettes pour les ateliers animés par l'animatrice").
     */
    menePar?: string[];
  };
  /** Phrases read as a whole so that their words point nowhere ("hébergement touristique", "église classée"). */
  neutres?: string[];
  /** Accessories: eligible only as protections of an equipment, not on their own when cheap. */
  accessoires: string[];
  /**
   * Durable goods other than computer equipment are an investment from this
   * price per unit, VAT included (cents; domain notes: 500 € TTC): accessories
   * alone below it are more likely consumables.
   */
  seuilUnitaireTtcCentimes: number;
  /** How a label counts what it buys and prices each unit ("x3", "3 u.", "lot de 3", "à 25 €", "PU 25 €"). */
  quantites?: {
    /** After a number: "3 u.", "12 pièces". */
    unitesApres: string[];
    /** Before a number: "lot de 3". */
    unitesAvant: string[];
    /** After a number that opens the label, a measure and not a count: "24 pouces", "12 mois". */
    grandeurs: string[];
    /** Before a price: "à 25 €", "PU 25 €". */
    prixAvant: string[];
    /** After a price: "25 € l'unité", "25 €/u". */
    prixApres: string[];
  };
  /**
   * Categories of things the call excludes whatever they are for (furniture,
   * works, cabling): "Bureaux pour les ordinateurs de l'EPN" buys desks.
   */
  achatsExclus?: string[];
  /** Words that introduce what a thing is for ("pour", "destiné à"): what follows never makes an excluded thing eligible. */
  motsDeBut?: string[];
  /**
   * Words that cancel what they name: before it ("hors maintenance", "pas d'abonnement") or after it
   * ("maintenance non comprise"); `sansEffet` are phrases that hold such a word and cancel nothing ("pas à pas").
   */
  negations?: { avant: string[]; apres: string[]; sansEffet?: string[] };
  /**
   * Categories of durable goods (equipment, software, furniture): what follows "pour" or "destiné à" says what the
   * good serves ("Serveur pour l'hébergement des données", "Logiciel pour la maintenance des bâtiments"),
   * it never makes the line an operating expense nor one of `achatsExclus`.
   */
  biensAchetes?: string[];
  /**
   * Categories whose head names a service about a thing ("Formation … au drone"): the thing's words say
   * what the service is about, they weigh as hints only.
   */
  servicesSurUnSujet?: string[];
  /**
   * Words that, opening the line, name a study whatever it studies ("Audit du parc informatique…",
   * "Diagnostic des tablettes des écoles"): the head is a strong word of `categorie`, and the words of
   * `sujets` (the goods studied) weigh as hints. A longer phrase of another category that opens the line
   * ("diagnostic amiante", "audit RGAA") keeps its own reading.
   */
  /**
   * Words and signs of a comparison ("> 5 000 €/an", "supérieures à", "plus de"): a part of the line that
   * compares states a condition (a threshold of receipts), and its period is no price for a period.
   */
  conditionsEcrites?: string[];
  /** A device after a possessive ("son smartphone") is owned by the learner: a training's subject, not bought. */
  biensPossedes?: { possessifs: string[]; biens: string[]; categorie: string };
  /**
   * A study is bought whatever it studies: opening the line, these words make it a study and the goods studied
   * (`sujets`) weigh as hints. A study whose only subject is of a category in `sujetsQuiDecident` (a network the call
   * excludes) is part of that thing: the subject decides and the study's words weigh as hints.
   */
  etudesEnTete?: { categorie: string; termes: string[]; sujets: string[]; sujetsQuiDecident?: string[] };
  /**
   * Words that, opening the line, name what is paid whatever it is for: a staff cost ("Heures supp. agents -
   * reprise des données…"), a training ("Stage « smartphone au quotidien »"). The line is of that category with
   * that weight, and the strong words of other categories after it weigh as hints.
   */
  tetesDeLigne?: {
    categorie: string;
    force: 'decisifs' | 'forts';
    termes: string[];
    /** Read also where a title, an aside or a dash opens a part of the line ("Portail famille : heures supp. agents"). */
    ouvreUnePartie?: boolean;
  }[];
  /** Words that, opening the line, name a rental whatever is rented ("Location 10 PC portables"): an operating expense. */
  locationsEnTete?: { categorie: string; termes: string[]; sujets: string[] };
  /** Words with two senses, each read in one sense for the whole line, chosen by its neighbours. */
  sens?: WordSense[];
  /**
   * Convention between a provider's creation and a licence bought: products named without either
   * ("Portail famille", "Application mobile") are `etude-developpement`; with a licence bought
   * (a strong word of `logiciel`), they are `logiciel`.
   */
  produitsNumeriques?: string[];
  /** Words by which a label says its thing is compulsory: with an obligation that binds, the line only complies. */
  ditObligatoire?: string[];
  /** Words saying a line goes beyond an obligation's floor ("au-delà de la simple réception"). */
  vaAuDela?: string[];
  /** Words naming more than an obligation's floor ("instruction": processing, not receiving): with a firm eligible reading, the line is that. */
  depasseLePlancher?: string[];
  /** Acts of setting a thing up ("intégration", "paramétrage"): followed by an obligation that binds, the line sets it up. */
  miseEnPlace?: string[];
  /**
   * How a label may give its commune's population ("commune de 4 600 hab."), read only when the
   * dossier gives none: the place words before the number, the inhabitant words after it.
   */
  populationEcrite?: { lieux: string[]; habitants: string[] };
  /**
   * The mixed-line rule's words: what separates the items of a list, the articles before a thing, and
   * the separators that end what "pour" introduces ("Tablettes pour l'EPN + maintenance": two items).
   */
  lignesMixtes?: {
    separateurs: string[];
    articles: string[];
    finDuBut?: string[];
    actes?: string[];
    /** Written right after a head word the lexicon does not know, these name the item ("Piézomètres connectés"). */
    qualifiants?: string[];
    /** Fitting named alone in a part ("+ pose", "+ mise en service"): it goes with the thing it fits, no item. */
    poses?: string[];
  };
  /**
   * Words that make a period in the line the life of the thing bought, not a
   * price for a period ("garantie 5 ans", "durée de vie 7 ans").
   */
  dureesDuBien?: string[];
  /** Services that end (a study, a training): their length ("sur 6 mois") is not a price for a period. */
  prestationsPonctuelles?: string[];
  /**
   * Things a line counts ("8 séances", "10 000 SMS") that say what is bought, which a number splits from
   * the lexicon's phrases: `siIndice` only strengthens a category the line's words already hint at
   * ("Ateliers… - 8 séances" is training; "10 séances du conseil" is not).
   */
  unitesComptees?: { categorie: string; unites: string[]; siIndice?: boolean }[];
  /** The legal digital obligations a line may only meet (the call excludes those), each with when it binds. */
  obligations: LegalObligation[];
}

/**
 * One reading of a word with two senses: when the line also says one of `si` (and none of `sauf`),
 * `terme` means `categorie` with `force` (null: no category, the word only names a place or a part).
 */
export interface WordSense {
  terme: string;
  si: string[];
  sauf?: string[];
  categorie: string | null;
  force?: 'decisifs' | 'forts' | 'indices';
}

/**
 * A legal obligation, read from the domain notes. A line that only meets it
 * is excluded when it binds the applicant; when the dossier cannot tell, a
 * person must look.
 */
export interface LegalObligation {
  obligation: Libelle;
  /** The text that sets it (CRPA L312-1-1…). */
  source: string;
  /** Phrases that name it; each must also be a word of the obligation-legale category. */
  termes: string[];
  /** It binds communes only from this population on. */
  seuilHabitants?: number;
  /** What every commune owes even below the threshold: there, a person must see whether the line goes beyond it. */
  sousLeSeuil?: Libelle;
  /** A condition of the law the dossier does not give (50 agents, 5 000 € of receipts): never excluded on the words alone. */
  conditionInconnue?: Libelle;
  /**
   * The condition is so low that an officer presumes it met (from this population on, or always): the line is
   * excluded as the obligation, and the reason says the presumption and how the applicant may object.
   */
  conditionPresumee?: { depuisHabitants?: number; objection: Libelle };
  /** The condition is a count of agents, read when the label gives it ("ville de 12 000 hab. (210 agents)"). */
  seuilAgents?: number;
  /** The domain notes mark it unconfirmed: never excluded on it alone. */
  aConfirmer?: boolean;
}

/**
 * An analysis criterion of the call: how selected projects are ranked. It is
 * documented when one of its fields holds a real answer; a missing one is
 * advice, never a problem.
 */
export interface AnalysisCriterion {
  id: string;
  libelle: Libelle;
  /** Dotted paths of the dossier that document it (analyse.innovation, projet.communes_associees…). */
  champs: string[];
}

/**
 * One edition of the call, as data: a new edition is a new value of this
 * type, not new code. Money is in integer cents.
 */
export interface Reglement {
  id: string;
  titre: string;
  organisme: string;
  /** Where the published text this edition was read from is found (a site, a document). */
  source: string;
  territoire: {
    /** INSEE département codes whose communes are in the territory. */
    departements: string[];
    nom: Libelle;
    /** A commune of the territory, given as the example of a code and a name in messages (none: no example). */
    exemple?: { codeInsee: string; nom: string };
  };
  typesPorteur: ApplicantType[];
  /** The values `depenses[].beneficiaires` may take. */
  beneficiaires: Beneficiary[];
  axes: Axis[];
  categories: ExpenseCategory[];
  lexique: Lexique;
  /** Values `nature` may take, and those that exclude a line whatever its category. */
  natures: string[];
  naturesExclues: string[];
  aide: {
    tauxPourcent: number;
    plafondCentimes: number;
  };
  /**
   * How the financing plan is read: the gap between resources and cost an
   * officer lets pass (cents), and the least share of self-financing the law
   * asks of the applicant, with the clause quoting it (none: not checked).
   */
  planFinancement?: {
    toleranceCentimes: number;
    /** Asked of the applicant types marked `collectivite` (CGCT L1111-10 III binds local authorities and their groupings). */
    autofinancementMinimum?: { pourcent: number; clause: string };
  };
  /**
   * The VAT rates, in percent, a dossier may give to derive an HT amount from
   * a TTC one (France: 20, 10, 5.5, 2.1, 0). Any other rate is a typing
   * mistake (0.2 for 20 %, 55 for 5.5 %) and is never used to compute money.
   */
  tauxTvaPourcent: number[];
  /** The standard rate, one of the above: a TTC price from an HT one when a line gives no rate (20 in mainland France). */
  tauxTvaNormalPourcent: number;
  dateLimite: {
    /** Last day on which a dossier may be filed, inclusive (YYYY-MM-DD). */
    dernierJour: string;
    fuseau: string;
  };
  /** How eligible projects are ranked, and the clause that says so. */
  criteres: { clause: string; liste: AnalysisCriterion[] };
  clauses: Record<string, Clause>;
  /** For each rule the tool applies, the clause it enforces (none for the file format itself). */
  regles: Record<string, { clause?: string }>;
}
