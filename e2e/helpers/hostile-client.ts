/**
 * Sends hostile requests to the running portal over plain node:http (so the request line goes out byte for byte,
 * with no URL normalisation), a bounded number in flight, and checks every answer: no 5xx, no unescaped reflection
 * in HTML or XML, the right kind of body for the route, no off-site redirect, no leaked stack trace. Redirects to
 * the portal itself are followed and checked too.
 */
import http from "node:http";
import zlib from "node:zlib";
import { XMLValidator } from "fast-xml-parser";

/** What the address answers when it routes to the handler under test; "any" for addresses that may route elsewhere. */
export type Expect = "page" | "api" | "download" | "feed" | "any";

export type HostileCase = {
  group: string;
  route: string;
  family: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  expect: Expect;
  /** The injected fragments, decoded: one with < or > must never come back verbatim, nor its marker in a live tag or event handler. */
  reflect: string[];
};

export type Hop = { group: string; route: string; family: string; method: string; path: string; status: number; ms: number; problems: string[] };

type Answer = { status: number; headers: http.IncomingHttpHeaders; headerBytes: number; body: Buffer; ms: number };

const REQUEST_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 3;
/**
 * Response headers beyond this (plus the address asked for, which a redirect may echo once) do not pass a reverse
 * proxy with default buffers (nginx: 4 or 8 KB), which then answers 502.
 */
const MAX_RESPONSE_HEADER_BYTES = 8 * 1024;

const TAG_BEFORE_MARKER = /<(script|svg|img|iframe|object|embed|math|style|details|marquee|video|audio|body|base|link|meta)\b[^<>]*>?[^<>]{0,3}$/i;
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data"]);
const LEAKS: [RegExp, string][] = [
  [/\n\s+at (async )?[\w$.<>[\] ]+ \(?(\/|file:|[A-Z]:\\)[^\n]*:\d+:\d+\)?/, "a stack trace"],
  [/PrismaClient\w*Error|DriverAdapterError|invalid byte sequence for encoding/, "a database error"],
  [/root:x:0:0:/, "/etc/passwd"],
  [/"name":\s*"dagtilbudsregisteret"/, "package.json"],
];

function send(base: URL, method: string, path: string, headers: Record<string, string>, body: string | undefined, agent: http.Agent, retried = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let request: http.ClientRequest;
    try {
      request = http.request({ host: base.hostname, port: base.port, method, path, headers, agent, timeout: REQUEST_TIMEOUT_MS, maxHeaderSize: 1024 * 1024 }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, headerBytes: response.rawHeaders.reduce((n, part) => n + part.length + 2, 0), body: Buffer.concat(chunks), ms: performance.now() - started }));
        response.on("error", reject);
      });
    } catch (error) {
      reject(error);
      return;
    }
    request.on("timeout", () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    request.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed just before we reused it: the request never reached the server.
      if (!retried && request.reusedSocket && error.code === "ECONNRESET") send(base, method, path, headers, body, agent, true).then(resolve, reject);
      else reject(error);
    });
    request.end(body);
  });
}

function header(answer: Answer, name: string): string {
  const value = answer.headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

function markersOf(reflect: string[]): string[] {
  return [...new Set(reflect.flatMap((text) => text.match(/hx\d+z/gi) ?? []).map((marker) => marker.toLowerCase()))];
}

/** Every start tag's attributes, as the browser would read them. */
function* attributes(html: string): Generator<{ tag: string; name: string; value: string }> {
  for (const tag of html.matchAll(START_TAG)) {
    for (const attribute of tag[2].matchAll(ATTRIBUTE)) {
      yield { tag: tag[1].toLowerCase(), name: attribute[1].toLowerCase(), value: attribute[2] ?? attribute[3] ?? attribute[4] ?? "" };
    }
  }
}

/**
 * A fragment with < or > must never come back verbatim. What quotes and javascript: URLs could do shows in the
 * parsed tags: no event-handler attribute may carry an injected marker, and no link or source may be a javascript: URL.
 */
function reflectionProblems(text: string, reflect: string[]): string[] {
  const problems: string[] = [];
  for (const raw of reflect) {
    const at = /[<>]/.test(raw) ? text.indexOf(raw) : -1;
    if (at !== -1) problems.push(`reflects ${JSON.stringify(raw.slice(0, 60))} unescaped: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 20))}`);
  }
  const markers = markersOf(reflect);
  const lower = text.toLowerCase();
  for (const marker of markers) {
    for (let at = lower.indexOf(marker); at !== -1; at = lower.indexOf(marker, at + 1)) {
      const before = text.slice(Math.max(0, at - 160), at);
      if (TAG_BEFORE_MARKER.test(before)) problems.push(`marker ${marker} inside a live tag: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`);
    }
  }
  if (markers.length > 0 || /javascript:/i.test(text)) {
    for (const { tag, name, value } of attributes(text)) {
      if (name.startsWith("on") && markers.some((marker) => value.toLowerCase().includes(marker))) problems.push(`<${tag} ${name}=${JSON.stringify(value.slice(0, 40))}>: an injected event handler`);
      if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value)) problems.push(`<${tag} ${name}=${JSON.stringify(value.slice(0, 40))}>: a javascript: URL`);
    }
  }
  return problems;
}

function decompressed(answer: Answer): Buffer | null {
  const encoding = header(answer, "content-encoding").toLowerCase().trim();
  if (!encoding || encoding === "identity" || answer.body.length === 0) return answer.body;
  if (encoding === "gzip") return zlib.gunzipSync(answer.body);
  if (encoding === "deflate") return zlib.inflateSync(answer.body);
  if (encoding === "br") return zlib.brotliDecompressSync(answer.body);
  return null;
}

function bodyProblems(item: HostileCase, method: string, answer: Answer, expect: Expect): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  // Refused by Node's HTTP parser before any of the portal's code ran (431: headers or request line too large).
  if (answer.status === 431) return problems;
  const type = header(answer, "content-type").toLowerCase();
  let body: Buffer | null;
  try {
    body = decompressed(answer);
  } catch (error) {
    return [...problems, `body does not decompress: ${(error as Error).message}`];
  }
  if (body === null) return problems;
  const text = body.toString("utf8");
  for (const [pattern, what] of LEAKS) if (pattern.test(text)) problems.push(`body leaks ${what}`);
  if (type.includes("html") || type.includes("xml")) problems.push(...reflectionProblems(text, item.reflect));

  const hasBody = method !== "HEAD" && answer.status !== 204 && answer.status !== 304 && !(answer.status >= 300 && answer.status < 400);
  if (!hasBody) return problems;
  const flight = (item.headers?.RSC ?? item.headers?.rsc) === "1";
  switch (expect) {
    case "page":
      if (answer.status < 300 && !flight && !type.startsWith("text/html")) problems.push(`page answered ${type || "no content type"}`);
      break;
    case "api":
      if (!/^application\/(problem\+)?json\b/.test(type)) problems.push(`API answered ${type || "no content type"}`);
      else problems.push(...parseProblems(() => JSON.parse(text)));
      break;
    case "download":
      if (type.includes("html")) problems.push(`download answered ${type}`);
      if (answer.status === 200) {
        if (type.startsWith("application/json")) problems.push(...parseProblems(() => JSON.parse(text)));
        else if (type.startsWith("application/x-ndjson")) problems.push(...parseProblems(() => text.split("\n").filter(Boolean).forEach((line) => JSON.parse(line))));
        else if (!type.startsWith("text/csv")) problems.push(`download answered ${type || "no content type"}`);
      } else if (!type.startsWith("text/plain")) problems.push(`download error answered ${type || "no content type"}`);
      break;
    case "feed":
      if (type.includes("html")) problems.push(`feed answered ${type}`);
      if (answer.status === 200) {
        if (!type.startsWith("application/atom+xml")) problems.push(`feed answered ${type || "no content type"}`);
        else if (XMLValidator.validate(text) !== true) problems.push("feed is not well-formed XML");
      }
      break;
    case "any":
      break;
  }
  return problems;
}

function parseProblems(parse: () => unknown): string[] {
  try {
    parse();
    return [];
  } catch (error) {
    return [`body does not parse: ${(error as Error).message.slice(0, 80)}`];
  }
}

/** Where a redirect points, if it stays on the portal; otherwise the problem. */
function redirectTarget(base: URL, answer: Answer): { path: string } | { problem: string } | null {
  if (answer.status < 300 || answer.status >= 400 || answer.status === 304) return null;
  const location = header(answer, "location");
  if (!location) return { problem: `redirect ${answer.status} without Location` };
  let target: URL;
  try {
    target = new URL(location, base);
  } catch {
    return { problem: `redirect to an unreadable Location ${JSON.stringify(location.slice(0, 80))}` };
  }
  if (target.origin !== base.origin) return { problem: `redirects off the portal to ${JSON.stringify(location.slice(0, 80))}` };
  return { path: location.startsWith("/") && !location.startsWith("//") ? location : `${target.pathname}${target.search}` };
}

/** One case with its redirects; every hop is timed and checked. */
async function runCase(base: URL, item: HostileCase, agent: http.Agent, client: string): Promise<Hop[]> {
  const hops: Hop[] = [];
  let method = item.method ?? "GET";
  let path = item.path;
  let body = item.body;
  let expect = item.expect;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const headers = { "X-Forwarded-For": client, ...item.headers };
    let answer: Answer;
    try {
      answer = await send(base, method, path, headers, body, agent);
    } catch (error) {
      hops.push({ group: item.group, route: item.route, family: item.family, method, path, status: 0, ms: REQUEST_TIMEOUT_MS, problems: [`request failed: ${(error as Error).message}`] });
      return hops;
    }
    const problems = bodyProblems(item, method, answer, expect);
    if (answer.headerBytes > MAX_RESPONSE_HEADER_BYTES + path.length) problems.push(`response headers of ${answer.headerBytes} bytes`);
    const next = redirectTarget(base, answer);
    if (next && "problem" in next) problems.push(next.problem);
    hops.push({ group: item.group, route: item.route, family: item.family, method, path, status: answer.status, ms: answer.ms, problems });
    if (!next || "problem" in next) return hops;
    if (hop === MAX_REDIRECTS) {
      hops[hops.length - 1].problems.push(`more than ${MAX_REDIRECTS} redirects`);
      return hops;
    }
    if (method !== "HEAD") method = "GET";
    body = undefined;
    path = next.path;
    expect = "any";
  }
  return hops;
}

/** Runs every case with at most `concurrency` requests in flight; each case gets its own client address. */
export async function runHostile(baseURL: string, cases: HostileCase[], concurrency = 6): Promise<Hop[]> {
  const base = new URL(baseURL);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const results: Hop[][] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      results[index] = await runCase(base, cases[index], agent, `198.18.${(index >> 8) & 255}.${index & 255}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return results.flat();
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One line: count, statuses and p50/p99/max of the durations. */
export function summaryLine(label: string, hops: Hop[]): string {
  const ms = hops.map((hop) => hop.ms).sort((a, b) => a - b);
  const statuses = new Map<string, number>();
  for (const hop of hops) {
    const key = hop.status === 0 ? "failed" : `${Math.floor(hop.status / 100)}xx`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  const counts = [...statuses].sort().map(([key, n]) => `${key} ${n}`).join(", ");
  return `${label}: ${hops.length} requests (${counts}); p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, max ${(ms.at(-1) ?? 0).toFixed(0)} ms`;
}

export function describeProblem(hop: Hop): string {
  const path = hop.path.length > 140 ? `${hop.path.slice(0, 140)}…(${hop.path.length} chars)` : hop.path;
  return `${hop.method} ${path} [${hop.family}] → ${hop.status}: ${hop.problems.join("; ")}`;
}
