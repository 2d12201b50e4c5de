/**
 * Deterministic hostile and malformed inputs for the HTTP robustness suite. Every value is given in its wire form
 * (what goes into the request line, already percent-encoded or deliberately not) together with the decoded strings
 * that must never come back unescaped in an HTML or XML body. Same seed, same inputs, same order.
 */

export type Payload = { family: Family; wire: string; reflect: string[] };

export type Family =
  | "overlong"
  | "control"
  | "sql"
  | "html"
  | "bad-utf8"
  | "path"
  | "unicode"
  | "number"
  | "date"
  | "type"
  | "empty";

/** mulberry32: small, fast and good enough to pick and shuffle inputs reproducibly. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

/** Percent-encodes everything a request line cannot carry, and the URL's own delimiters; leaves <, >, " and ' raw. */
export function rawWire(text: string): string {
  return [...text].map((char) => (/[\x21-\x7e]/.test(char) && !/[%&#+=?/\\]/.test(char) ? char : encodeURIComponent(char))).join("");
}

const encode = encodeURIComponent;
const lowerHex = (text: string) => encode(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
const plusSpaces = (text: string) => encode(text).replaceAll("%20", "+");
const fullwidth = (text: string) => [...text].map((char) => (/[\x21-\x7e]/.test(char) ? String.fromCodePoint(char.codePointAt(0)! + 0xfee0) : char)).join("");

const plain = (family: Family, text: string): Payload => ({ family, wire: encode(text), reflect: [] });
const wire = (family: Family, form: string): Payload => ({ family, wire: form, reflect: [] });

/** Markers are unique per generated payload (hx<n>z), so a reflection check can find exactly this input. */
export class MarkerSource {
  private next = 0;
  take(): string {
    this.next += 1;
    return `hx${this.next}z`;
  }
}

const HTML_TEMPLATES: ((marker: string) => string)[] = [
  (m) => `<script>${m}</script>`,
  (m) => `"><svg/onload=${m}>`,
  (m) => `'><img src=x onerror=${m}>`,
  (m) => `</title><script>${m}</script>`,
  (m) => `<iframe srcdoc="<script>${m}</script>">`,
  (m) => `" autofocus onfocus=${m} x="`,
  (m) => `' onmouseover=${m} '`,
  (m) => `<a href=javascript:${m}>x</a>`,
  (m) => `javascript:${m}//`,
  (m) => `<details open ontoggle=${m}>`,
  (m) => `]]></title><script>${m}</script><![CDATA[`,
  (m) => `<!--${m}--><style>*{}</style>`,
  (m) => `<math><mtext><table><mglyph><style><img src=x onerror=${m}>`,
  (m) => `\u2028</script><script>${m}</script>`,
];

/** HTML and script fragments in several encodings; the fullwidth form must not come back NFKC-normalised either. */
export function htmlPayloads(markers: MarkerSource): Payload[] {
  const payloads: Payload[] = [];
  HTML_TEMPLATES.forEach((template, index) => {
    const forms: [(text: string) => string, (text: string) => string[]][] = [
      [encode, (t) => [t]],
      [rawWire, (t) => [t]],
      [lowerHex, (t) => [t]],
      [plusSpaces, (t) => [t]],
      [(t) => encode(encode(t)), (t) => [t]],
    ];
    if (index < 4) forms.push([(t) => encode(fullwidth(t)), (t) => [t, fullwidth(t).normalize("NFKC")]]);
    for (const [toWire, reflected] of forms) {
      const text = template(markers.take());
      payloads.push({ family: "html", wire: toWire(text), reflect: reflected(text) });
    }
  });
  return payloads;
}

/** Long values, mostly just over 10,000 characters, so the request line still fits the server's header limit. */
export function overlongPayloads(markers: MarkerSource): Payload[] {
  const script = `<script>${markers.take()}</script>`;
  return [
    plain("overlong", "a".repeat(10_240)),
    plain("overlong", "9".repeat(12_000)),
    plain("overlong", "G12345".repeat(1_800)),
    plain("overlong", "navn,".repeat(2_200)),
    plain("overlong", "æøå".repeat(700)),
    plain("overlong", "aktiv ".repeat(1_700)),
    { family: "overlong", wire: rawWire(script.repeat(Math.ceil(10_500 / script.length))), reflect: [script] },
    plain("overlong", "2026-11-20".repeat(1_050)),
    plain("overlong", "%".repeat(3_500)),
    wire("overlong", "%25".repeat(3_500)),
    plain("overlong", `${"1".repeat(5_000)}e${"9".repeat(5_000)}`),
  ];
}

export function controlPayloads(): Payload[] {
  return [
    "%00", "a%00b", "101%00", "%00101", "aktiv%00", "%01%02%03%04%05%06%07%08", "%1F", "%7F", "%0D%0ASet-Cookie:%20hx=1",
    "%0A", "%0D", "%09101", "%0B", "%1B%5B31m", "%C2%85", "%E2%80%A8", "%E2%80%A9", "%EF%BB%BF101", "%E2%80%8B101",
    "%E2%80%AEvitka", "%C2%A0101", "G12345%00", "2026-11-20%00", "csv%00", "%00".repeat(200),
  ].map((form) => wire("control", form));
}

export function sqlPayloads(): Payload[] {
  return [
    "' OR '1'='1", "1' OR 1=1--", "1; DROP TABLE kommune;--", "101 UNION SELECT NULL,NULL--", "'; SELECT pg_sleep(10);--",
    "1) OR (1=1", "$$", "\\", "'\"", "1'||'", "E'\\x00'", "aktiv' --", 'navn COLLATE "C"', "%", "_", "%_%", "ORDER BY 1",
    '{"$gt":""}', "1/**/OR/**/1=1", "'; COPY kommune TO '/tmp/x';--", "\\'; SET statement_timeout=1;--", "0x31303130",
  ].map((text) => plain("sql", text));
}

export function badUtf8Payloads(): Payload[] {
  return [
    "%C3%28", "%FF", "%", "%E0%80", "%ED%A0%80", "%F4%90%80%80", "%C0%AF", "%C0%BC", "%%", "%2", "%G1", "%u003C", "%E2%82",
    "%80", "%FE%FF", "101%", "%%32%35", "%25", "%2525", "G1234%", "%C3", "a%E9b", "%F0%9F", "%ED%B2%A9%ED%A0%BD",
  ].map((form) => wire("bad-utf8", form));
}

export function pathPayloads(): Payload[] {
  return [
    plain("path", "../../../etc/passwd"),
    wire("path", "..%2F..%2F..%2Fetc%2Fpasswd"),
    wire("path", "%2e%2e%2f%2e%2e%2f"),
    wire("path", "%252e%252e%252f"),
    plain("path", "//evil.example"),
    plain("path", "\\\\evil.example\\x"),
    wire("path", "%5C..%5C..%5C"),
    wire("path", "/etc/passwd%00.csv"),
    plain("path", "file:///etc/passwd"),
    plain("path", "http://evil.example/"),
    wire("path", "https:%2F%2Fevil.example"),
    wire("path", "..;/..;/"),
    wire("path", "%C0%AE%C0%AE%C0%AF"),
    plain("path", "／etc／passwd"),
  ];
}

export function unicodePayloads(markers: MarkerSource): Payload[] {
  const fullwidthScript = fullwidth(`<script>${markers.take()}</script>`);
  return [
    ...["１０１", "١٠١", "¹⁰¹", "𝟏𝟎𝟏", "101\u0301", "ᴬᴷᵀᴵⱽ", "aktıv", "aktİv", "ａｋｔｉｖ", "ß".repeat(40), "👶🏽", "A\u030Aarhus", "ﬀ", "\u0130",
      "G１２３４５", "Ｇ12345", "ＣＳＶ", "ｃｓｖ", "ｎａｖｎ", "ｄｅｓｃ", "２０２６-１１-２０", "\u202E101", "\uFEFF", "\u00AD101", "\u180E"].map((text) => plain("unicode", text)),
    { family: "unicode", wire: encode(fullwidthScript), reflect: [fullwidthScript.normalize("NFKC")] },
  ];
}

export function numberPayloads(): Payload[] {
  return [
    "1e309", "-1", "99999999999999999999", "0", "00", "1.5", "0x10", "1e3", "Infinity", "-Infinity", "NaN", "+1", " 1", "1 ",
    "-0", "2147483648", "9007199254740993", "1_000", "1,5", "0b1", "0o7", "1e-7", ".5", "5.", "999999", "1000000", "1000001",
    "9999", "10000", "4294967296", "-2147483649", "1" + "0".repeat(400),
  ].map((text) => plain("number", text));
}

export function datePayloads(): Payload[] {
  return [
    "2026-02-30", "0000-00-00", "9999-99-99", "0000-01-01", "0001-01-01", "9999-12-31", "2026-13-01", "2026-1-1", "20261120",
    "2026-11-20T00:00:00Z", "-002026-11-20", "+275760-09-13", "1970-01-01", "1582-10-10", "2024-02-29", "2023-02-29",
    "2026-11-20 ", "2026/11/20", "20-11-2026", "2026-W47", "now", "today", "-1", "1e309",
  ].map((text) => plain("date", text));
}

export function typePayloads(): Payload[] {
  return [
    "true", "false", "null", "undefined", "[]", "{}", "[object Object]", "__proto__", "constructor", "prototype", "toString",
    "hasOwnProperty", "aktiv,nedlagt", "AKTIV", " aktiv", "Aktiv", "desc;", "asc desc", "navn,navn", ",", ",,,", "*", "?",
    "&", "=", ";", "json,csv", "CSV", "Json",
  ].map((text) => plain("type", text));
}

/** Every family, in a fixed order. */
export function allPayloads(markers: MarkerSource): Payload[] {
  return [
    ...overlongPayloads(markers),
    ...controlPayloads(),
    ...sqlPayloads(),
    ...htmlPayloads(markers),
    ...badUtf8Payloads(),
    ...pathPayloads(),
    ...unicodePayloads(markers),
    ...numberPayloads(),
    ...datePayloads(),
    ...typePayloads(),
    { family: "empty", wire: "", reflect: [] },
  ];
}

/** A sample with every family in it: `perFamily` of each (all of a smaller family). */
export function samplePayloads(random: () => number, payloads: readonly Payload[], perFamily: number): Payload[] {
  const families = [...new Set(payloads.map((payload) => payload.family))];
  return families.flatMap((family) => pick(random, payloads.filter((payload) => payload.family === family), perFamily));
}

/** Dynamic path segments: the value families plus segment tricks; `extra` adds the route's own near-misses. */
export function segmentPayloads(markers: MarkerSource, extra: string[]): Payload[] {
  const script = `<script>${markers.take()}</script>`;
  const svg = `"><svg/onload=${markers.take()}>`;
  const tricks = [
    "..", ".", "%2e", "%2e%2e", "%2E%2E%2F%2E%2E%2Fpackage.json", "..%2F..%2Fpackage.json", "..%5C..%5Cpackage.json",
    "%2F", "%2F%2Fevil.example", "%5C", "x%2Fy", ";x=1", "x;jsessionid=1", "x.json", "%3F", "%23", "%3Fq%3D1", "~", "%7E",
    `${"a".repeat(5_000)}`, `${"%41".repeat(3_000)}`, "<".repeat(6_000), "index.html", "%20", "%09", "%C3%B8",
  ];
  return [
    ...extra.map((form) => wire("path", form)),
    ...tricks.map((form) => wire("path", form)),
    { family: "html", wire: encode(script), reflect: [script] },
    { family: "html", wire: rawWire(svg), reflect: [svg] },
  ];
}

/** Is a dynamic segment in wire form one that routes as that segment (no raw slash, dot segment or query/fragment start)? */
export function staysInSegment(form: string): boolean {
  return !/[/\\?#]/.test(form) && !/^(\.|%2e){1,2}$/i.test(form);
}
