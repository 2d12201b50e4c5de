/** Headers every response carries, whatever it is. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** For answers that are not HTML pages (API, downloads, feeds): nothing may load or run, nothing may frame them. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * An HTML page's policy: scripts from this origin plus exactly the inline scripts whose hashes are listed (no
 * 'unsafe-inline', no 'unsafe-eval'); styles from this origin plus listed inline styles; no plugins, no framing.
 */
export function documentCsp(scriptHashes: readonly string[], styleHashes: readonly string[] = []): string {
  const list = (hashes: readonly string[]) => hashes.map((h) => ` '${h}'`).join("");
  return [
    "default-src 'self'",
    `script-src 'self'${list(scriptHashes)}`,
    `style-src 'self'${list(styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function withSecurityHeaders(headers: Headers, csp: string): Headers {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  headers.set("Content-Security-Policy", csp);
  return headers;
}
