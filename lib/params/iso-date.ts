import { z } from "zod";

/**
 * A calendar date as YYYY-MM-DD (a real day), read as midnight UTC like the snapshot dates in the database.
 * Year 0000 passes the ISO check but is no year to PostgreSQL (1 BC is 0001 BC there), so it is refused here.
 */
export const isoDate = z.iso
  .date({ error: "skal være en dato som 2026-11-20" })
  .refine((text) => !text.startsWith("0000-"), "skal være en dato som 2026-11-20")
  .transform((text) => new Date(`${text}T00:00:00Z`));

export { formatIsoDate } from "./iso-date-format";
