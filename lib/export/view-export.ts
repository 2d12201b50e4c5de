import { DEFAULT_LIST_STATE, FILTERS, type Filter, type RegisterListState, type SortColumn } from "@/lib/params/register-list";
import type { UnitExportRow } from "@/lib/register/unit-stream";
import { danishDay, EXPORT_EXTENSIONS, tableExport, type ExportFormat } from "./table-export";

export { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, isExportFormat, type ExportFormat } from "./table-export";

/** The whole rows of a list view (anvisningsenheder with their daginstitution) as a download. */
/** A row as it leaves the portal: identifiers stay text, DATE columns `yyyy-mm-dd`, senestOpdateret ISO 8601 (UTC). */
export type ExportRow = Omit<UnitExportRow, "senestOpdateret" | "foersteSetDato" | "lukketDato"> & {
  senestOpdateret: string | null;
  foersteSetDato: string;
  lukketDato: string | null;
};

export function exportRow(row: UnitExportRow): ExportRow {
  return {
    ...row,
    senestOpdateret: row.senestOpdateret && row.senestOpdateret.toISOString().replace(/\.000Z$/, "Z"),
    foersteSetDato: isoDay(row.foersteSetDato),
    lukketDato: row.lukketDato && isoDay(row.lukketDato),
  };
}

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** The CSV columns, in the order of the row, with Danish headers. */
export const EXPORT_COLUMNS: readonly { key: keyof ExportRow; header: string }[] = [
  { key: "nummer", header: "Institutionsnummer" },
  { key: "navn", header: "Navn" },
  { key: "status", header: "Status" },
  { key: "aktivitetsstatus", header: "Aktivitetsstatus" },
  { key: "daginstitutionsNummer", header: "Daginstitutionsnummer" },
  { key: "daginstitutionNavn", header: "Daginstitution" },
  { key: "instType3", header: "Institutionstypekode" },
  { key: "instType3Navn", header: "Institutionstype" },
  { key: "ejerformKode", header: "Ejerformkode" },
  { key: "ejerformNavn", header: "Ejerform" },
  { key: "lovgrundlagKode", header: "Lovgrundlagkode" },
  { key: "lovgrundlagNavn", header: "Lovgrundlag" },
  { key: "lovhenvisning", header: "Lovhenvisning" },
  { key: "kommuneKode", header: "Kommunekode" },
  { key: "kommuneNavn", header: "Kommune" },
  { key: "vejNavn", header: "Vejnavn" },
  { key: "husNummer", header: "Husnummer" },
  { key: "etage", header: "Etage" },
  { key: "doer", header: "Dør" },
  { key: "supplerendeBynavn", header: "Supplerende bynavn" },
  { key: "postNummer", header: "Postnummer" },
  { key: "byNavn", header: "By" },
  { key: "adresseKommuneKode", header: "Adressens kommunekode" },
  { key: "vejKode", header: "Vejkode" },
  { key: "adresse", header: "Adresse" },
  { key: "dawaId", header: "DAWA-id" },
  { key: "geoBredde", header: "Breddegrad" },
  { key: "geoLaengde", header: "Længdegrad" },
  { key: "email", header: "E-mail" },
  { key: "telefonNummer", header: "Telefonnummer" },
  { key: "cvrNummer", header: "CVR-nummer" },
  { key: "pNummer", header: "P-nummer" },
  { key: "senestOpdateret", header: "Senest opdateret" },
  { key: "foersteSetDato", header: "Først set" },
  { key: "lukketDato", header: "Lukket" },
];

export type ExportMeta = {
  antal: number;
  snapshotDato: string | null;
  filtre: Record<Filter, number | null> & { status: RegisterListState["status"]; changedSince: string | null };
  sortering: { sorter: SortColumn; retning: RegisterListState["retning"] };
};

export function exportMeta(state: RegisterListState, antal: number, snapshotDato: Date | null): ExportMeta {
  const filtre = Object.fromEntries(FILTERS.map((filter) => [filter, state[filter]])) as Record<Filter, number | null>;
  return {
    antal,
    snapshotDato: snapshotDato && isoDay(snapshotDato),
    filtre: { ...filtre, status: state.status, changedSince: state.changedSince && isoDay(state.changedSince) },
    sortering: { sorter: state.sorter, retning: state.retning },
  };
}

/** The whole view in one of the export formats; the JSON document carries `meta` before the rows. */
export function viewExport(format: ExportFormat, rows: AsyncIterable<UnitExportRow>, meta: ExportMeta): ReadableStream<Uint8Array> {
  return tableExport(format, mapRows(rows, exportRow), EXPORT_COLUMNS, meta);
}

/**
 * `dagtilbud-kommune-101-type-6012-2026-11-23.csv`: the filters in URL order (region, kommune, type, ejerform,
 * lovgrundlag), the status when it is not the default, else `alle`; then today's date in Denmark.
 */
export function exportFileName(state: RegisterListState, format: ExportFormat, today: Date = new Date()): string {
  const parts: string[] = FILTERS.flatMap((filter) => (state[filter] === null ? [] : [`${filter}-${state[filter]}`]));
  if (state.status !== DEFAULT_LIST_STATE.status) parts.push(`status-${state.status}`);
  if (state.changedSince) parts.push(`aendret-siden-${isoDay(state.changedSince)}`);
  return `dagtilbud-${parts.length ? parts.join("-") : "alle"}-${danishDay(today)}${EXPORT_EXTENSIONS[format]}`;
}

async function* mapRows<T>(rows: AsyncIterable<UnitExportRow>, map: (row: UnitExportRow) => T): AsyncGenerator<T> {
  for await (const row of rows) yield map(row);
}


