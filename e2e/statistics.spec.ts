import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { alternativeAdresser, anvisningsenheder, daginstitutioner, formatCount, isActive } from "./helpers/demo-data";

const activeUnits = anvisningsenheder.filter(isActive);
const admKommune = new Map(daginstitutioner.map((row) => [row.daginstitutionsNummer, row.admKommuneKode]));
/** A unit counts in its daginstitution's kommune, or without one in the kommune where it lies. */
const kommuneOf = (unit: (typeof anvisningsenheder)[number]) => admKommune.get(unit.daginstitutionsNummer) ?? unit.kommuneKode;

const HEADLINES: Record<string, string> = {
  Daginstitutioner: formatCount(daginstitutioner.filter(isActive).length),
  Anvisningsenheder: formatCount(activeUnits.length),
  "Alternative adresser": formatCount(alternativeAdresser.filter(isActive).length),
  "Kommuner med anvisningsenheder": formatCount(new Set(activeUnits.map(kommuneOf)).size),
};

const CHARTS = [
  "Aktive anvisningsenheder efter institutionstype",
  "Aktive anvisningsenheder efter daginstitutionens ejerform",
  "Aktive daginstitutioner efter lovgrundlag",
  "Aktive anvisningsenheder efter region",
  "De 15 kommuner med flest aktive anvisningsenheder",
];

async function expectHeadlines(page: Page) {
  for (const [label, value] of Object.entries(HEADLINES)) {
    const card = page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });
    await expect(card.locator("dd"), label).toHaveText(value);
  }
}

/** Each chart: a figure named by its caption, an SVG image with a name and a description, and its table. */
async function expectCharts(page: Page) {
  for (const caption of CHARTS) {
    const figure = page.getByRole("figure", { name: caption });
    await expect(figure.locator("figcaption")).toHaveText(caption);
    const chart = figure.locator("svg[role=img]");
    await expect(chart).toHaveAccessibleName(`Liggende søjlediagram: ${caption}`);
    await expect(chart).toHaveAccessibleDescription(/\d/);
    const table = figure.getByRole("table", { name: caption, includeHidden: true });
    await expect(table).toBeHidden();
    // The table opens from the keyboard: a native disclosure, no script needed.
    await figure.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(table).toBeVisible();
    // One bar per row of the table, drawn in the server's HTML.
    await expect(chart.locator(":scope > g > rect")).toHaveCount(await table.locator("tbody tr").count());
  }
}

test.describe("statistik", () => {
  test("viser nøgletal, dato, links til data og kodelister", async ({ page }) => {
    await page.goto("/statistik");
    await expect(page).toHaveTitle("Statistik · Dagtilbudsregisteret");
    await expect(page.getByRole("heading", { level: 1, name: "Statistik" })).toBeVisible();
    await expect(page.getByRole("main").getByText("Tal fra øjebliksbilledet af 20. november 2026.")).toBeVisible();
    await expectHeadlines(page);
    await expect(page.getByRole("main").getByRole("link", { name: "Download data" })).toHaveAttribute("href", "/eksport");
    await expect(page.getByRole("main").getByRole("link", { name: "kodelisterne" })).toHaveAttribute("href", "/kodelister");
  });

  test("hvert diagram har billedtekst, et navngivet SVG-billede, et resumé og en tabel med tallene", async ({ page }) => {
    await page.goto("/statistik");
    await expectCharts(page);
    const types = page.getByRole("table", { name: "Aktive anvisningsenheder efter institutionstype" });
    const aldersintegreret = types.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Aldersintegreret institution" }) });
    await expect(aldersintegreret.getByRole("cell").first()).toHaveText(formatCount(activeUnits.filter((u) => u.instType3 === "6012").length));
    const total = types.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "I alt" }) });
    await expect(total.getByRole("cell").first()).toHaveText(HEADLINES.Anvisningsenheder);
  });

  test("krydstabellen og kommunetabellen summerer til det samlede antal", async ({ page }) => {
    await page.goto("/statistik");
    const cross = page.getByRole("table", { name: "Aktive anvisningsenheder efter institutionstype og ejerform" });
    await expect(cross.getByRole("row").last().getByRole("cell").last()).toHaveText(HEADLINES.Anvisningsenheder);
    const kommuner = page.getByRole("table", { name: "Aktive daginstitutioner og anvisningsenheder i hver kommune" });
    await expect(kommuner.locator("tbody tr")).toHaveCount(98);
    await expect(kommuner.locator("tfoot td")).toHaveText([HEADLINES.Daginstitutioner, HEADLINES.Anvisningsenheder]);
    const aarhus = kommuner.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Aarhus", exact: true }) });
    await expect(aarhus.getByRole("cell").last()).toHaveText(formatCount(activeUnits.filter((u) => kommuneOf(u) === "751").length));
  });

  test("et kommunenavn fører til kommunens side", async ({ page }) => {
    await page.goto("/statistik");
    await page.getByRole("table", { name: "Aktive daginstitutioner og anvisningsenheder i hver kommune" }).getByRole("link", { name: "Aarhus", exact: true }).click();
    await expect(page).toHaveURL(/\/kommuner\/751$/);
    await expect(page.getByRole("heading", { level: 1, name: "Aarhus Kommune" })).toBeVisible();
  });

  for (const width of [1280, 375]) {
    test(`ingen fund hos axe (WCAG 2.1 AA) i ${width} px bredde, også med tabellerne foldet ud`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/statistik");
      await expectNoAxeViolations(page);
      for (const summary of await page.getByText("Vis tallene som tabel").all()) await summary.click();
      await expectNoAxeViolations(page);
    });
  }

  test("diagrammerne følger sidens bredde", async ({ page }) => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/statistik");
      const chart = page.getByRole("figure", { name: CHARTS[0] }).locator("svg[role=img]");
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(width - 32);
      expect(box.width).toBeGreaterThan(Math.min(width - 100, 300));
    }
  });
});

test.describe("statistik uden JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("diagrammerne og tabellerne er gengivet på serveren", async ({ page }) => {
    await page.goto("/statistik");
    await expectHeadlines(page);
    await expectCharts(page);
  });
});
