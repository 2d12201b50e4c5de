import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { kommunalUnit } from "./helpers/demo-data";

test("the API page lists every documented address and links the OpenAPI document", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
  const document = await (await page.request.get("/api/v1/openapi.json")).json();
  for (const path of Object.keys(document.paths)) await expect(page.getByRole("cell", { name: `GET ${path}`, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the API answers over HTTP with JSON, CORS and an ETag, and 304 on revalidation", async ({ request }) => {
  const response = await request.get(`/api/v1/anvisningsenheder/${kommunalUnit.anvisningsenhedsNummer}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(await response.json()).toMatchObject({ nummer: kommunalUnit.anvisningsenhedsNummer, navn: kommunalUnit.anvisningsenhedsNavn });
  const again = await request.get(`/api/v1/anvisningsenheder/${kommunalUnit.anvisningsenhedsNummer}`, { headers: { "If-None-Match": response.headers()["etag"] } });
  expect(again.status()).toBe(304);
  const missing = await request.get("/api/v1/anvisningsenheder/G00001");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");
});
