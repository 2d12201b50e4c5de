import { KIND_LABELS, LEVEL_LABELS } from "@/lib/format/change-labels";
import { formatIsoDate } from "@/lib/params/iso-date";
import type { ChangeListState } from "@/lib/params/changes";
import type { ChangeView } from "@/lib/register/changes";
import { danishDay, EXPORT_EXTENSIONS, type ExportColumn, type ExportFormat } from "./table-export";

/** One change as it leaves the portal: codes as the register has them, and the Danish text beside them. */
export type ChangeExportRow = {
  indlaestDato: string;
  niveau: string;
  nummer: string;
  navn: string;
  kommuneKode: number | null;
  kommuneNavn: string | null;
  art: string;
  felt: string | null;
  foer: string | null;
  efter: string | null;
};

export const CHANGE_EXPORT_COLUMNS: readonly ExportColumn<ChangeExportRow>[] = [
  { key: "indlaestDato", header: "Indlæst" },
  { key: "niveau", header: "Niveau" },
  { key: "nummer", header: "Institutionsnummer" },
  { key: "navn", header: "Navn" },
  { key: "kommuneKode", header: "Kommunekode" },
  { key: "kommuneNavn", header: "Kommune" },
  { key: "art", header: "Ændring" },
  { key: "felt", header: "Felt" },
  { key: "foer", header: "Før" },
  { key: "efter", header: "Efter" },
];

export function changeExportRow(change: ChangeView): ChangeExportRow {
  return {
    indlaestDato: formatIsoDate(change.snapshotDato),
    niveau: LEVEL_LABELS[change.niveau],
    nummer: change.nummer,
    navn: change.navn,
    kommuneKode: change.kommune?.kode ?? null,
    kommuneNavn: change.kommune?.navn ?? null,
    art: KIND_LABELS[change.art],
    felt: change.feltNavn,
    foer: change.foer.tekst,
    efter: change.efter.tekst,
  };
}

export function changeExportMeta(state: Omit<ChangeListState, "side">, antal: number) {
  return {
    antal,
    filtre: {
      kommune: state.kommune,
      niveau: state.niveau,
      art: state.art,
      fra: state.fra && formatIsoDate(state.fra),
      til: state.til && formatIsoDate(state.til),
    },
  };
}

/** `aendringer-kommune-101-art-flyttet-2026-11-24.csv` */
export function changeExportFileName(state: Omit<ChangeListState, "side">, format: ExportFormat, today: Date = new Date()): string {
  const parts = [
    state.kommune !== null ? `kommune-${state.kommune}` : null,
    state.niveau && `niveau-${state.niveau}`,
    state.art && `art-${state.art}`,
    state.fra && `fra-${formatIsoDate(state.fra)}`,
    state.til && `til-${formatIsoDate(state.til)}`,
  ].filter(Boolean);
  return `aendringer-${parts.length ? parts.join("-") : "alle"}-${danishDay(today)}${EXPORT_EXTENSIONS[format]}`;
}
