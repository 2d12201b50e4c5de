import fs from "node:fs";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import { ImportError } from "./import-error";

export type CsvRow = { line: number; values: string[] };
export type CsvTable = { file: string; header: string[]; rows: CsvRow[] };

/**
 * Reads a file in the register's export dialect: `;`-separated, UTF-8 (BOM optional), CRLF or LF, RFC 4180 quoting,
 * and bare `"` inside unquoted fields (the register writes names like `Børnehuset "De fire Årstider"` unquoted).
 */
export function readOfficialCsv(filePath: string): CsvTable {
  const file = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw new ImportError(file, null, null, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseOfficialCsv(file, bytes);
}

export function parseOfficialCsv(file: string, bytes: Uint8Array): CsvTable {
  const text = decodeUtf8(file, bytes);
  if (text.trim() === "") throw new ImportError(file, null, null, "the file is empty");

  // Lines are counted in line feeds up to where a record starts, so line breaks inside quoted fields count once.
  const encoded = new TextEncoder().encode(text);
  const lineAt = lineCounter(encoded);
  const { records, error, next } = readRecords(text, false);
  const rows: CsvRow[] = records.map((record) => ({ line: lineAt(skipEmptyLines(encoded, record.start)), values: record.values }));
  if (error) {
    const column = error.code === "CSV_QUOTE_NOT_CLOSED" ? columnName(rows[0]?.values, Number(error.column)) : null;
    throw new ImportError(file, lineAt(skipEmptyLines(encoded, next)), column, describeCsvError(error));
  }
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) throw new ImportError(file, null, null, "the file is empty");
  return { file, header: headerRow.values.map((name) => name.trim()), rows: dataRows };
}

type Records = { records: { start: number; values: string[] }[]; error: CsvError | null; next: number };

/** Parses as far as the text allows: each record with the byte offset it starts at, and where the next one starts. */
function readRecords(text: string, relaxColumnCount: boolean): Records {
  const result: Records = { records: [], error: null, next: 0 };
  try {
    parse(text, {
      bom: true,
      delimiter: ";",
      record_delimiter: ["\r\n", "\n"],
      relax_quotes: true,
      relax_column_count: relaxColumnCount,
      skip_empty_lines: true,
      on_record: (values: string[], info) => {
        result.records.push({ start: result.next, values });
        result.next = info.bytes;
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    result.error = error;
  }
  return result;
}

function skipEmptyLines(bytes: Uint8Array, offset: number): number {
  for (;;) {
    if (bytes[offset] === 0x0a) offset += 1;
    else if (bytes[offset] === 0x0d && bytes[offset + 1] === 0x0a) offset += 2;
    else return offset;
  }
}

/** The line of a byte offset; offsets must come in ascending order. */
function lineCounter(bytes: Uint8Array): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset; position++) if (bytes[position] === 0x0a) line++;
    return line;
  };
}

/** A column by its header name; in the header itself, or beyond it, by its position (1 = first). */
function columnName(header: string[] | undefined, index: number): string {
  return header?.[index]?.trim() || String(index + 1);
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  let text: string | null = null;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // located below
  }
  const nul = bytes.indexOf(0);
  if (text !== null && nul < 0) return text;
  const invalid = text === null ? firstInvalidUtf8(bytes) : -1;
  if (nul >= 0 && (invalid < 0 || nul < invalid)) {
    throw new ImportError(file, ...locate(bytes, nul), "the file holds a NUL byte, which no text may contain (was it saved as UTF-16?)");
  }
  throw new ImportError(file, ...locate(bytes, invalid), "the file is not valid UTF-8 (the register exports UTF-8; was it saved in another encoding?)");
}

/** Valid UTF-8 decodes and encodes back to the same bytes; the first byte that does not is (in) the first bad sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const again = new TextEncoder().encode(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  let i = 0;
  while (i < bytes.length && bytes[i] === again[i]) i++;
  return i;
}

/** The line and column of a byte: a marker put in its place lands in its field, quoted or not. */
function locate(bytes: Uint8Array, offset: number): [line: number, column: string] {
  const before = bytes.subarray(0, offset);
  const line = 1 + before.filter((b) => b === 0x0a).length;
  const { records, error } = readRecords(`${new TextDecoder("utf-8").decode(before)}\u0002`, true);
  if (error) return [line, columnName(records[0]?.values, Number(error.column))];
  const last = records[records.length - 1];
  return [line, columnName(records.length > 1 ? records[0].values : undefined, last.values.length - 1)];
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
      return `the row does not parse: ${error.message.replace(/ on line \d+$/, "")} fields`;
    case "CSV_QUOTE_NOT_CLOSED":
      return "the row does not parse: a quoted field is never closed";
    default:
      return `the row does not parse: ${error.message}`;
  }
}
