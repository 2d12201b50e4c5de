import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { PrismaClient } from "../generated/prisma/client";

const REFERENCE_DIR = path.resolve("prisma/reference");

type Code = { kode: number; navn: string; beskrivelse: string | null; udledt: boolean };
type CodeLists = {
  ejerform: (Code & { lovhenvisning: string | null })[];
  lovgrundlag: (Code & { lovhenvisning: string })[];
  institutionstype: Code[];
};

function readCsv(name: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(REFERENCE_DIR, name), "utf8"), { delimiter: ";", columns: true, skip_empty_lines: true });
}

export function readCodeLists(): CodeLists {
  return JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, "kodelister.json"), "utf8")) as CodeLists;
}

/**
 * Writes regions, kommuner, postcodes and code lists from prisma/reference into the database, replacing what was
 * there: the files are the source of truth, so a corrected label lands with the next `npm run db:migrate`.
 */
export async function loadReferenceData(prisma: PrismaClient): Promise<void> {
  const kommuner = readCsv("kommuner.csv");
  const postnumre = readCsv("postnumre.csv");
  const kommunerByPostnummer = new Map<string, number[]>();
  for (const row of readCsv("postnumre_kommuner.csv")) {
    kommunerByPostnummer.set(row.postnummer, [...(kommunerByPostnummer.get(row.postnummer) ?? []), Number(row.kommunekode)]);
  }
  const codes = readCodeLists();
  const regions = new Map(kommuner.map((k) => [Number(k.regionskode), k.regionsnavn]));
  await prisma.$transaction([
    prisma.kommune.deleteMany(),
    prisma.region.deleteMany(),
    prisma.postnummer.deleteMany(),
    prisma.ejerform.deleteMany(),
    prisma.lovgrundlag.deleteMany(),
    prisma.institutionstype.deleteMany(),
    prisma.region.createMany({ data: [...regions].map(([kode, navn]) => ({ kode, navn })) }),
    prisma.kommune.createMany({ data: kommuner.map((k) => ({ kode: Number(k.kommunekode), navn: k.navn, regionKode: Number(k.regionskode) })) }),
    prisma.postnummer.createMany({ data: postnumre.map((p) => ({ nummer: p.postnummer, bynavn: p.bynavn, kommuneKoder: kommunerByPostnummer.get(p.postnummer) ?? [] })) }),
    prisma.ejerform.createMany({ data: codes.ejerform }),
    prisma.lovgrundlag.createMany({ data: codes.lovgrundlag }),
    prisma.institutionstype.createMany({ data: codes.institutionstype }),
  ]);
}
