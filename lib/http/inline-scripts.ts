import crypto from "node:crypto";

/*
 * Next.js puts its bootstrap code and the page's React Server Components payload into inline <script> elements.
 * A page served from the snapshot cache cannot carry a per-request nonce, so its policy lists the SHA-256 of each
 * inline script instead. Only scripts of the shapes Next.js itself writes are admitted, and only when their
 * arguments are pure JSON data: anything else in the HTML (which React's escaping should make impossible) stays
 * unlisted, so the browser refuses to run it.
 */

const FLIGHT_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_PUSH = "self.__next_f.push(";
const TURBOPACK_BOOT = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const HAS_SRC = /\ssrc\s*=/i;

function jsonArgument(source: string, prefix: string): unknown {
  const call = source.endsWith(";") ? source.slice(0, -1) : source;
  if (!call.startsWith(prefix) || !call.endsWith(")")) return undefined;
  try {
    return JSON.parse(call.slice(prefix.length, -1));
  } catch {
    return undefined;
  }
}

function isFlightChunk(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && [1, 2, 3].includes(value[0]) && (typeof value[1] === "string" || value[1] === null);
}

function isTurbopackBoot(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => Array.isArray(v) && v.every((item) => typeof item === "string" || typeof item === "number"));
}

export function isFrameworkScript(source: string): boolean {
  if (source === FLIGHT_INIT) return true;
  if (source.startsWith(FLIGHT_PUSH)) return isFlightChunk(jsonArgument(source, FLIGHT_PUSH));
  if (source.startsWith(TURBOPACK_BOOT)) return isTurbopackBoot(jsonArgument(source, TURBOPACK_BOOT));
  return false;
}

export const sha256Source = (source: string) => `sha256-${crypto.createHash("sha256").update(source, "utf8").digest("base64")}`;

/** Hashes of the page's admissible inline scripts, and how many inline scripts were left out. */
export function inlineScriptHashes(html: string): { hashes: string[]; refused: number } {
  const hashes = new Set<string>();
  let refused = 0;
  for (const [, attributes = "", source] of html.matchAll(INLINE_SCRIPT)) {
    if (HAS_SRC.test(attributes) || source === "") continue;
    if (isFrameworkScript(source)) hashes.add(sha256Source(source));
    else refused++;
  }
  return { hashes: [...hashes], refused };
}
