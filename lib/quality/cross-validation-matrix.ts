import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The cross-validation matrix (prisma/reference/krydsvalidering.json): for each lovgrundlag, the ejerformer
 * (null = any) and institution types it allows. The official table was not found; the file is the portal's
 * reading and says so in `kilde`. Read at every import, so a correction there lands with the next import.
 */

const codes = z.array(z.number().int());
const FILE_SCHEMA = z.object({
  udledt: z.boolean(),
  kilde: z.string(),
  lovgrundlag: z.record(z.string().regex(/^\d+$/), z.object({ ejerform: codes.nullable(), institutionstyper: codes })),
});

export type MatrixEntry = { lovgrundlag: number; ejerform: number[] | null; institutionstyper: number[] };
export type CrossValidationMatrix = { udledt: boolean; kilde: string; entries: MatrixEntry[] };

export function parseCrossValidationMatrix(json: unknown): CrossValidationMatrix {
  const file = FILE_SCHEMA.parse(json);
  const entries = Object.entries(file.lovgrundlag)
    .map(([kode, entry]) => ({ lovgrundlag: Number(kode), ejerform: entry.ejerform, institutionstyper: entry.institutionstyper }))
    .sort((a, b) => a.lovgrundlag - b.lovgrundlag);
  return { udledt: file.udledt, kilde: file.kilde, entries };
}

/** Reads prisma/reference/krydsvalidering.json (relative to the working folder, like the other reference data). */
export function readCrossValidationMatrix(): CrossValidationMatrix {
  return parseCrossValidationMatrix(JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "reference", "krydsvalidering.json"), "utf8")));
}
