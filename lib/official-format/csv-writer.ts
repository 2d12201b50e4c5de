import { stringify } from "csv-stringify/sync";

/**
 * The register's CSV dialect: `;`, UTF-8 with BOM, CRLF, quotes only where a value needs them,
 * coordinates with a decimal comma.
 */
export function writeOfficialCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string | number | null | undefined>>): string {
  return stringify(
    rows.map((row) => columns.map((column) => formatValue(row[column]))),
    { delimiter: ";", bom: true, record_delimiter: "\r\n", header: true, columns: columns as string[], quoted_match: /[;"\r\n]/ },
  );
}

function formatValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  return value;
}

/** `dd-MM-yyyy HH:mm:ss` in Danish local time, as the register writes `senestOpdateret`. */
export { formatSenestOpdateret } from "../format/senest-opdateret";
