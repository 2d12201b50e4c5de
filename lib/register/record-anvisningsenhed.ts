import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { isInstitutionNumber } from "@/lib/format/numbers";
import { ADDRESS_SELECT, HISTORY_SELECT, address, recordHistory } from "./record-history";
import {
  DAGINSTITUTION_SUMMARY_SELECT,
  UNIT_SUMMARY_SELECT,
  byName,
  codeLabel,
  daginstitutionSummary,
  getLabelMaps,
  getLatestSnapshotRef,
  kommuneRef,
  unitSummary,
} from "./record-lookups";
import type { AnvisningsenhedRecord } from "./record-types";
import { recordQualityFindings } from "./quality";

/**
 * One anvisningsenhed with its daginstitution, the other units of that daginstitution, its alternative addresses,
 * the other units sharing its p-nummer and the latest import's findings for it; null when unknown.
 */
export const getAnvisningsenhed = perSnapshot("getAnvisningsenhed", async (nummer: string): Promise<AnvisningsenhedRecord | null> => {
  if (!isInstitutionNumber(nummer)) return null;
  const prisma = await serverPrisma();
  const row = await prisma.anvisningsenhed.findUnique({
    where: { nummer },
    select: {
      nummer: true,
      navn: true,
      daginstitutionsNummer: true,
      kommuneKode: true,
      instType3: true,
      email: true,
      telefonNummer: true,
      cvrNummer: true,
      pNummer: true,
      ...ADDRESS_SELECT,
      ...HISTORY_SELECT,
    },
  });
  if (!row) return null;
  const parentNummer = row.daginstitutionsNummer?.trim() || null;
  const pNummer = row.pNummer?.trim() || null;
  const [maps, latest, parent, siblings, alternatives, samePNummer] = await Promise.all([
    getLabelMaps(),
    getLatestSnapshotRef(),
    parentNummer ? prisma.daginstitution.findUnique({ where: { nummer: parentNummer }, select: DAGINSTITUTION_SUMMARY_SELECT }) : null,
    parentNummer
      ? prisma.anvisningsenhed.findMany({ where: { daginstitutionsNummer: parentNummer, nummer: { not: nummer } }, select: UNIT_SUMMARY_SELECT })
      : [],
    prisma.alternativAdresse.findMany({
      where: { anvisningsenhedsNummer: nummer },
      select: { nummer: true, navn: true, status: true, adresse: true },
    }),
    pNummer ? prisma.anvisningsenhed.findMany({ where: { pNummer, nummer: { not: nummer } }, select: UNIT_SUMMARY_SELECT }) : [],
  ]);
  const fund = await recordQualityFindings("ANVISNINGSENHED", nummer);
  return {
    nummer: row.nummer,
    navn: row.navn,
    type: codeLabel(maps.institutionstype, row.instType3),
    adresse: address(row),
    kommune: kommuneRef(maps, row.kommuneKode),
    email: row.email,
    telefonNummer: row.telefonNummer,
    cvrNummer: row.cvrNummer,
    pNummer: row.pNummer,
    ...recordHistory(row, latest?.snapshotDato ?? null),
    daginstitutionsNummer: parentNummer,
    daginstitution: parent ? daginstitutionSummary(maps, parent) : null,
    soeskende: siblings.map((unit) => unitSummary(maps, unit)).sort(byName),
    alternativeAdresser: alternatives.sort(byName),
    sammePNummer: samePNummer.map((unit) => unitSummary(maps, unit)).sort(byName),
    fund,
  };
});
