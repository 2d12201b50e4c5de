import { TZDate } from "@date-fns/tz";
import { format, isValid, parse } from "date-fns";

const PATTERN = "dd-MM-yyyy HH:mm:ss";
const ZONE = "Europe/Copenhagen";
const SHAPE = /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/;

/** Parses the register's `senestOpdateret` (Danish local time); null when the text is not such a timestamp. */
export function parseSenestOpdateret(text: string): Date | null {
  if (!SHAPE.test(text)) return null;
  const parsed = parse(text, PATTERN, new TZDate(2000, 0, 1, ZONE));
  return isValid(parsed) && format(parsed, PATTERN) === text ? new Date(parsed.getTime()) : null;
}

export function formatSenestOpdateret(date: Date): string {
  return format(new TZDate(date.getTime(), ZONE), PATTERN);
}
