import { z } from 'zod';
import { APPLICANT_ATTACHMENTS, type Reglement } from './types.js';

/**
 * The structure of an edition, for editions read from a file
 * (`--reglement`): the same as the built-in one (src/reglement/types.ts).
 * Unknown keys are refused, so that a misspelt key is not silently ignored.
 */
const libelle = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'identifiant');
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ');
const words = z.array(z.string().min(1));

const applicantType = z.strictObject({
  id,
  libelle,
  eligibilite: z.enum(['eligible', 'a-confirmer', 'non-eligible']),
  rattachement: z.enum(APPLICANT_ATTACHMENTS),
  collectivite: z.boolean().optional(),
  note: libelle.optional(),
  synonymes: words.optional(),
});

export const reglementSchema = z.strictObject({
  id,
  titre: z.string().min(1),
  organisme: z.string().min(1),
  source: z.string().min(1),
  territoire: z.strictObject({
    departements: z.array(z.string().regex(/^(\d{2}|2[AB]|97\d)$/, 'code de département')).min(1),
    nom: libelle,
    exemple: z.strictObject({ codeInsee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'code INSEE'), nom: z.string().min(1) }).optional(),
  }),
  typesPorteur: z.array(applicantType).min(1),
  beneficiaires: z
    .array(z.strictObject({ id, libelle, libelleCourt: libelle.optional(), destination: z.enum(['public', 'interne']) }))
    .min(1),
  axes: z.array(z.strictObject({ id, libelle })).min(1),
  categories: z.array(z.strictObject({ id, libelle, eligible: z.boolean(), clause: z.string().min(1) })).min(1),
  lexique: z.strictObject({
    abreviations: z.record(z.string(), z.string()),
    categories: z.record(z.string(), z.strictObject({ decisifs: words.optional(), forts: words, indices: words.optional() })),
    destinations: z.strictObject({
      interne: words,
      public: words,
      parNature: z.strictObject({ interne: words, public: words }).optional(),
      batiments: words.optional(),
      suiviDuTerritoire: z.strictObject({ sujets: words, appareils: words }).optional(),
      fonctionsADistance: words.optional(),
      menePar: words.optional(),
    }),
    neutres: words.optional(),
    accessoires: words,
    seuilUnitaireTtcCentimes: z.number().int().nonnegative(),
    quantites: z.strictObject({ unitesApres: words, unitesAvant: words, grandeurs: words, prixAvant: words, prixApres: words }).optional(),
    achatsExclus: words.optional(),
    motsDeBut: words.optional(),
    negations: z.strictObject({ avant: words, apres: words, sansEffet: words.optional() }).optional(),
    biensAchetes: words.optional(),
    servicesSurUnSujet: words.optional(),
    conditionsEcrites: words.optional(),
    biensPossedes: z.strictObject({ possessifs: words.min(1), biens: words, categorie: z.string().min(1) }).optional(),
    etudesEnTete: z
      .strictObject({ categorie: z.string().min(1), termes: words.min(1), sujets: words, sujetsQuiDecident: words.optional() })
      .optional(),
    tetesDeLigne: z
      .array(
        z.strictObject({
          categorie: z.string().min(1),
          force: z.enum(['decisifs', 'forts']),
          termes: words.min(1),
          ouvreUnePartie: z.boolean().optional(),
        }),
      )
      .optional(),
    locationsEnTete: z.strictObject({ categorie: z.string().min(1), termes: words.min(1), sujets: words }).optional(),
    sens: z
      .array(
        z.strictObject({
          terme: z.string().min(1),
          si: words.min(1),
          sauf: words.optional(),
          categorie: z.string().min(1).nullable(),
          force: z.enum(['decisifs', 'forts', 'indices']).optional(),
        }),
      )
      .optional(),
    produitsNumeriques: words.optional(),
    ditObligatoire: words.optional(),
    vaAuDela: words.optional(),
    depasseLePlancher: words.optional(),
    miseEnPlace: words.optional(),
    populationEcrite: z.strictObject({ lieux: words.min(1), habitants: words.min(1) }).optional(),
    lignesMixtes: z
      .strictObject({
        separateurs: words.min(1),
        articles: words,
        finDuBut: words.optional(),
        actes: words.optional(),
        qualifiants: words.optional(),
        poses: words.optional(),
      })
      .optional(),
    dureesDuBien: words.optional(),
    prestationsPonctuelles: words.optional(),
    unitesComptees: z
      .array(z.strictObject({ categorie: z.string().min(1), unites: words.min(1), siIndice: z.boolean().optional() }))
      .optional(),
    obligations: z.array(
      z.strictObject({
        obligation: libelle,
        source: z.string().min(1),
        termes: words.min(1),
        seuilHabitants: z.number().int().positive().optional(),
        sousLeSeuil: libelle.optional(),
        conditionInconnue: libelle.optional(),
        conditionPresumee: z.strictObject({ depuisHabitants: z.number().int().positive().optional(), objection: libelle }).optional(),
        seuilAgents: z.number().int().positive().optional(),
        aConfirmer: z.boolean().optional(),
      }),
    ),
  }),
  natures: words,
  naturesExclues: words,
  aide: z.strictObject({
    tauxPourcent: z.number().gt(0).max(100),
    plafondCentimes: z.number().int().positive(),
  }),
  planFinancement: z
    .strictObject({
      toleranceCentimes: z.number().int().min(0),
      autofinancementMinimum: z
        .strictObject({
          pourcent: z.number().gt(0).max(100),
          clause: z.string().min(1),
          typesPorteur: z.array(z.string().min(1)).optional(),
        })
        .optional(),
    })
    .optional(),
  tauxTvaPourcent: z.array(z.number().min(0).max(100)).min(1),
  tauxTvaNormalPourcent: z.number().min(0).max(100),
  dateLimite: z.strictObject({ dernierJour: calendarDay, fuseau: z.string().min(1) }),
  criteres: z.strictObject({
    clause: z.string().min(1),
    liste: z.array(z.strictObject({ id, libelle, champs: z.array(z.string().min(1)).min(1) })),
  }),
  clauses: z.record(
    z.string(),
    z.strictObject({ section: z.string().min(1), texte: z.string().min(1), source: z.string().min(1).optional() }),
  ),
  regles: z.record(z.string(), z.strictObject({ clause: z.string().min(1).optional() })),
});

// The schema and the type must describe the same thing: a change to one that the other misses does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof reglementSchema>, Reglement> = true;
void sameShape;

/**
 * An edition file as it may have been written before types said what they
 * are (`rattachement`) and beneficiaries were data (`beneficiaires`): still an
 * edition, not a dossier, even where the loader will say what it lacks.
 */
export const earlierEditionSchema = reglementSchema.extend({
  typesPorteur: z.array(applicantType.partial({ rattachement: true })).min(1),
  beneficiaires: reglementSchema.shape.beneficiaires.optional(),
});
