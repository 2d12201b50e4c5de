/**
 * The form names and addresses are searched in: lower case, æ/ø/å spelled ae/oe/aa (so "Aabenraa" finds
 * "Åbenrå" and "Børnehus" finds "Boernehus"), accents dropped, punctuation as spaces. The importer stores it;
 * queries are normalised the same way, and trigram similarity then tolerates typos.
 */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(" ")
    .toLowerCase()
    .replaceAll("å", "aa")
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * A key whose byte order (COLLATE "C") is Danish alphabetical order: æ, ø, å after z, "aa" as å, accents ignored.
 * Stored by the importer, because the embedded database has no Danish ICU collation.
 */
export function danishSortKey(text: string | null | undefined): string {
  return (text ?? "")
    .toLowerCase()
    .replaceAll("aa", "å")
    .replace(/[æä]/g, "{")
    .replace(/[øö]/g, "|")
    .replaceAll("å", "}")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
}
