/** A date as YYYY-MM-DD in UTC, the form the URL state and the database use. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
