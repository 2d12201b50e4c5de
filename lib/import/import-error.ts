/** A reason to reject a whole import, naming the file and, where known, the line and column. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: string | null,
    readonly reason: string,
  ) {
    super(`${file}${line !== null ? `, line ${line}` : ""}${column !== null ? `, column ${column}` : ""}: ${reason}`);
    this.name = "ImportError";
  }
}
