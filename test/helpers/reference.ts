import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { readCodeLists } from "../../lib/db/reference-data";
import type { ReferenceData } from "../../lib/import/validate";

/** The reference data as the database holds it after set-up, read from prisma/reference without a database. */
export function referenceFromFiles(): ReferenceData {
  const codes = readCodeLists();
  const kommuner = parse(fs.readFileSync("prisma/reference/kommuner.csv", "utf8"), { delimiter: ";", columns: true }) as Record<string, string>[];
  const toMap = (rows: { kode: number; navn: string }[]) => new Map(rows.map((r) => [r.kode, r.navn]));
  return {
    ejerform: toMap(codes.ejerform),
    lovgrundlag: toMap(codes.lovgrundlag),
    institutionstype: toMap(codes.institutionstype),
    kommune: new Map(kommuner.map((k) => [Number(k.kommunekode), k.navn])),
  };
}
