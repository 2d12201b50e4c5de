import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";

export const CODE_LIST_NAMES = ["ejerform", "lovgrundlag", "institutionstype"] as const;
export type CodeListName = (typeof CODE_LIST_NAMES)[number];

export function isCodeListName(value: string): value is CodeListName {
  return (CODE_LIST_NAMES as readonly string[]).includes(value);
}

export type CodeListEntry = {
  kode: number;
  /** The portal's label, or "Ukendt kode" for a code seen in the data but missing from the list. */
  navn: string;
  beskrivelse: string | null;
  lovhenvisning: string | null;
  /** The label is the portal's inference, not read from an official list. */
  udledt: boolean;
  /** Seen in the register's data but not in the portal's code list. */
  ukendt: boolean;
  /** Active records using the code: daginstitutioner for ejerform and lovgrundlag, anvisningsenheder for institutionstype. */
  antal: number;
};

export type CodeList = {
  name: CodeListName;
  entries: CodeListEntry[];
  /** Active records without this code. */
  udenKode: number;
};

export type CodeLists = Record<CodeListName, CodeList>;

export const UNKNOWN_CODE_LABEL = "Ukendt kode";

type Row = { kode: number; navn: string; beskrivelse: string | null; lovhenvisning?: string | null; udledt: boolean };
type Usage = { kode: number | null; status: "AKTIV" | "NEDLAGT"; antal: number };

/** Merges a code list with the codes the data uses (any status), counting active records per code. */
function buildList(name: CodeListName, rows: Row[], usage: Usage[]): CodeList {
  const active = new Map<number | null, number>();
  const seen = new Set<number>();
  for (const { kode, status, antal } of usage) {
    if (kode !== null) seen.add(kode);
    if (status === "AKTIV") active.set(kode, (active.get(kode) ?? 0) + antal);
  }
  const known = new Set(rows.map((row) => row.kode));
  const entries: CodeListEntry[] = rows.map((row) => ({
    kode: row.kode,
    navn: row.navn,
    beskrivelse: row.beskrivelse,
    lovhenvisning: row.lovhenvisning ?? null,
    udledt: row.udledt,
    ukendt: false,
    antal: active.get(row.kode) ?? 0,
  }));
  for (const kode of seen) {
    if (known.has(kode)) continue;
    entries.push({ kode, navn: UNKNOWN_CODE_LABEL, beskrivelse: null, lovhenvisning: null, udledt: false, ukendt: true, antal: active.get(kode) ?? 0 });
  }
  entries.sort((a, b) => a.kode - b.kode);
  return { name, entries, udenKode: active.get(null) ?? 0 };
}

/** The three code lists with the number of active records using each code, plus codes the list lacks. */
export const getCodeLists = perSnapshot("getCodeLists", async (): Promise<CodeLists> => {
  const prisma = await serverPrisma();
  const [ejerform, lovgrundlag, institutionstype, byEjerform, byLovgrundlag, byType] = await Promise.all([
    prisma.ejerform.findMany({ orderBy: { kode: "asc" } }),
    prisma.lovgrundlag.findMany({ orderBy: { kode: "asc" } }),
    prisma.institutionstype.findMany({ orderBy: { kode: "asc" } }),
    prisma.daginstitution.groupBy({ by: ["ejerformKode", "status"], _count: { _all: true } }),
    prisma.daginstitution.groupBy({ by: ["lovgrundlagKode", "status"], _count: { _all: true } }),
    prisma.anvisningsenhed.groupBy({ by: ["instType3", "status"], _count: { _all: true } }),
  ]);
  return {
    ejerform: buildList("ejerform", ejerform, byEjerform.map((g) => ({ kode: g.ejerformKode, status: g.status, antal: g._count._all }))),
    lovgrundlag: buildList("lovgrundlag", lovgrundlag, byLovgrundlag.map((g) => ({ kode: g.lovgrundlagKode, status: g.status, antal: g._count._all }))),
    institutionstype: buildList("institutionstype", institutionstype, byType.map((g) => ({ kode: g.instType3, status: g.status, antal: g._count._all }))),
  };
});
