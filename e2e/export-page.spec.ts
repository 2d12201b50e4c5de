import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import {
  ALTERNATIV_ADRESSE_COLUMNS, ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS, OFFICIAL_FILE_NAMES, SAMLET_COLUMNS,
} from "../lib/official-format/columns";
import { expectNoAxeViolations } from "./helpers/axe";

const FILES = [
  { heading: "Daginstitutioner", name: OFFICIAL_FILE_NAMES.daginstitutioner, columns: DAGINSTITUTION_COLUMNS },
  { heading: "Anvisningsenheder", name: OFFICIAL_FILE_NAMES.anvisningsenheder, columns: ANVISNINGSENHED_COLUMNS },
  { heading: "Alternative adresser", name: OFFICIAL_FILE_NAMES.alternativeAdresser, columns: ALTERNATIV_ADRESSE_COLUMNS },
  { heading: "Samlet udtræk", name: OFFICIAL_FILE_NAMES.samlet, columns: SAMLET_COLUMNS },
];
const BOM = "\uFEFF";

/** The section of one file on /eksport. */
const fileSection = (page: Page, heading: string) => page.getByRole("region", { name: heading, exact: true });

/** "… · 2.680 daginstitutioner, heraf 12 nedlagte · 10 kolonner" → 2680 */
async function shownRowCount(page: Page, heading: string): Promise<number> {
  const text = await fileSection(page, heading).getByText(/ kolonner$/).first().textContent();
  const match = /· ([\d.]+) /.exec(text ?? "");
  if (!match) throw new Error(`no row count in "${text}"`);
  return Number(match[1].replace(/\./g, ""));
}

test.describe("download af registrets filer", () => {
  test("siden viser de fire filer med links, kolonner, format og henvisning til listeeksport", async ({ page }) => {
    await page.goto("/eksport");
    await expect(page).toHaveTitle("Download data · Dagtilbudsregisteret");
    await expect(page.getByRole("heading", { level: 1, name: "Download data" })).toBeVisible();
    await expect(page.getByText(/Data fra øjebliksbillede af \d{1,2}\. \p{L}+ \d{4}/u).first()).toBeVisible();
    await expect(page.getByText(/også nedlagte dagtilbud/)).toBeVisible();

    for (const file of FILES) {
      const section = fileSection(page, file.heading);
      await expect(section.getByRole("heading", { level: 2, name: file.heading })).toBeVisible();
      await expect(section.getByRole("link", { name: `Hent ${file.name}` })).toHaveAttribute("href", `/eksport/officielle/${file.name}`);
      expect(await shownRowCount(page, file.heading)).toBeGreaterThan(0);

      const columns = section.getByRole("listitem");
      await expect(columns.first()).toBeHidden();
      await section.getByText(`Kolonner i ${file.name}`).click();
      await expect(columns).toHaveText([...file.columns]);
    }

    const format = page.getByRole("region", { name: "Format" });
    for (const text of [/Semikolon/, /UTF-8 med BOM/, /CRLF/, /Decimalkomma/]) await expect(format.getByText(text)).toBeVisible();
    await expect(page.getByRole("region", { name: "Kun en del af registret?" }).getByRole("link", { name: "Alle dagtilbud" })).toHaveAttribute("href", "/dagtilbud");
  });

  test("hver fil hentes som CSV i registrets format med det antal rækker, siden nævner", async ({ page }) => {
    await page.goto("/eksport");
    for (const file of FILES) {
      const response = await page.request.get(`/eksport/officielle/${file.name}`);
      expect(response.status(), file.name).toBe(200);
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${file.name.replace(/\.csv$/, "")}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
      expect(response.headers()["last-modified"]).toBeTruthy();

      const body = (await response.body()).toString("utf8");
      expect(body.startsWith(BOM), `${file.name} starts with the BOM`).toBe(true);
      expect(body.slice(1, body.indexOf("\r\n"))).toBe(file.columns.join(";"));
      const records = parse(body, { bom: true, delimiter: ";", record_delimiter: "\r\n", relax_quotes: true, columns: true }) as Record<string, string>[];
      expect(records.length, file.name).toBe(await shownRowCount(page, file.heading));
    }
  });

  test("linket på siden giver en download med filnavn og dato", async ({ page }) => {
    await page.goto("/eksport");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      fileSection(page, "Daginstitutioner").getByRole("link", { name: `Hent ${OFFICIAL_FILE_NAMES.daginstitutioner}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^daginstitutioner-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  test("en ukendt fil svarer 404", async ({ page }) => {
    const response = await page.request.get("/eksport/officielle/findes-ikke.csv");
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  });
});

test.describe("uden JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("siden viser filerne og kolonnerne kan foldes ud", async ({ page }) => {
    await page.goto("/eksport");
    for (const file of FILES) await expect(page.getByRole("link", { name: `Hent ${file.name}` })).toBeVisible();
    const section = fileSection(page, "Samlet udtræk");
    await section.getByText(`Kolonner i ${OFFICIAL_FILE_NAMES.samlet}`).click();
    await expect(section.getByRole("listitem").first()).toHaveText("dagtilbudsType");
  });
});

test.describe("tilgængelighed (axe, WCAG 2.1 AA)", () => {
  test("ingen fund på /eksport", async ({ page }) => {
    await page.goto("/eksport");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByText(`Kolonner i ${OFFICIAL_FILE_NAMES.samlet}`).click();
    await expectNoAxeViolations(page);
  });
});
