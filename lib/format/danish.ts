const LOCALE = "da-DK";
const TIME_ZONE = "Europe/Copenhagen";

const numberFormat = new Intl.NumberFormat(LOCALE);
const longDate = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const shortDate = new Intl.DateTimeFormat(LOCALE, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE });
const calendarDate = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** 4899 → "4.899"; 1234567.5 → "1.234.567,5". Not for identifiers (institution numbers, CVR). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A moment shown as its Danish calendar day: "20. november 2026". */
export function formatDate(d: Date): string {
  return longDate.format(d);
}

/** A moment shown as its Danish calendar day: "20.11.2026". */
export function formatDateShort(d: Date): string {
  return shortDate.format(d);
}

/** A DATE column (midnight UTC from Prisma) as "20. november 2026", never shifted by the time zone. */
export function formatCalendarDate(d: Date): string {
  return calendarDate.format(d);
}
