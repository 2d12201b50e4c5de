/** One bar or table row: a category and its count. `muted` marks "unknown" or "missing" categories. */
export type ChartDatum = { key: string; label: string; value: number; muted?: boolean };
