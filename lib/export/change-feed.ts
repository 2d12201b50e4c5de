import { Feed } from "feed";
import { formatCalendarDate } from "@/lib/format/danish";
import { KIND_LABELS, LEVEL_LABELS } from "@/lib/format/change-labels";
import type { ChangeView } from "@/lib/register/changes";
import { SITE_NAME } from "@/lib/site";

/** One entry per record and import: all that one import found changed about the record. */
type EntryGroup = { first: ChangeView; changes: ChangeView[] };

function groupByRecordAndDay(changes: ChangeView[]): EntryGroup[] {
  const groups = new Map<string, EntryGroup>();
  for (const change of changes) {
    const key = `${change.snapshotDato.toISOString()}|${change.niveau}|${change.nummer}`;
    const group = groups.get(key);
    if (group) group.changes.push(change);
    else groups.set(key, { first: change, changes: [change] });
  }
  return [...groups.values()];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function describe(change: ChangeView): string {
  if (change.art !== "aendret" && change.art !== "flyttet") return KIND_LABELS[change.art];
  const label = change.art === "flyttet" ? `Flyttet fra ${change.foer.tekst ?? "(ingen)"}` : `${change.feltNavn}: ${change.foer.tekst ?? "(tom)"}`;
  return `${label} → ${change.efter.tekst ?? "(tom)"}`;
}

export type FeedOptions = { origin: string; selfPath: string; pagePath: string; title: string; updated: Date };

/**
 * An Atom 1.0 document of the given changes (newest first). Entry ids are permanent: the first change id of the
 * entry; `updated` is the import day, so serving the feed again never makes an entry look new.
 */
export function changeFeed(changes: ChangeView[], options: FeedOptions): string {
  const feed = new Feed({
    id: `${options.origin}${options.selfPath}`,
    title: options.title,
    link: `${options.origin}${options.pagePath}`,
    updated: options.updated,
    generator: SITE_NAME,
    feedLinks: { atom: `${options.origin}${options.selfPath}` },
    author: { name: SITE_NAME, link: options.origin },
    copyright: "Data fra Dagtilbudsregisteret; fri genbrug",
  });
  for (const { first, changes: group } of groupByRecordAndDay(changes)) {
    const kinds = [...new Set(group.map((c) => (c.art === "aendret" ? (c.feltNavn ?? "ændret").toLowerCase() : KIND_LABELS[c.art].toLowerCase())))];
    const lines = group.map((c) => `<li>${escapeHtml(describe(c))}</li>`).join("");
    feed.addItem({
      id: `${options.origin}/aendringer#aendring-${Math.min(...group.map((c) => c.id))}`,
      title: `${first.navn || first.nummer} (${first.nummer}): ${kinds.join(", ")}`,
      link: `${options.origin}${first.href}`,
      date: first.snapshotDato,
      description: `${LEVEL_LABELS[first.niveau]} ${first.nummer}${first.kommune?.navn ? ` i ${first.kommune.navn}` : ""}, indlæst ${formatCalendarDate(first.snapshotDato)}.`,
      content: `<ul>${lines}</ul>`,
    });
  }
  // The library drops `language` from Atom output; the feed's text is Danish, so it says so the Atom way.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">');
}
