import { Readable, pipeline } from "node:stream";
import { stringify, type Options as StringifyOptions } from "csv-stringify";

/**
 * Rows of any table as a download: two CSV dialects, a JSON document and JSON Lines. Pure: rows in, bytes out,
 * streamed, so the size of the table never sits in memory. Used by the list, change and quality exports.
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

/** Excel CSV gets its own suffix, so the two CSV downloads of one view never share a file name. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { "csv-excel": "-excel.csv", csv: ".csv", json: ".json", jsonl: ".jsonl" };

export type ExportColumn<Row> = { key: keyof Row & string; header: string };
export type CsvDialect = "excel" | "rfc4180";

/**
 * Danish Excel: `;`, decimal comma, UTF-8 with BOM (so Excel reads æøå), CRLF. RFC 4180: `,`, decimal point, no BOM,
 * CRLF. Both quote a field only when it holds the separator, a quote or a line break (any of \r, \n).
 */
const DIALECTS: Record<CsvDialect, StringifyOptions> = {
  excel: { delimiter: ";", bom: true, record_delimiter: "\r\n", quote_record_delimiter: true, cast: { number: (n) => String(n).replace(".", ",") } },
  rfc4180: { delimiter: ",", bom: false, record_delimiter: "\r\n", quote_record_delimiter: true, cast: { number: (n) => String(n) } },
};

export function csvExport<Row extends object>(rows: AsyncIterable<Row>, columns: readonly ExportColumn<Row>[], dialect: CsvDialect): ReadableStream<Uint8Array> {
  const stringifier = stringify({ ...DIALECTS[dialect], header: true, columns: columns.map(({ key, header }) => ({ key, header })) });
  // A failing source destroys the stringifier with the error, which then ends the byte stream with it.
  pipeline(Readable.from(rows), stringifier, () => {});
  return byteStream(stringifier);
}

/** `{ "meta": {...}, "data": [ ... ] }`, one row per line. */
export function jsonExport(rows: AsyncIterable<object>, meta: object): ReadableStream<Uint8Array> {
  return byteStream(
    (async function* () {
      yield `{"meta":${JSON.stringify(meta)},"data":[`;
      let first = true;
      for await (const row of rows) {
        yield `${first ? "\n" : ",\n"}${JSON.stringify(row)}`;
        first = false;
      }
      yield "\n]}\n";
    })(),
  );
}

/** JSON Lines: one object per row, each line ended by \n. */
export function jsonLinesExport(rows: AsyncIterable<object>): ReadableStream<Uint8Array> {
  return byteStream(
    (async function* () {
      for await (const row of rows) yield `${JSON.stringify(row)}\n`;
    })(),
  );
}

export function tableExport<Row extends object>(format: ExportFormat, rows: AsyncIterable<Row>, columns: readonly ExportColumn<Row>[], meta: object): ReadableStream<Uint8Array> {
  switch (format) {
    case "csv-excel":
      return csvExport(rows, columns, "excel");
    case "csv":
      return csvExport(rows, columns, "rfc4180");
    case "json":
      return jsonExport(rows, meta);
    case "jsonl":
      return jsonLinesExport(rows);
  }
}

/** The `format` parameter of an export address, or a Danish message saying what is wrong with it. */
export function readExportFormat(params: URLSearchParams): { format: ExportFormat } | { error: string } {
  const formats = params.getAll("format");
  if (formats.length === 1 && isExportFormat(formats[0])) return { format: formats[0] };
  const problem = formats.length > 1 ? "er angivet flere gange" : formats.length === 0 || formats[0] === "" ? "mangler" : `"${formats[0].slice(0, 40)}" er ukendt`;
  return { error: `Parameteren format ${problem}; den skal være ${EXPORT_FORMATS.join(", ")}.` };
}

/** 400 with the reason in plain Danish text, for an export address the portal cannot read. */
export function exportBadRequest(message: string): Response {
  return new Response(`${message}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** A streamed download: its content type, a file name to save it under, never cached, never sniffed. */
export function downloadResponse(body: ReadableStream<Uint8Array>, format: ExportFormat, fileName: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const dayParts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" });

/** yyyy-mm-dd of a moment in Denmark (for file names). */
export function danishDay(moment: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => dayParts.formatToParts(moment).find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
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
