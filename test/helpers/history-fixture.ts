import { alternativAdresse, anvisningsenhed, daginstitution, smallSnapshot } from "./fixtures";

/** A register that lives through four days: created, renamed, re-numbered, moved, closed, vanished and reopened. */
export const base = smallSnapshot();
export const day1 = base;
export const day2 = {
  daginstitutioner: [base.daginstitutioner[0], daginstitution("D10002", { ejerformKode: "3", ejerformKode_Tekst: "Privat", lovgrundlagKode: "4", daginstitutionsNavn: "Den Private Have" })],
  anvisningsenheder: [
    // Only the register's timestamp moves: not a change the portal reports.
    anvisningsenhed("G10001", "E10001", { senestOpdateret: "17-11-2026 09:00:00" }),
    anvisningsenhed("G10003", "E10001", { instType3: "6010", instType3_Tekst: "Vuggestue", anvisningsenhedsNavn: "Vuggestuen Mælkebøtten", pNummer: "1012345678" }),
    anvisningsenhed("G10005", "E10001"),
    anvisningsenhed("G10007", "D10002", { kommuneKode: "147", postNummer: "2000", byNavn: "Frederiksberg" }),
  ],
  alternativeAdresser: base.alternativeAdresser,
};
export const day3 = {
  daginstitutioner: day2.daginstitutioner,
  anvisningsenheder: [
    day2.anvisningsenheder[0],
    anvisningsenhed("G10003", "E10001", { instType3: "6010", instType3_Tekst: "Vuggestue", anvisningsenhedsNavn: "Vuggestuen Mælkebøtten", pNummer: "1012345678", aktivitetsstatus: "Nedlagt" }),
    day2.anvisningsenheder[2],
  ],
  alternativeAdresser: [alternativAdresse("G10002", "G10005")],
};
export const day4 = {
  daginstitutioner: day2.daginstitutioner,
  anvisningsenheder: [
    day2.anvisningsenheder[0],
    anvisningsenhed("G10003", "E10001", { instType3: "6010", instType3_Tekst: "Vuggestue", anvisningsenhedsNavn: "Vuggestuen Mælkebøtten", pNummer: "1012345678", telefonNummer: "87654321" }),
    day2.anvisningsenheder[2],
    day2.anvisningsenheder[3],
  ],
  alternativeAdresser: day3.alternativeAdresser,
};

/** The four days in order, with the dates the history tests import them on. */
export const HISTORY_DAYS = [
  { dato: "2026-11-16", levels: day1 },
  { dato: "2026-11-17", levels: day2 },
  { dato: "2026-11-18", levels: day3 },
  { dato: "2026-11-19", levels: day4 },
] as const;
