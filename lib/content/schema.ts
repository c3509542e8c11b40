import { z } from "zod";
import type { UnitTranslations } from "@/lib/content/translation-schema";

// Content files are data written by people: every field is checked, and cross-references
// (event -> source, question -> event, ...) are checked in validate.ts.

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (letters, digits and single hyphens)");

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");

export const categories = ["clash", "diplomacy", "military", "statement", "investigation", "background"] as const;
export const categorySchema = z.enum(categories);
export type Category = z.infer<typeof categorySchema>;

const glossaryTermSchema = z.strictObject({
  term: z.string().min(1),
  definition: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

const correctionSchema = z.strictObject({
  /** What the source article says. */
  claim: z.string().min(1),
  /** What is established, in the unit's own words. */
  correction: z.string().min(1),
  sourceIds: z.array(slug).min(1),
});

export const unitSchema = z.strictObject({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  asOf: isoDay,
  article: z.strictObject({ title: z.string().min(1), date: isoDay, sourceId: slug }),
  /** "About this unit": paragraphs of plain text. */
  about: z.array(z.string().min(1)).min(1),
  corrections: z.array(correctionSchema).default([]),
  glossary: z.array(glossaryTermSchema).default([]),
});

export const actorSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  role: z.string().min(1),
  /** A named person: translations must keep the name wherever the English text uses it. */
  person: z.boolean().optional(),
});

const sourceKinds = ["article", "official", "press"] as const;
export const sourceSchema = z.strictObject({
  id: slug,
  /** The title as published (validate.ts refuses placeholder titles such as "Statements on ..."). */
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Date of publication; validate.ts refuses a source dated before an event it supports. */
  date: isoDay,
  /** Language of the source itself, e.g. "en", "sr", "sq". */
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be a language code such as \"en\" or \"sr\""),
  /** Where a student can open it: the publisher's page, an official text, or an archive copy. */
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).optional(),
  /** Why there is no URL (e.g. the document was never published online). A source needs a url or this. */
  offline: z.string().min(1).optional(),
  kind: z.enum(sourceKinds),
});

const claimSchema = z.strictObject({
  /** Actor id of who makes the claim. */
  by: slug,
  date: isoDay,
  text: z.string().min(1),
  sourceIds: z.array(slug).min(1),
});

export const eventSchema = z.strictObject({
  id: slug,
  /** YYYY-MM-DD, YYYY-MM or YYYY, matching `precision`. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  precision: z.enum(["day", "month", "year"]),
  /** Local time HH:MM, when known. */
  time: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  timeApproximate: z.boolean().default(false),
  title: z.string().min(1),
  summary: z.string().min(1),
  category: categorySchema,
  actors: z.array(slug).default([]),
  place: z.string().min(1).optional(),
  /** Ids of places.json entries: where the event happened, drawn on the unit's map. */
  places: z.array(slug).optional(),
  sourceIds: z.array(slug).min(1, "an event needs at least one source"),
  /** Contested statements, kept apart from the established summary. */
  claims: z.array(claimSchema).default([]),
  /** The sentence of the source article this event rests on, when it comes from the article. */
  articleQuote: z.string().min(1).optional(),
});

const option = z.strictObject({ id: slug, text: z.string().min(1) });

const questionBase = {
  id: slug,
  prompt: z.string().min(1),
  /** Written for a student who got it wrong. */
  explanation: z.string().min(1),
  eventIds: z.array(slug).min(1, "a question needs at least one event"),
  sourceIds: z.array(slug).default([]),
  fromFaq: z.boolean().default(false),
  /** What choosing a given wrong option suggests the learner believes (teacher's misconception report). */
  misconceptions: z.record(z.string(), z.string().min(1)).default({}),
  /** Set on questions generated from the timeline (lib/content/chronology.ts), never in questions.json. */
  origin: z.literal("timeline").optional(),
  /** Generated questions: how hard, from the distance between the dates involved. */
  difficulty: z.enum(["easy", "medium", "hard"]).optional(),
};

export const questionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...questionBase, type: z.literal("single"), options: z.array(option).min(2), answer: slug }),
  z.strictObject({
    ...questionBase,
    type: z.literal("multiple"),
    options: z.array(option).min(2),
    answers: z.array(slug).min(1),
  }),
  z.strictObject({ ...questionBase, type: z.literal("true-false"), answer: z.boolean() }),
  z.strictObject({
    ...questionBase,
    type: z.literal("order"),
    /** The items in their correct order; learners see them shuffled. */
    items: z.array(option).min(3, "an ordering question needs at least 3 items"),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal("short-answer"),
    /** Accepted answers; matching ignores case, spacing, punctuation and diacritics. */
    accepted: z.array(z.string().min(1)).min(1),
  }),
]);

/** Longitude/latitude box (degrees) that a unit's locator map shows. */
const mapExtentSchema = z
  .strictObject({
    west: z.number().min(-180).max(180),
    south: z.number().min(-85).max(85),
    east: z.number().min(-180).max(180),
    north: z.number().min(-85).max(85),
  })
  .refine((e) => e.west < e.east && e.south < e.north, "west must be less than east and south less than north");

const placeKinds = ["town", "site", "crossing", "capital"] as const;

const placeSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  /** Degrees east. */
  lon: z.number().min(-180).max(180),
  /** Degrees north. */
  lat: z.number().min(-85).max(85),
  kind: z.enum(placeKinds),
  /**
   * The place's official names in Kosovo's two official languages, when it has them: Albanian
   * ("sq") and Serbian in Latin script ("sr"). See placeLabel in lib/content/places.ts.
   */
  names: z
    .strictObject({ sq: z.string().trim().min(1).optional(), sr: z.string().trim().min(1).optional() })
    .refine((names) => names.sq !== undefined || names.sr !== undefined, "give at least one of sq or sr, or leave names out")
    .optional(),
  /** Which side of its point the label goes, so that close places do not cover each other. */
  label: z.enum(["right", "left", "above", "below"]).default("right"),
  /** A place beyond the map (a capital far away) is drawn as an arrow at the map's edge. */
  offMap: z.boolean().default(false),
});

/** places.json: the unit's map and the places its events happen in. Optional: no file, no map. */
export const placesFileSchema = z.strictObject({
  extent: mapExtentSchema,
  /** How the map names the boundary it draws, in neutral words. */
  boundaryLabel: z.string().min(1).optional(),
  places: z.array(placeSchema).min(1),
});

/** eras.json: named stretches of the story, drawn as bands on the time axis. Optional. */
export const eraSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  to: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
});

/** actor-groups.json: the actors' filter chips grouped by who they belong to. Optional. */
export const actorGroupSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  actors: z.array(slug).min(1),
});

export type UnitMeta = z.infer<typeof unitSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Question = z.infer<typeof questionSchema>;
export type MapExtent = z.infer<typeof mapExtentSchema>;
export type Place = z.infer<typeof placeSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
export type Era = z.infer<typeof eraSchema>;
export type ActorGroup = z.infer<typeof actorGroupSchema>;

/** A unit as loaded from content/<slug>/ and validated; events sorted by date and time. */
export interface Unit {
  meta: UnitMeta;
  actors: Actor[];
  sources: Source[];
  events: TimelineEvent[];
  questions: Question[];
  /** The unit's map and places, when it has a places.json. */
  map?: PlacesFile;
  eras: Era[];
  actorGroups: ActorGroup[];
  /** sha256 of the unit's files, used to skip unchanged units when loading into the database. */
  contentHash: string;
  /** The unit's translations/<locale>.json files that passed every check (lib/content/translations.ts). */
  translations?: UnitTranslations;
}
