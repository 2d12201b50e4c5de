const TIME_ZONE = "Europe/Copenhagen";
const day = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "numeric", year: "numeric", timeZone: TIME_ZONE });
const time = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
const coordinate = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 6, maximumFractionDigits: 6, useGrouping: false });

/** A moment in Danish time as "1.12.2021 kl. 10.18". */
export function formatDateTime(d: Date): string {
  return `${day.format(d)} kl. ${time.format(d)}`;
}

/** A WGS84 coordinate with a decimal comma and six decimals: "55,634502". */
export function formatCoordinate(value: number): string {
  return coordinate.format(value);
}
