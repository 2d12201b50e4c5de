import { danishDay, EXPORT_EXTENSIONS, type ExportColumn, type ExportFormat } from "../export/table-export";
import { levelParam, qualityFilters, type QualityListState } from "../params/quality";
import type { QualityFinding } from "./finding-types";
import { findRule } from "./rules";

/** A finding as it leaves the portal in /kvalitet/eksport: codes as in the URL, identifiers as text. */
export type QualityExportRow = {
  alvorlighed: string;
  regel: string;
  regelTitel: string;
  niveau: string | null;
  nummer: string | null;
  navn: string | null;
  kommuneKode: number | null;
  kommuneNavn: string | null;
  besked: string;
  vaerdi: string | null;
};

export function qualityExportRow(finding: QualityFinding): QualityExportRow {
  return {
    alvorlighed: finding.alvorlighed.toLowerCase(),
    regel: finding.regel,
    regelTitel: findRule(finding.regel)?.titel ?? finding.regel,
    niveau: finding.niveau && levelParam(finding.niveau),
    nummer: finding.nummer,
    navn: finding.navn,
    kommuneKode: finding.kommuneKode,
    kommuneNavn: finding.kommuneNavn,
    besked: finding.besked,
    vaerdi: finding.vaerdi,
  };
}

export const QUALITY_EXPORT_COLUMNS: readonly ExportColumn<QualityExportRow>[] = [
  { key: "alvorlighed", header: "Alvorlighed" },
  { key: "regel", header: "Regel" },
  { key: "regelTitel", header: "Regeltitel" },
  { key: "niveau", header: "Niveau" },
  { key: "nummer", header: "Institutionsnummer" },
  { key: "navn", header: "Navn" },
  { key: "kommuneKode", header: "Kommunekode" },
  { key: "kommuneNavn", header: "Kommune" },
  { key: "besked", header: "Besked" },
  { key: "vaerdi", header: "Værdi" },
];

export type QualityExportMeta = { antal: number; snapshotDato: string | null; filtre: Omit<QualityListState, "side"> };

export function qualityExportMeta(state: QualityListState, antal: number, snapshotDato: Date | null): QualityExportMeta {
  const { side: _side, ...filtre } = state;
  return { antal, snapshotDato: snapshotDato && snapshotDato.toISOString().slice(0, 10), filtre };
}

/** `kvalitetsfund-kommune-101-regel-KRYDS_TYPE-2026-11-24-excel.csv`: the filters in URL order, then today in Denmark. */
export function qualityExportFileName(state: QualityListState, format: ExportFormat, today: Date = new Date()): string {
  const filters = qualityFilters(state);
  const parts = [
    filters.kommune !== null ? `kommune-${filters.kommune}` : null,
    state.niveau ? `niveau-${state.niveau}` : null,
    filters.regel ? `regel-${filters.regel}` : null,
    state.alvorlighed ? `alvorlighed-${state.alvorlighed}` : null,
  ].filter(Boolean);
  return `kvalitetsfund-${parts.length ? parts.join("-") : "alle"}-${danishDay(today)}${EXPORT_EXTENSIONS[format]}`;
}

export async function* qualityExportRows(findings: AsyncIterable<QualityFinding>): AsyncGenerator<QualityExportRow> {
  for await (const finding of findings) yield qualityExportRow(finding);
}
