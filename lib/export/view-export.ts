import { Readable, pipeline } from "node:stream";
import { stringify, type Options as StringifyOptions } from "csv-stringify";
import { DEFAULT_LIST_STATE, FILTERS, type Filter, type RegisterListState, type SortColumn } from "@/lib/params/register-list";
import type { UnitExportRow } from "@/lib/register/unit-stream";

/**
 * The whole rows of a list view as a download: two CSV dialects, a JSON document and JSON Lines. Pure: rows in,
 * bytes out, streamed, so the size of the view never sits in memory.
 */
export const EXPORT_FORMATS = ["csv-excel", "csv", "json", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  "csv-excel": "text/csv; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
};

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

export type CsvDialect = "excel" | "rfc4180";

/**
 * Danish Excel: `;`, decimal comma, UTF-8 with BOM (so Excel reads æøå), CRLF. RFC 4180: `,`, decimal point, no BOM,
 * CRLF. Both quote a field only when it holds the separator, a quote or a line break (any of \r, \n).
 */
const DIALECTS: Record<CsvDialect, StringifyOptions> = {
  excel: { delimiter: ";", bom: true, record_delimiter: "\r\n", quote_record_delimiter: true, cast: { number: (n) => String(n).replace(".", ",") } },
  rfc4180: { delimiter: ",", bom: false, record_delimiter: "\r\n", quote_record_delimiter: true, cast: { number: (n) => String(n) } },
};

export function csvExport(rows: AsyncIterable<UnitExportRow>, dialect: CsvDialect): ReadableStream<Uint8Array> {
  const stringifier = stringify({ ...DIALECTS[dialect], header: true, columns: EXPORT_COLUMNS.map(({ key, header }) => ({ key, header })) });
  // A failing source destroys the stringifier with the error, which then ends the byte stream with it.
  pipeline(Readable.from(mapRows(rows, exportRow)), stringifier, () => {});
  return byteStream(stringifier);
}

export type ExportMeta = {
  antal: number;
  snapshotDato: string | null;
  filtre: Record<Filter, number | null> & { status: RegisterListState["status"] };
  sortering: { sorter: SortColumn; retning: RegisterListState["retning"] };
};

export function exportMeta(state: RegisterListState, antal: number, snapshotDato: Date | null): ExportMeta {
  const filtre = Object.fromEntries(FILTERS.map((filter) => [filter, state[filter]])) as Record<Filter, number | null>;
  return {
    antal,
    snapshotDato: snapshotDato && isoDay(snapshotDato),
    filtre: { ...filtre, status: state.status },
    sortering: { sorter: state.sorter, retning: state.retning },
  };
}

/** `{ "meta": {...}, "data": [ ... ] }`, one row per line. */
export function jsonExport(rows: AsyncIterable<UnitExportRow>, meta: ExportMeta): ReadableStream<Uint8Array> {
  return byteStream(
    (async function* () {
      yield `{"meta":${JSON.stringify(meta)},"data":[`;
      let first = true;
      for await (const row of rows) {
        yield `${first ? "\n" : ",\n"}${JSON.stringify(exportRow(row))}`;
        first = false;
      }
      yield "\n]}\n";
    })(),
  );
}

/** JSON Lines: one object per row, each line ended by \n. */
export function jsonLinesExport(rows: AsyncIterable<UnitExportRow>): ReadableStream<Uint8Array> {
  return byteStream(mapRows(rows, (row) => `${JSON.stringify(exportRow(row))}\n`));
}

export function viewExport(format: ExportFormat, rows: AsyncIterable<UnitExportRow>, meta: ExportMeta): ReadableStream<Uint8Array> {
  switch (format) {
    case "csv-excel":
      return csvExport(rows, "excel");
    case "csv":
      return csvExport(rows, "rfc4180");
    case "json":
      return jsonExport(rows, meta);
    case "jsonl":
      return jsonLinesExport(rows);
  }
}

const EXTENSIONS: Record<ExportFormat, string> = { "csv-excel": "-excel.csv", csv: ".csv", json: ".json", jsonl: ".jsonl" };

/**
 * `dagtilbud-kommune-101-type-6012-2026-11-23.csv`: the filters in URL order (region, kommune, type, ejerform,
 * lovgrundlag), the status when it is not the default, else `alle`; then today's date in Denmark.
 */
export function exportFileName(state: RegisterListState, format: ExportFormat, today: Date = new Date()): string {
  const parts: string[] = FILTERS.flatMap((filter) => (state[filter] === null ? [] : [`${filter}-${state[filter]}`]));
  if (state.status !== DEFAULT_LIST_STATE.status) parts.push(`status-${state.status}`);
  return `dagtilbud-${parts.length ? parts.join("-") : "alle"}-${danishDay(today)}${EXTENSIONS[format]}`;
}

const dayParts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" });

function danishDay(moment: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => dayParts.formatToParts(moment).find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

async function* mapRows<T>(rows: AsyncIterable<UnitExportRow>, map: (row: UnitExportRow) => T): AsyncGenerator<T> {
  for await (const row of rows) yield map(row);
}

const CHUNK_BYTES = 64 * 1024;

/** Text or bytes from an async source as a byte stream, in chunks of about 64 KiB; cancelling stops the source. */
function byteStream(source: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const parts: Uint8Array[] = [];
      let size = 0;
      let ended = false;
      while (size < CHUNK_BYTES) {
        const next = await iterator.next();
        if (next.done) {
          ended = true;
          break;
        }
        const bytes = typeof next.value === "string" ? encoder.encode(next.value) : next.value;
        parts.push(bytes);
        size += bytes.byteLength;
      }
      if (size > 0) controller.enqueue(concat(parts, size));
      if (ended) controller.close();
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/** Copies too, so no chunk is a view into a shared Buffer pool. */
function concat(parts: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
