import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import type { CodeLabel, DaginstitutionSummary, KommuneRef, RecordStatus, UnitSummary } from "./record-types";

type CodeRow = { kode: number; navn: string; lovhenvisning: string | null; udledt: boolean };

export type LabelMaps = {
  ejerform: Map<number, CodeRow>;
  lovgrundlag: Map<number, CodeRow>;
  institutionstype: Map<number, CodeRow>;
  kommuner: Map<number, string>;
};

/** Code lists and kommune names, read once per request. */
export const getLabelMaps = perSnapshot("getLabelMaps", async (): Promise<LabelMaps> => {
  const prisma = await serverPrisma();
  const [ejerform, lovgrundlag, institutionstype, kommuner] = await Promise.all([
    prisma.ejerform.findMany({ select: { kode: true, navn: true, lovhenvisning: true, udledt: true } }),
    prisma.lovgrundlag.findMany({ select: { kode: true, navn: true, lovhenvisning: true, udledt: true } }),
    prisma.institutionstype.findMany({ select: { kode: true, navn: true, udledt: true } }),
    prisma.kommune.findMany({ select: { kode: true, navn: true } }),
  ]);
  return {
    ejerform: new Map(ejerform.map((row) => [row.kode, row])),
    lovgrundlag: new Map(lovgrundlag.map((row) => [row.kode, row])),
    institutionstype: new Map(institutionstype.map((row) => [row.kode, { ...row, lovhenvisning: null }])),
    kommuner: new Map(kommuner.map((row) => [row.kode, row.navn])),
  };
});

/** The most recent snapshot's id and date, or null before the first import. */
export const getLatestSnapshotRef = perSnapshot("getLatestSnapshotRef", async (): Promise<{ id: number; snapshotDato: Date } | null> => {
  const prisma = await serverPrisma();
  return prisma.snapshot.findFirst({ orderBy: { id: "desc" }, select: { id: true, snapshotDato: true } });
});

export function codeLabel(list: Map<number, CodeRow>, kode: number | null): CodeLabel | null {
  if (kode === null) return null;
  const row = list.get(kode);
  return row ? { kode, navn: row.navn, lovhenvisning: row.lovhenvisning, udledt: row.udledt } : { kode, navn: null, lovhenvisning: null, udledt: false };
}

export function kommuneRef(maps: LabelMaps, kode: number | null): KommuneRef | null {
  return kode === null ? null : { kode, navn: maps.kommuner.get(kode) ?? null };
}

const collator = new Intl.Collator("da");

/** Danish name order (æ, ø, å after z), then number. */
export function byName<T extends { navn: string | null; nummer: string }>(a: T, b: T): number {
  return collator.compare(a.navn ?? "", b.navn ?? "") || a.nummer.localeCompare(b.nummer);
}

export const UNIT_SUMMARY_SELECT = { nummer: true, navn: true, instType3: true, status: true, adresse: true } as const;

export function unitSummary(
  maps: LabelMaps,
  row: { nummer: string; navn: string; instType3: number | null; status: RecordStatus; adresse: string },
): UnitSummary {
  return { nummer: row.nummer, navn: row.navn, type: codeLabel(maps.institutionstype, row.instType3), status: row.status, adresse: row.adresse };
}

export const DAGINSTITUTION_SUMMARY_SELECT = {
  nummer: true,
  navn: true,
  status: true,
  ejerformKode: true,
  lovgrundlagKode: true,
  admKommuneKode: true,
} as const;

export function daginstitutionSummary(
  maps: LabelMaps,
  row: { nummer: string; navn: string; status: RecordStatus; ejerformKode: number | null; lovgrundlagKode: number | null; admKommuneKode: number | null },
): DaginstitutionSummary {
  return {
    nummer: row.nummer,
    navn: row.navn,
    status: row.status,
    ejerform: codeLabel(maps.ejerform, row.ejerformKode),
    lovgrundlag: codeLabel(maps.lovgrundlag, row.lovgrundlagKode),
    admKommune: kommuneRef(maps, row.admKommuneKode),
  };
}
