import crypto from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { alternativeAdresser, anvisningsenheder, daginstitutioner } from "./helpers/demo-data";

const unit = anvisningsenheder[0];
const daginstitution = daginstitutioner[0];
const alternativ = alternativeAdresser[0];

/** One URL per page template, plus the not-found answers. */
const PAGES = [
  "/",
  "/kommuner",
  "/kommuner/101",
  "/kommuner/101?visning=hierarki",
  "/kommuner/101?visning=tabel",
  `/anvisningsenheder/${unit.anvisningsenhedsNummer}`,
  `/daginstitutioner/${daginstitution.daginstitutionsNummer}`,
  `/alternative-adresser/${alternativ.alternativAdresseNummer}`,
  "/dagtilbud",
  "/dagtilbud?kommune=101",
  "/soeg",
  "/soeg?q=b%C3%B8rnehave",
  "/aendringer",
  "/kvalitet",
  "/kvalitet/regler",
  "/statistik",
  "/kodelister",
  "/kodelister/ejerform",
  "/eksport",
  "/api-dokumentation",
  "/tilgaengelighed",
  "/privatliv",
  "/findes/ikke",
];

/** One URL per API route, download and feed. */
const NON_DOCUMENTS = [
  "/api/health",
  "/api/v1/kommuner",
  "/api/v1/kodelister",
  "/api/v1/dagtilbud?kommune=101",
  "/api/v1/anvisningsenheder?kommune=101",
  `/api/v1/anvisningsenheder/${unit.anvisningsenhedsNummer}`,
  "/api/v1/daginstitutioner?kommune=101",
  `/api/v1/daginstitutioner/${daginstitution.daginstitutionsNummer}`,
  "/api/v1/alternative-adresser",
  "/api/v1/openapi.json",
  "/api/v1/findes-ikke",
  "/eksport/dagtilbud?kommune=101&format=csv",
  "/eksport/officielle/daginstitutioner.csv",
  "/aendringer/eksport?format=json",
  "/aendringer/feed",
  "/kvalitet/eksport?format=csv",
  "/robots.txt",
];

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((part) => part.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...values]) => [name, values]));
}

function expectCommonHeaders(response: APIResponse, url: string) {
  const headers = response.headers();
  expect(headers["strict-transport-security"], url).toMatch(/max-age=\d{8,}/);
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], url).toContain("camera=()");
  expect(headers["x-frame-options"], url).toBe("DENY");
  expect(headers["set-cookie"], url).toBeUndefined();
  expect(headers["x-powered-by"], url).toBeUndefined();
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)].filter(([, attrs = "", body]) => !/\ssrc=/i.test(attrs) && body !== "").map(([, , body]) => body);

test.describe("sikkerhedsheadere", () => {
  for (const url of PAGES) {
    test(`siden ${url} har en streng CSP, der dækker præcis sidens egne inline-scripts`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
      expectCommonHeaders(response, url);
      const csp = directives(response.headers()["content-security-policy"] ?? "");
      const scriptSrc = csp.get("script-src") ?? [];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc).not.toContain("*");
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'none'"]);
      const html = await response.text();
      const scripts = inlineScripts(html);
      expect(scripts.length, "Next.js writes inline scripts on every page").toBeGreaterThan(0);
      for (const script of scripts) {
        const hash = `'sha256-${crypto.createHash("sha256").update(script).digest("base64")}'`;
        expect(scriptSrc, `inline script ${script.slice(0, 60)}…`).toContain(hash);
      }
    });
  }

  for (const url of NON_DOCUMENTS) {
    test(`${url} har sikkerhedsheadere og en CSP, der intet tillader`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
      expectCommonHeaders(response, url);
      const csp = directives(response.headers()["content-security-policy"] ?? "");
      expect(csp.get("default-src")).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    });
  }

  test("en indsprøjtet inline-script-blok får ingen hash: kun Next.js' egne former godkendes", async ({ request }) => {
    const response = await request.get(`/soeg?q=${encodeURIComponent("<script>alert(1)</script>")}`);
    const html = await response.text();
    expect(html).not.toContain("<script>alert(1)</script>");
    const forged = `'sha256-${crypto.createHash("sha256").update("alert(1)").digest("base64")}'`;
    expect(response.headers()["content-security-policy"]).not.toContain(forged);
  });
});

test.describe("sider i browseren under CSP", () => {
  for (const url of ["/", "/kommuner/101?visning=tabel", `/anvisningsenheder/${unit.anvisningsenhedsNummer}`, "/soeg?q=b%C3%B8rnehave", "/statistik"]) {
    test(`${url} kører sine scripts uden CSP-overtrædelser og sætter ingen cookies`, async ({ page, context }) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => console.error(`Refused to execute: CSP ${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(url);
      await page.waitForFunction(() => document.readyState === "complete");
      // Hydration ran: React has attached itself to the document.
      await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__react")))).toBe(true);
      expect(violations).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }

  test("kopiknappen på en enhedsside virker, så sidens scripts er godkendt af CSP", async ({ page }) => {
    await page.goto(`/anvisningsenheder/${unit.anvisningsenhedsNummer}`);
    await expect(page.getByRole("button", { name: `Kopiér institutionsnummer ${unit.anvisningsenhedsNummer}` })).toBeVisible();
  });
});

test.describe("sidecache pr. øjebliksbillede", () => {
  test("en side gengives én gang og serveres derefter fra hukommelsen med samme indhold og ETag", async ({ request }) => {
    const url = "/kommuner/147";
    const first = await request.get(url);
    const second = await request.get(url);
    expect(second.headers()["x-cache"]).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(second.headers().etag).toBe(first.headers().etag);
    expect(second.headers()["cache-control"]).toContain("s-maxage=");
    const revalidated = await request.get(url, { headers: { "If-None-Match": first.headers().etag } });
    expect(revalidated.status()).toBe(304);
  });

  test("søgning gengives pr. forespørgsel og caches ikke i delte caches", async ({ request }) => {
    const response = await request.get("/soeg?q=b%C3%B8rnehave");
    expect(response.headers()["x-cache"]).toBe("dynamic");
    expect(response.headers()["cache-control"]).toContain("no-store");
  });

  test("/api/health melder databasen og det seneste øjebliksbillede", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "ok" });
    expect(body.snapshot.snapshotDato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.version).toMatch(/^s\d+$/);
  });
});
