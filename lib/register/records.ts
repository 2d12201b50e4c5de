/** The record verbs: one daginstitution, anvisningsenhed or alternative address by its institution number. */
import "server-only";
export { getDaginstitution } from "./record-daginstitution";
export { getAnvisningsenhed } from "./record-anvisningsenhed";
export { getAlternativAdresse } from "./record-alternativ-adresse";
export type * from "./record-types";
