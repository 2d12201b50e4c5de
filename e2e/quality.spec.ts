import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoAxeViolations } from "./helpers/axe";

/** The findings table of /kvalitet and the text of one column of its rows. */
const table = (page: Page) => page.getByRole("region", { name: "Fund i registret", exact: true });
const rows = (page: Page) => table(page).locator("tbody tr");
async function column(page: Page, index: number): Promise<string[]> {
  return rows(page).locator(`td:nth-child(${index})`).allInnerTexts();
}
/** "Viser 1–50 af 445 fund" → 445. */
async function total(page: Page): Promise<number> {
  const text = await page.getByRole("navigation", { name: "Sider, over tabellen" }).getByText(/^Viser /).innerText();
  return Number(text.match(/af ([\d.]+) fund/)![1].replace(/\./g, ""));
}

test.describe("data quality", () => {
  test("/kvalitet explains itself, counts per severity and lists the findings", async ({ page }) => {
    await page.goto("/kvalitet");
    await expect(page.getByRole("heading", { level: 1, name: "Datakvalitet" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Registret selv viser ingen sådan kontrol");
    await expect(page.getByRole("main")).toContainText(/beregnes forfra ved hver indlæsning; de viste er fra øjebliksbilledet af \d+\. \w+ \d{4}/);
    const summary = page.getByRole("region", { name: "Overblik" });
    for (const word of ["fejl", "advarsler", "info"]) await expect(summary.getByRole("link", { name: new RegExp(`^[\\d.]+ ${word}`) })).toBeVisible();
    expect(await rows(page).count()).toBeGreaterThan(0);
    await expect(rows(page).first().getByRole("link").first()).toHaveAttribute("href", /^\/(daginstitutioner|anvisningsenheder|alternative-adresser)\/[A-Z]\d{5}$/);
    await expectNoAxeViolations(page);
  });

  test("filters by rule with the form, and the severity links filter by severity", async ({ page }) => {
    await page.goto("/kvalitet");
    await page.getByLabel("Regel", { exact: true }).selectOption("MANGLER_PNUMMER");
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page).toHaveURL(/\/kvalitet\?.*\bregel=MANGLER_PNUMMER\b/);
    const rules = await column(page, 3);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule).toContain("MANGLER_PNUMMER");

    await page.goto("/kvalitet");
    await page.getByRole("region", { name: "Overblik" }).getByRole("link", { name: /fejl/ }).click();
    await expect(page).toHaveURL(/\/kvalitet\?alvorlighed=fejl$/);
    for (const severity of await column(page, 2)) expect(severity).toBe("Fejl");
  });

  test("pages through the findings", async ({ page }) => {
    await page.goto("/kvalitet");
    const all = await total(page);
    expect(all).toBeGreaterThan(50);
    await expect(rows(page)).toHaveCount(50);
    const firstPage = await column(page, 1);
    await page.getByRole("navigation", { name: "Sider, over tabellen" }).getByRole("link", { name: "Næste" }).click();
    await expect(page).toHaveURL(/\/kvalitet\?side=2$/);
    await expect(page.getByRole("navigation", { name: "Sider, over tabellen" })).toContainText(`Viser 51–${Math.min(100, all)} af`);
    expect(await column(page, 1)).not.toEqual(firstPage);
  });

  test("a download holds the filtered findings, all pages, as Danish Excel CSV", async ({ page }) => {
    await page.goto("/kvalitet?regel=PNUMMER_DELT");
    const expected = await total(page);
    const link = page.getByRole("link", { name: "Excel (CSV)", exact: true });
    await expect(link).toHaveAttribute("href", "/kvalitet/eksport?regel=PNUMMER_DELT&format=csv-excel");
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="kvalitetsfund-regel-PNUMMER_DELT-\d{4}-\d{2}-\d{2}-excel\.csv"$/);
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8")).toContain("\r\n");
    const records = parse(body, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(expected);
    expect(new Set(records.map((r) => r.Regel))).toEqual(new Set(["PNUMMER_DELT"]));

    const json = await (await page.request.get("/kvalitet/eksport?regel=PNUMMER_DELT&format=json")).json();
    expect(json.meta.antal).toBe(expected);
    expect(json.data).toHaveLength(expected);
  });

  test("a bad parameter gives a message naming it, on the page and in the export", async ({ page }) => {
    const response = await page.goto("/kvalitet?regel=FINDES_IKKE&alvorlighed=kritisk");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "ugyldige parametre" });
    await expect(alert).toContainText("regel");
    await expect(alert).toContainText("er ikke en kendt regel");
    await expect(alert).toContainText("alvorlighed");
    const bad = await page.request.get("/kvalitet/eksport?format=csv&niveau=kommune");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("niveau");
  });

  test("/kvalitet/regler explains every rule with its count and shows the inferred matrix", async ({ page }) => {
    await page.goto("/kvalitet/regler");
    await expect(page.getByRole("heading", { level: 1, name: "Regler for datakvalitet" })).toBeVisible();
    const titles = {
      KRYDS_EJERFORM: "Ejerformen passer ikke til lovgrundlaget",
      MANGLER_PNUMMER: "P-nummer mangler",
      PNUMMER_DELT: "P-nummeret deles med andre aktive anvisningsenheder",
      IMPORT_UKENDT_KODE: "Koden findes ikke i portalens kodeliste",
    };
    for (const [code, title] of Object.entries(titles)) {
      await expect(page.locator(`#${code}`).getByRole("heading", { level: 3 })).toHaveText(new RegExp(`^${title}`));
      await expect(page.locator(`#${code}`)).toContainText(code);
    }
    const rule = page.locator("#MANGLER_PNUMMER");
    await expect(rule).toContainText("Hvad skal der gøres, og af hvem?");
    await expect(rule.getByRole("link", { name: /^[\d.]+ fund/ })).toHaveAttribute("href", "/kvalitet?regel=MANGLER_PNUMMER");
    await expect(page.locator("#KRYDS_EJERFORM").getByRole("link", { name: /^Udledt/ })).toHaveAttribute("href", "/kvalitet/regler#krydsvalidering");
    const matrix = page.getByRole("region", { name: "Krydsvalideringstabel" });
    await expect(matrix.getByRole("row", { name: /^1 Kommunal daginstitution/ })).toContainText("1 Kommunal");
    await expect(page.getByRole("main")).toContainText("den officielle tabel er ikke fundet");
    await expectNoAxeViolations(page);
  });

  test("a record with a finding shows it on its page, with a link to the rule", async ({ page }) => {
    await page.goto("/kvalitet?alvorlighed=fejl");
    const row = rows(page).first();
    const message = (await row.locator("td:nth-child(5)").innerText()).trim();
    const ruleCode = (await row.locator("td:nth-child(3) span.block").innerText()).trim();
    await row.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/(daginstitutioner|anvisningsenheder|alternative-adresser)\/[A-Z]\d{5}$/);
    const section = page.getByRole("region", { name: "Datakvalitet", exact: true });
    const item = section.getByRole("listitem").filter({ hasText: message });
    await expect(item).toContainText("Fejl");
    await item.getByRole("link", { name: /^Om reglen/ }).click();
    await expect(page).toHaveURL(new RegExp(`/kvalitet/regler#${ruleCode}$`));
    await expect(page.locator(`#${ruleCode}`)).toBeVisible();
  });
});

test.describe("data quality without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form filters by kommune", async ({ page }) => {
    await page.goto("/kvalitet");
    const select = page.getByLabel("Kommune", { exact: true });
    const option = select.locator("option").nth(1);
    const [value, label] = [await option.getAttribute("value"), await option.innerText()];
    const kommune = label.replace(/ \([\d.]+\)$/, "");
    await select.selectOption(value!);
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/kvalitet\\?.*\\bkommune=${value}\\b`));
    const kommuner = await column(page, 4);
    expect(kommuner.length).toBeGreaterThan(0);
    expect(new Set(kommuner)).toEqual(new Set([kommune]));
    await expect(page.getByRole("link", { name: "Nulstil filtrene" })).toHaveAttribute("href", "/kvalitet");
  });
});
