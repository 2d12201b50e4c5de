import "server-only";
import { Readable, pipeline } from "node:stream";
import { stringify, type Options } from "csv-stringify";
import { OFFICIAL_FILE_NAMES } from "@/lib/official-format/columns";
import { OFFICIAL_FILE_COLUMNS, officialRows, type OfficialFileKey, type OfficialRow, type OfficialStreamOptions } from "@/lib/register/official-stream";

/**
 * The register's CSV dialect, as lib/official-format/csv-writer.ts writes it: `;`, UTF-8 with BOM, CRLF, a header
 * row, quotes only where a value holds `;`, `"` or a line break (a quote inside is doubled).
 */
export const OFFICIAL_CSV_OPTIONS = {
  delimiter: ";",
  bom: true,
  record_delimiter: "\r\n",
  header: true,
  quoted_match: /[;"\r\n]/,
} as const satisfies Options;

/** Bytes gathered before a chunk goes out: fewer, larger writes to the socket. */
const CHUNK_BYTES = 32 * 1024;

async function* asArrays(columns: readonly string[], rows: AsyncIterable<OfficialRow>): AsyncGenerator<string[]> {
  for await (const row of rows) yield columns.map((column) => row[column] ?? "");
}

/**
 * Streams rows as an official CSV file through csv-stringify's streaming API. Pull-driven: rows are read only as
 * fast as the consumer takes bytes, so memory stays flat; cancelling the stream (a client that hangs up) stops the
 * row source and its queries. An error in the source errors the stream (the download breaks off rather than
 * ending short but looking complete).
 */
export function officialCsvStream(columns: readonly string[], rows: AsyncIterable<OfficialRow>): ReadableStream<Uint8Array> {
  const source = Readable.from(asArrays(columns, rows), { objectMode: true, highWaterMark: 16 });
  const csv = stringify({ ...OFFICIAL_CSV_OPTIONS, columns: [...columns] });
  pipeline(source, csv, (error) => {
    // A consumer that stops reading (a client that hangs up) ends the pipeline early: not an error of the export.
    if (error && error.code !== "ERR_STREAM_PREMATURE_CLOSE" && error.code !== "ABORT_ERR") console.error("official export failed", error);
  });
  const chunks = csv[Symbol.asyncIterator]() as AsyncIterator<Buffer>;

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const parts: Buffer[] = [];
        let size = 0;
        while (size < CHUNK_BYTES) {
          const next = await chunks.next();
          if (next.done) {
            if (size > 0) controller.enqueue(new Uint8Array(Buffer.concat(parts, size)));
            controller.close();
            return;
          }
          parts.push(next.value);
          size += next.value.length;
        }
        controller.enqueue(new Uint8Array(Buffer.concat(parts, size)));
      },
      async cancel() {
        // Destroys the stringifier; the pipeline then destroys the source, which ends the row generator.
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** One of the four files, read from the database, as a byte stream in the register's dialect. */
export function officialFileStream(key: OfficialFileKey, options: OfficialStreamOptions = {}): ReadableStream<Uint8Array> {
  return officialCsvStream(OFFICIAL_FILE_COLUMNS[key], officialRows(key, options));
}

/** `daginstitutioner-2026-11-20.csv`: the file's official name with the snapshot date (a DATE, midnight UTC). */
export function officialDownloadName(key: OfficialFileKey, snapshotDato: Date): string {
  return `${OFFICIAL_FILE_NAMES[key].replace(/\.csv$/, "")}-${snapshotDato.toISOString().slice(0, 10)}.csv`;
}
