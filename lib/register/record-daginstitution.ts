import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { isInstitutionNumber } from "@/lib/format/numbers";
import { HISTORY_SELECT, recordHistory } from "./record-history";
import {
  DAGINSTITUTION_SUMMARY_SELECT,
  UNIT_SUMMARY_SELECT,
  byName,
  daginstitutionSummary,
  getLabelMaps,
  getLatestSnapshotRef,
  unitSummary,
} from "./record-lookups";
import type { DaginstitutionRecord } from "./record-types";
import { recordQualityFindings } from "./quality";

/** One daginstitution with its labels, its anvisningsenheder (Danish name order) and counts; null when unknown. */
export const getDaginstitution = perSnapshot("getDaginstitution", async (nummer: string): Promise<DaginstitutionRecord | null> => {
  if (!isInstitutionNumber(nummer)) return null;
  const prisma = await serverPrisma();
  const row = await prisma.daginstitution.findUnique({
    where: { nummer },
    select: { ...DAGINSTITUTION_SUMMARY_SELECT, ...HISTORY_SELECT },
  });
  if (!row) return null;
  const [maps, latest, units] = await Promise.all([
    getLabelMaps(),
    getLatestSnapshotRef(),
    prisma.anvisningsenhed.findMany({ where: { daginstitutionsNummer: nummer }, select: UNIT_SUMMARY_SELECT }),
  ]);
  const [alternativeAdresser, fund] = await Promise.all([
    units.length === 0
      ? Promise.resolve(0)
      : prisma.alternativAdresse.count({ where: { anvisningsenhedsNummer: { in: units.map((unit) => unit.nummer) } } }),
    recordQualityFindings("DAGINSTITUTION", nummer),
  ]);
  const enheder = units.map((unit) => unitSummary(maps, unit)).sort(byName);
  const aktiveEnheder = enheder.filter((unit) => unit.status === "AKTIV").length;
  return {
    ...daginstitutionSummary(maps, row),
    ...recordHistory(row, latest?.snapshotDato ?? null),
    enheder,
    antal: { enheder: enheder.length, aktiveEnheder, nedlagteEnheder: enheder.length - aktiveEnheder, alternativeAdresser },
    fund,
  };
});
