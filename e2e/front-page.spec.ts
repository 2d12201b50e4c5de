import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Active rows of the deterministic demo snapshot the e2e database is built from (see lib/demo). */
const DEMO_TOTALS: Record<string, string> = {
  Anvisningsenheder: "4.896",
  Daginstitutioner: "2.618",
  Kommuner: "98",
  "Alternative adresser": "35",
};
const DANISH_DATE = /\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/;

async function expectTotals(page: Page) {
  for (const [label, total] of Object.entries(DEMO_TOTALS)) {
    const card = page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });
    await expect(card.locator("dd"), label).toHaveText(total);
  }
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations).toEqual([]);
}

test.describe("forside", () => {
  test("viser overskrift, tal, demobanner og dansk sprog", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.getByRole("heading", { level: 1, name: "Dagtilbudsregisteret" })).toBeVisible();
    await expectTotals(page);
    const banner = page.getByRole("note").filter({ hasText: "Demodata:" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("øjebliksbillede af 20. november 2026");
    await expect(page.getByRole("main").getByText(/^Data fra øjebliksbillede af /)).toHaveText("Data fra øjebliksbillede af 20. november 2026.");
    await expect(page.getByRole("contentinfo")).toContainText("Data fra øjebliksbillede af 20. november 2026 (demodata), indlæst");
  });

  test("genvejen til indholdet virker med tastaturet", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Gå til sidens indhold" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#indhold")).toBeFocused();
  });

  test("links i sidefoden fører til erklæringerne", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: "Tilgængelighedserklæring" }).click();
    await expect(page).toHaveURL(/\/tilgaengelighed$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tilgængelighedserklæring" })).toBeVisible();

    await page.getByRole("contentinfo").getByRole("link", { name: "Privatlivspolitik (cookies)" }).click();
    await expect(page).toHaveURL(/\/privatliv$/);
    await expect(page.getByRole("heading", { level: 1, name: "Privatlivspolitik (cookies)" })).toBeVisible();
  });

  test("siden for en ukendt adresse svarer 404 på dansk", async ({ page }) => {
    const response = await page.goto("/findes-ikke");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Siden blev ikke fundet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Gå til forsiden" })).toHaveAttribute("href", "/");
  });
});

test.describe("tilgængelighed (axe, WCAG 2.1 AA)", () => {
  for (const path of ["/", "/tilgaengelighed", "/privatliv", "/findes-ikke"]) {
    test(`ingen fund på ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("uden JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("forsiden viser overskrift, tal og demobanner", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Dagtilbudsregisteret" })).toBeVisible();
    await expectTotals(page);
    await expect(page.getByRole("note").filter({ hasText: "Demodata:" })).toContainText(DANISH_DATE);
  });

  test("sidefodens links virker", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tilgængelighedserklæring" })).toBeVisible();
  });
});
