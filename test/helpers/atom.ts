/**
 * Atom 1.0 (RFC 4287) validation for tests.
 *
 * Two layers:
 *  1. The RELAX NG grammar of RFC 4287 Appendix B (test/helpers/atom.rng), checked by
 *     libxml2's xmllint compiled to WebAssembly (xmllint-wasm).
 *  2. The rules of RFC 4287 that the grammar cannot express (the appendix's Schematron
 *     rules and a few "MUST"s from the prose), checked here in TypeScript on a
 *     namespace-resolved tree parsed with fast-xml-parser.
 *
 * libxml2 reports a missing required child inside an <interleave> poorly (a feed
 * without atom:id is reported as "Expecting an element author, got nothing"), so the
 * second layer also restates the feed/entry child counts of RFC 4287 §4.1.1/§4.1.2
 * in plain words. Those duplicate the grammar; they never replace it.
 *
 * validateAtom returns a list of problems; an empty list means the document is valid.
 */
import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { validateXML } from "xmllint-wasm";

export const ATOM_NS = "http://www.w3.org/2005/Atom";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const IANA_REL_PREFIX = "http://www.iana.org/assignments/relation/";

const ATOM_RNG = readFileSync(new URL("./atom.rng", import.meta.url), "utf8");

/** An element with its namespace resolved. */
interface Element {
  ns: string;
  local: string;
  /** Attributes keyed by local name (no namespace) or "{namespace}local". */
  attrs: Map<string, string>;
  children: Element[];
  /** Concatenated character data of the element's own text children. */
  text: string;
  /** xml:base in scope for this element, if any (not resolved further). */
  base: string | undefined;
}

type RawNode = Record<string, unknown>;

export async function validateAtom(xml: string): Promise<string[]> {
  const problems = await relaxNgProblems(xml);

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    problems.push(`XML is not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`);
    return problems;
  }

  const root = parse(xml);
  if (!root) {
    problems.push("XML document has no root element");
    return problems;
  }
  problems.push(...ruleProblems(root));
  return problems;
}

// ---------------------------------------------------------------------------------------
// Layer 1: the RELAX NG grammar of RFC 4287 Appendix B
// ---------------------------------------------------------------------------------------

async function relaxNgProblems(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "document.xml", contents: xml },
    schema: { fileName: "atom.rng", contents: ATOM_RNG },
    extension: "relaxng",
  });
  if (result.valid) return [];
  const messages: string[] = [];
  for (const error of result.errors) {
    const message = error.message.trim();
    if (message === "" || message === "^") continue;
    const text = `RELAX NG (RFC 4287 Appendix B)${error.loc ? ` line ${error.loc.lineNumber}` : ""}: ${message}`;
    if (!messages.includes(text)) messages.push(text);
  }
  if (messages.length === 0) messages.push(`RELAX NG (RFC 4287 Appendix B): document fails to validate: ${result.rawOutput.trim()}`);
  return messages;
}

// ---------------------------------------------------------------------------------------
// Parsing into a namespace-resolved tree
// ---------------------------------------------------------------------------------------

function parse(xml: string): Element | undefined {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
  });
  const nodes = parser.parse(xml) as RawNode[];
  const scope = new Map<string, string>([["xml", XML_NS]]);
  for (const node of nodes) {
    const name = elementName(node);
    if (name) return toElement(node, name, scope, undefined);
  }
  return undefined;
}

function elementName(node: RawNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@" && key !== "#text" && !key.startsWith("?") && !key.startsWith("!"));
}

function toElement(node: RawNode, qname: string, parentScope: Map<string, string>, parentBase: string | undefined): Element {
  const rawAttrs = (node[":@"] ?? {}) as Record<string, string>;
  const scope = new Map(parentScope);
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === "xmlns") scope.set("", value);
    else if (name.startsWith("xmlns:")) scope.set(name.slice("xmlns:".length), value);
  }

  const attrs = new Map<string, string>();
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    const colon = name.indexOf(":");
    if (colon === -1) {
      attrs.set(name, String(value)); // unprefixed attributes are in no namespace
    } else {
      const ns = scope.get(name.slice(0, colon)) ?? `undeclared-prefix:${name.slice(0, colon)}`;
      attrs.set(`{${ns}}${name.slice(colon + 1)}`, String(value));
    }
  }

  const colon = qname.indexOf(":");
  const prefix = colon === -1 ? "" : qname.slice(0, colon);
  const ns = scope.get(prefix) ?? (prefix === "" ? "" : `undeclared-prefix:${prefix}`);
  const base = attrs.get(`{${XML_NS}}base`) ?? parentBase;

  const element: Element = { ns, local: qname.slice(colon + 1), attrs, children: [], text: "", base };
  for (const child of (node[qname] ?? []) as RawNode[]) {
    if ("#text" in child) {
      element.text += String(child["#text"]);
      continue;
    }
    const childName = elementName(child);
    if (childName) element.children.push(toElement(child, childName, scope, base));
  }
  return element;
}

// ---------------------------------------------------------------------------------------
// Layer 2: rules the grammar cannot express (and plain-worded child counts)
// ---------------------------------------------------------------------------------------

function atomChildren(element: Element, local: string): Element[] {
  return element.children.filter((child) => child.ns === ATOM_NS && child.local === local);
}

function describe(element: Element): string {
  return `{${element.ns}}${element.local}`;
}

function ruleProblems(root: Element): string[] {
  const problems: string[] = [];
  const isAtomRoot = root.ns === ATOM_NS && (root.local === "feed" || root.local === "entry");
  if (!isAtomRoot) {
    problems.push(
      `RFC 4287 §4.1: the root element must be atom:feed or atom:entry in the Atom namespace ${ATOM_NS}; ` +
        `found ${describe(root)}${root.ns === "" ? " (no namespace)" : ` (namespace ${root.ns})`}`,
    );
    return problems;
  }

  if (root.local === "feed") {
    const entries = atomChildren(root, "entry");
    problems.push(...childCountProblems(root, "atom:feed", "§4.1.1", ["id", "title", "updated"], ["generator", "icon", "logo", "rights", "subtitle"]));
    problems.push(...dateProblems(root, "atom:feed"));
    problems.push(...idProblems(root, "atom:feed"));
    problems.push(...linkProblems(root, "atom:feed", "§4.1.1"));

    // Schematron rule on atomFeed (RFC 4287 Appendix B, §4.1.1).
    const feedHasAuthor = atomChildren(root, "author").length > 0;
    const entriesWithoutAuthor = entries.filter((entry) => atomChildren(entry, "author").length === 0);
    if (!feedHasAuthor && entriesWithoutAuthor.length > 0) {
      problems.push(
        "RFC 4287 §4.1.1 (Schematron rule on atomFeed): An atom:feed must have an atom:author unless all of its atom:entry children have an atom:author; " +
          `the feed has no atom:author and ${entriesWithoutAuthor.length} of ${entries.length} entries have none: ` +
          entriesWithoutAuthor.map((entry) => entryLabel(entry, entries)).join(", "),
      );
    }

    entries.forEach((entry) => problems.push(...entryProblems(entry, entryLabel(entry, entries), feedHasAuthor)));

    // No two entries share an atom:id. RFC 4287 §4.1.1 reads entries with the same
    // atom:id as revisions of one entry (whose atom:updated SHOULD then differ); a
    // feed is expected here to list each entry once, so any repeat is reported.
    const byId = new Map<string, Element[]>();
    for (const entry of entries) {
      const id = atomChildren(entry, "id")[0]?.text;
      if (id === undefined) continue;
      byId.set(id, [...(byId.get(id) ?? []), entry]);
    }
    for (const [id, sharing] of byId) {
      if (sharing.length < 2) continue;
      const updated = sharing.map((entry) => atomChildren(entry, "updated")[0]?.text ?? "");
      const sameUpdated = new Set(updated).size < updated.length;
      problems.push(
        `RFC 4287 §4.1.1 (duplicate atom:id): ${sharing.length} atom:entry elements share the atom:id "${id}" ` +
          `(${sharing.map((entry) => entryLabel(entry, entries)).join(", ")})` +
          (sameUpdated ? "; some of them also share atom:updated, which RFC 4287 says SHOULD differ" : ""),
      );
    }
  } else {
    problems.push(...entryProblems(root, "atom:entry (document root)", false));
  }
  return problems;
}

function entryLabel(entry: Element, entries: Element[]): string {
  const id = atomChildren(entry, "id")[0]?.text;
  return `atom:entry #${entries.indexOf(entry) + 1}${id ? ` (atom:id "${id}")` : ""}`;
}

function entryProblems(entry: Element, label: string, feedHasAuthor: boolean): string[] {
  const problems: string[] = [];
  problems.push(
    ...childCountProblems(entry, label, "§4.1.2", ["id", "title", "updated"], ["content", "published", "rights", "source", "summary"]),
  );
  problems.push(...dateProblems(entry, label));
  problems.push(...idProblems(entry, label));
  problems.push(...linkProblems(entry, label, "§4.1.2"));

  // Schematron rule 1 on atomEntry (RFC 4287 Appendix B, §4.1.2).
  const links = atomChildren(entry, "link");
  const content = atomChildren(entry, "content");
  if (content.length === 0 && !links.some(isAlternate)) {
    problems.push(
      `RFC 4287 §4.1.2 (Schematron rule on atomEntry): An atom:entry must have at least one atom:link element with a rel attribute of 'alternate' or an atom:content; ` +
        `${label} has neither atom:content nor an alternate atom:link`,
    );
  }

  // Schematron rule 2 on atomEntry (RFC 4287 Appendix B, §4.1.2).
  const hasAuthor =
    atomChildren(entry, "author").length > 0 ||
    feedHasAuthor ||
    atomChildren(entry, "source").some((source) => atomChildren(source, "author").length > 0);
  if (!hasAuthor) {
    problems.push(
      `RFC 4287 §4.1.2 (Schematron rule on atomEntry): An atom:entry must have an atom:author if its feed does not; ${label} has no atom:author ` +
        "and neither its feed nor an atom:source supplies one",
    );
  }

  // RFC 4287 §4.1.2: atom:summary is required when atom:content has a src attribute
  // or holds Base64-encoded (non-XML, non-text) content.
  if (content[0] && atomChildren(entry, "summary").length === 0) {
    const type = content[0].attrs.get("type");
    const src = content[0].attrs.get("src");
    if (src !== undefined) {
      problems.push(`RFC 4287 §4.1.2: ${label} has atom:content with a src attribute, so it must have an atom:summary`);
    } else if (type !== undefined && isBase64MediaType(type)) {
      problems.push(`RFC 4287 §4.1.2: ${label} has Base64-encoded atom:content (type "${type}"), so it must have an atom:summary`);
    }
  }
  return problems;
}

function isBase64MediaType(type: string): boolean {
  if (type === "text" || type === "html" || type === "xhtml") return false;
  const mediaType = type.split(";")[0]!.trim().toLowerCase();
  if (mediaType.startsWith("text/")) return false;
  if (mediaType.endsWith("/xml") || mediaType.endsWith("+xml") || mediaType.endsWith("-xml")) return false;
  return true;
}

/** Counts the feed's or entry's required (exactly one) and optional (at most one) Atom children. */
function childCountProblems(element: Element, label: string, section: string, exactlyOne: string[], atMostOne: string[]): string[] {
  const problems: string[] = [];
  for (const local of exactlyOne) {
    const count = atomChildren(element, local).length;
    if (count !== 1) problems.push(`RFC 4287 ${section}: ${label} must contain exactly one atom:${local} element (found ${count})`);
  }
  for (const local of atMostOne) {
    const count = atomChildren(element, local).length;
    if (count > 1) problems.push(`RFC 4287 ${section}: ${label} must not contain more than one atom:${local} element (found ${count})`);
  }
  return problems;
}

/**
 * RFC 4287 §3.3: Date constructs conform to the RFC 3339 "date-time" production, with an
 * uppercase "T" and an uppercase "Z" when there is no numeric offset. xsd:dateTime in
 * the grammar is looser (for one, it allows a missing time zone).
 */
const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function dateProblems(element: Element, label: string): string[] {
  const problems: string[] = [];
  for (const local of ["updated", "published"]) {
    for (const date of atomChildren(element, local)) {
      if (!RFC3339_DATE_TIME.test(date.text)) {
        problems.push(`RFC 4287 §3.3: atom:${local} of ${label} must be an RFC 3339 date-time such as 2026-11-20T12:00:00Z; found "${date.text}"`);
      }
    }
  }
  return problems;
}

/** An IRI is absolute and contains no whitespace (RFC 3987); `new URL` checks the rest. */
function isAbsoluteIri(value: string): boolean {
  if (value === "" || /\s/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** RFC 4287 §4.2.6: atom:id content must be an IRI, which excludes relative references. */
function idProblems(element: Element, label: string): string[] {
  return atomChildren(element, "id")
    .filter((id) => !isAbsoluteIri(id.text))
    .map((id) => `RFC 4287 §4.2.6: atom:id of ${label} must be an absolute IRI (relative references are not IRIs); found "${id.text}"`);
}

function relOf(link: Element): string {
  const rel = link.attrs.get("rel") ?? "alternate"; // RFC 4287 §4.2.7.2: no rel means "alternate"
  return rel.startsWith(IANA_REL_PREFIX) ? rel.slice(IANA_REL_PREFIX.length) : rel;
}

function isAlternate(link: Element): boolean {
  return relOf(link) === "alternate";
}

function linkProblems(element: Element, label: string, section: string): string[] {
  const problems: string[] = [];
  const links = atomChildren(element, "link");

  // Every link href must be absolute, or resolve to an absolute IRI against an absolute
  // xml:base in scope. (RFC 4287 §4.2.7.1 allows IRI references resolved against the
  // document's base; this check insists the base is stated, not guessed from where the
  // feed was fetched.)
  for (const link of links) {
    const href = link.attrs.get("href");
    if (href === undefined) continue; // the grammar reports a missing href
    if (isAbsoluteIri(href)) continue;
    const base = link.base;
    let resolved = false;
    if (base !== undefined && isAbsoluteIri(base) && !/\s/.test(href)) {
      try {
        new URL(href, base);
        resolved = true;
      } catch {
        resolved = false;
      }
    }
    if (!resolved) {
      problems.push(
        `atom:link href must be an absolute IRI (RFC 4287 §4.2.7.1; no absolute xml:base is in scope to resolve it): ` +
          `${label} has atom:link rel="${relOf(link)}" href="${href}"`,
      );
    }
  }

  // RFC 4287 §4.1.1 / §4.1.2: no more than one alternate link with the same type and hreflang.
  const seen = new Map<string, number>();
  for (const link of links.filter(isAlternate)) {
    const key = `${link.attrs.get("type") ?? ""}\u0000${link.attrs.get("hreflang") ?? ""}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const [key, count] of seen) {
    if (count < 2) continue;
    const [type, hreflang] = key.split("\u0000");
    problems.push(
      `RFC 4287 ${section}: ${label} must not contain more than one atom:link with rel="alternate" and the same type and hreflang; ` +
        `found ${count} with type="${type}" hreflang="${hreflang}"`,
    );
  }
  return problems;
}
