import { Feed } from "feed";
import { describe, expect, it } from "vitest";
import { validateAtom } from "./atom";

type FeedParts = { feed?: string; entries?: string[]; root?: string; namespace?: string };

const AUTHOR = "<author><name>Dagtilbudsregisteret</name></author>";

function entry(parts: { id?: string | null; updated?: string | null; author?: boolean; content?: boolean; link?: string | null } = {}): string {
  const id = parts.id === undefined ? "https://example.org/aendringer#1" : parts.id;
  const updated = parts.updated === undefined ? "2026-11-20T08:00:00Z" : parts.updated;
  const link = parts.link === undefined ? '<link rel="alternate" type="text/html" href="https://example.org/daginstitutioner/1"/>' : parts.link;
  return [
    "<entry>",
    "<title>Solsikken (1): navn</title>",
    id === null ? "" : `<id>${id}</id>`,
    updated === null ? "" : `<updated>${updated}</updated>`,
    link ?? "",
    parts.author ? AUTHOR : "",
    parts.content === false ? "" : '<content type="html">&lt;ul&gt;&lt;li&gt;Navn: A → B&lt;/li&gt;&lt;/ul&gt;</content>',
    "</entry>",
  ].join("\n");
}

function feedXml(parts: FeedParts = {}): string {
  const feedChildren =
    parts.feed ??
    [
      "<id>https://example.org/aendringer/feed.atom</id>",
      "<title>Ændringer</title>",
      "<updated>2026-11-20T08:00:00Z</updated>",
      '<link rel="self" type="application/atom+xml" href="https://example.org/aendringer/feed.atom"/>',
      '<link rel="alternate" type="text/html" href="https://example.org/aendringer"/>',
      AUTHOR,
    ].join("\n");
  const root = parts.root ?? "feed";
  return `<?xml version="1.0" encoding="utf-8"?>
<${root} xmlns="${parts.namespace ?? "http://www.w3.org/2005/Atom"}" xml:lang="da">
${feedChildren}
${(parts.entries ?? [entry()]).join("\n")}
</${root}>
`;
}

const FEED_WITHOUT_AUTHOR = [
  "<id>https://example.org/aendringer/feed.atom</id>",
  "<title>Ændringer</title>",
  "<updated>2026-11-20T08:00:00Z</updated>",
].join("\n");

describe("validateAtom (RFC 4287)", () => {
  it("accepts a minimal valid feed", async () => {
    expect(await validateAtom(feedXml())).toEqual([]);
  });

  it("accepts a standalone entry document with an author, and extension elements", async () => {
    const xml = `<?xml version="1.0"?>
<atom:entry xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <atom:id>tag:example.org,2026:1</atom:id>
  <atom:title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Solsikken <b>(1)</b></div></atom:title>
  <atom:updated>2026-11-20T08:00:00+01:00</atom:updated>
  <atom:author><atom:name>A</atom:name><atom:email>a@example.org</atom:email></atom:author>
  <atom:link href="https://example.org/1"/>
  <dc:subject>Daginstitution</dc:subject>
</atom:entry>`;
    expect(await validateAtom(xml)).toEqual([]);
  });

  it("rejects a feed without atom:id", async () => {
    const xml = feedXml({ feed: ["<title>Ændringer</title>", "<updated>2026-11-20T08:00:00Z</updated>", AUTHOR].join("\n") });
    const problems = await validateAtom(xml);
    expect(problems.some((p) => p.startsWith("RELAX NG"))).toBe(true);
    expect(problems.join("\n")).toMatch(/atom:feed must contain exactly one atom:id element \(found 0\)/);
  });

  it("rejects an entry without atom:updated", async () => {
    const problems = await validateAtom(feedXml({ entries: [entry({ updated: null })] }));
    expect(problems.join("\n")).toMatch(/RELAX NG.*Expecting an element updated/);
    expect(problems.join("\n")).toMatch(/atom:entry #1 .* must contain exactly one atom:updated element \(found 0\)/);
  });

  it("rejects an atom:updated that is not a dateTime", async () => {
    const problems = await validateAtom(feedXml({ entries: [entry({ updated: "20-11-2026" })] }));
    expect(problems.join("\n")).toMatch(/RELAX NG.*Type dateTime doesn't allow value '20-11-2026'/);
    expect(problems.join("\n")).toMatch(/RFC 4287 §3\.3: atom:updated .* must be an RFC 3339 date-time.*"20-11-2026"/);
  });

  it("rejects an xsd:dateTime without a time zone, which RFC 3339 requires", async () => {
    const problems = await validateAtom(feedXml({ entries: [entry({ updated: "2026-11-20T08:00:00" })] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/RFC 4287 §3\.3/);
  });

  it("rejects a root element in the wrong namespace", async () => {
    const problems = await validateAtom(feedXml({ namespace: "http://purl.org/atom/ns#" }));
    expect(problems.join("\n")).toMatch(/RELAX NG.*Did not expect element feed there/);
    expect(problems.join("\n")).toMatch(/Atom namespace http:\/\/www\.w3\.org\/2005\/Atom; found \{http:\/\/purl\.org\/atom\/ns#\}feed/);
  });

  it("rejects a feed without atom:author whose entry has none either", async () => {
    const problems = await validateAtom(feedXml({ feed: FEED_WITHOUT_AUTHOR, entries: [entry()] }));
    expect(problems.join("\n")).toMatch(/An atom:feed must have an atom:author unless all of its atom:entry children have an atom:author/);
    expect(problems.join("\n")).toMatch(/An atom:entry must have an atom:author if its feed does not/);
    // The grammar alone cannot see this.
    expect(problems.some((p) => p.startsWith("RELAX NG"))).toBe(false);
  });

  it("accepts a feed without atom:author when every entry has one", async () => {
    expect(await validateAtom(feedXml({ feed: FEED_WITHOUT_AUTHOR, entries: [entry({ author: true })] }))).toEqual([]);
  });

  it("rejects an entry without atom:content and without an alternate link", async () => {
    const noLink = await validateAtom(feedXml({ entries: [entry({ content: false, link: null })] }));
    expect(noLink.join("\n")).toMatch(/An atom:entry must have at least one atom:link element with a rel attribute of 'alternate' or an atom:content/);

    const onlyRelated = await validateAtom(
      feedXml({ entries: [entry({ content: false, link: '<link rel="related" href="https://example.org/x"/>' })] }),
    );
    expect(onlyRelated.join("\n")).toMatch(/has neither atom:content nor an alternate atom:link/);

    // A link without rel is an alternate link (RFC 4287 §4.2.7.2).
    expect(await validateAtom(feedXml({ entries: [entry({ content: false, link: '<link href="https://example.org/x"/>' })] }))).toEqual([]);
  });

  it("rejects two entries with the same atom:id", async () => {
    const problems = await validateAtom(
      feedXml({ entries: [entry({ id: "https://example.org/aendringer#7" }), entry({ id: "https://example.org/aendringer#7" })] }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/duplicate atom:id.*2 atom:entry elements share the atom:id "https:\/\/example\.org\/aendringer#7"/);
  });

  it("rejects a relative atom:id", async () => {
    const problems = await validateAtom(feedXml({ entries: [entry({ id: "/aendringer#7" })] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/RFC 4287 §4\.2\.6: atom:id of atom:entry #1 .* must be an absolute IRI.*"\/aendringer#7"/);
  });

  it("rejects a relative link href unless an absolute xml:base is in scope", async () => {
    const relative = await validateAtom(feedXml({ entries: [entry({ link: '<link href="/daginstitutioner/1"/>' })] }));
    expect(relative.join("\n")).toMatch(/atom:link href must be an absolute IRI.*href="\/daginstitutioner\/1"/);

    const withBase = feedXml({ entries: [entry({ link: '<link href="/daginstitutioner/1"/>' })] }).replace(
      'xml:lang="da"',
      'xml:lang="da" xml:base="https://example.org/"',
    );
    expect(await validateAtom(withBase)).toEqual([]);
  });

  it("rejects two alternate links with the same type and hreflang", async () => {
    const links = '<link rel="alternate" type="text/html" href="https://example.org/a"/><link type="text/html" href="https://example.org/b"/>';
    const problems = await validateAtom(feedXml({ entries: [entry({ link: links })] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/more than one atom:link with rel="alternate" and the same type and hreflang/);
  });

  it("reports malformed XML", async () => {
    const problems = await validateAtom("<feed xmlns='http://www.w3.org/2005/Atom'><id>x</feed>");
    expect(problems.join("\n")).toMatch(/not well-formed/);
  });

  it("accepts the Atom feed generated by the `feed` package", async () => {
    const feed = new Feed({
      id: "https://example.org/aendringer/feed.atom",
      title: "Ændringer i Dagtilbudsregisteret",
      link: "https://example.org/aendringer",
      updated: new Date("2026-11-20T08:00:00Z"),
      author: { name: "Dagtilbudsregisteret", link: "https://example.org" },
      feedLinks: { atom: "https://example.org/aendringer/feed.atom" },
    });
    feed.addItem({
      id: "https://example.org/aendringer#aendring-1",
      title: "Solsikken (101): navn",
      link: "https://example.org/daginstitutioner/101",
      date: new Date("2026-11-20T08:00:00Z"),
      content: "<ul><li>Navn: Solsikken → Solsikken & Co.</li></ul>",
    });
    feed.addItem({
      id: "https://example.org/aendringer#aendring-2",
      title: "Mælkebøtten (102): oprettet",
      link: "https://example.org/daginstitutioner/102",
      date: new Date("2026-11-19T08:00:00Z"),
      content: "<p>Oprettet</p>",
    });
    const xml = feed.atom1();
    expect(await validateAtom(xml), xml).toEqual([]);
  });
});
