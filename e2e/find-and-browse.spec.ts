import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { anvisningsenheder, daginstitutioner, isActive, kommunalUnit } from "./helpers/demo-data";

/** Active units København administers: under its daginstitutioner, or without one and located there. */
const admKommune = new Map(daginstitutioner.map((d) => [d.daginstitutionsNummer, d.admKommuneKode]));
const activeIn101 = anvisningsenheder.filter((u) => isActive(u) && (admKommune.get(u.daginstitutionsNummer) ?? u.kommuneKode) === "101").length;

async function headerSearch(page: Page, query: string) {
  const form = page.getByRole("banner").getByRole("search");
  await form.getByRole("searchbox").fill(query);
  await form.getByRole("button", { name: "Søg" }).click();
}

test.describe("find my numbers", () => {
  test("a G-number typed with spaces goes straight to the record", async ({ page }) => {
    await page.goto("/");
    const nummer = kommunalUnit.anvisningsenhedsNummer;
    await headerSearch(page, `${nummer[0].toLowerCase()} ${nummer.slice(1)}`);
    await expect(page).toHaveURL(new RegExp(`/anvisningsenheder/${nummer}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(kommunalUnit.anvisningsenhedsNavn);
  });

  test("a name with a typo lists the unit, and the result leads to it", async ({ page }) => {
    await page.goto("/");
    const typo = kommunalUnit.anvisningsenhedsNavn.replace(/ø/g, "o").replace(/æ/g, "ae").replace(/å/g, "aa");
    await headerSearch(page, `${typo} ${kommunalUnit.postNummer}`);
    await expect(page).toHaveURL(/\/soeg\?q=/);
    const result = page.getByRole("link", { name: kommunalUnit.anvisningsenhedsNavn, exact: true }).first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(kommunalUnit.anvisningsenhedsNavn);
  });

  test("a CVR shared by many units lists them", async ({ page }) => {
    await page.goto(`/soeg?q=${kommunalUnit.cvrNummer.slice(0, 4)}+${kommunalUnit.cvrNummer.slice(4)}`);
    await expect(page.getByRole("status")).toContainText(`CVR-nummeret ${kommunalUnit.cvrNummer}`);
    expect(await page.getByRole("listitem").filter({ hasText: "Anvisningsenhed" }).count()).toBeGreaterThan(1);
  });

  test("a common word pages its results 25 at a time, and a bad page number is explained", async ({ page }) => {
    await page.goto("/soeg?q=b%C3%B8rnehuset");
    await expect(page.getByRole("status")).toContainText("De første 100 resultater");
    const results = page.getByRole("main").getByRole("list").first();
    await expect(results.getByRole("listitem")).toHaveCount(25);
    const firstOnPageOne = await results.getByRole("listitem").first().getByRole("link").textContent();
    const pages = page.getByRole("navigation", { name: "Sider med resultater" });
    await expect(pages).toContainText("Viser 1–25 af 100 resultater");
    await pages.getByRole("link", { name: "Side 2" }).click();
    await expect(page).toHaveURL(/\/soeg\?q=b%C3%B8rnehuset&side=2$/);
    await expect(results).toHaveAttribute("start", "26");
    await expect(results.getByRole("listitem")).toHaveCount(25);
    await expect(results.getByRole("listitem").first().getByRole("link")).not.toHaveText(firstOnPageOne!);

    await page.goto("/soeg?q=b%C3%B8rnehuset&side=9");
    await expect(page.getByRole("status")).toHaveText("Siden 9 findes ikke; søgningen har 4 sider. Gå til første side");
    const bad = await page.goto("/soeg?q=b%C3%B8rnehuset&side=abc");
    expect(bad?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("side = “abc” skal være et sidetal fra 1");
  });

  test("an unknown number says so", async ({ page }) => {
    await page.goto("/soeg?q=G00001");
    await expect(page.getByRole("status")).toHaveText("Ingen resultater for institutionsnummeret G00001.");
  });
});

test.describe("check my kommune", () => {
  test("/kommuner lists the 98 kommuner by region with counts", async ({ page }) => {
    await page.goto("/kommuner");
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(5);
    await expect(page.locator("tbody tr")).toHaveCount(98);
    await page.getByRole("link", { name: "København", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("København Kommune");
  });

  test("the hierarchy folds out a daginstitution to its units", async ({ page }) => {
    await page.goto("/kommuner/101?visning=hierarki");
    const first = page.locator("details").first();
    await expect(first.getByRole("link").first()).toBeHidden();
    await first.locator("summary").click();
    await expect(first.getByRole("link").first()).toBeVisible();
    await expect(page.getByText(/daginstitutioner med \d[\d.]* anvisningsenheder/)).toContainText(`med ${activeIn101} anvisningsenheder`);
  });

  test("the table sorts on the server, says so with aria-sort, and a filter returns to page 1", async ({ page }) => {
    await page.goto("/kommuner/101?visning=tabel&side=2");
    const nameHeader = page.getByRole("columnheader", { name: /Navn/ });
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    await page.getByRole("link", { name: /^CVR/ }).click();
    await expect(page).toHaveURL(/sorter=cvr/);
    await expect(page).not.toHaveURL(/side=2/);
    await expect(page.getByRole("columnheader", { name: /CVR/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(nameHeader).not.toHaveAttribute("aria-sort", /.+/);

    await page.getByLabel("Ejerform").selectOption("3");
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page).toHaveURL(/ejerform=3/);
    await expect(page).toHaveURL(/sorter=cvr/);
    const ejerform = page.locator("tbody tr td:nth-child(5)");
    expect(new Set(await ejerform.allTextContents())).toEqual(new Set(["Privat"]));
  });

  test("rows per page, column choice and paging", async ({ page }) => {
    await page.goto("/kommuner/101?visning=tabel&pr_side=10&kolonner=nummer,navn,status");
    await expect(page.locator("tbody tr")).toHaveCount(10);
    await expect(page.getByRole("columnheader")).toHaveText([/Inst\.nr\./, /Navn/, /Status/]);
    await page.getByRole("navigation", { name: "Sider, over tabellen" }).getByRole("link", { name: "Næste" }).click();
    await expect(page).toHaveURL(/side=2/);
    await expect(page.getByText(/^Viser 11–20 af/).first()).toBeVisible();
  });

  test("the table can be used with the keyboard alone", async ({ page }) => {
    await page.goto("/kommuner/101?visning=tabel");
    const header = page.getByRole("link", { name: /^Adresse/ });
    for (let i = 0; i < 60 && !(await header.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(header).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sorter=adresse/);
    await expect(page.getByRole("columnheader", { name: /Adresse/ })).toHaveAttribute("aria-sort", "ascending");
  });

  test("an unknown kommune is a 404 page", async ({ page }) => {
    const response = await page.goto("/kommuner/999");
    expect(response?.status()).toBe(404);
  });
});

test.describe("browse the whole register", () => {
  test("facet counts follow the other filters", async ({ page }) => {
    await page.goto("/dagtilbud?region=1084");
    const kommuneOptions = await page.getByLabel("Kommune").locator("option").allTextContents();
    expect(kommuneOptions).toContain(`København (${activeIn101})`);
    expect(kommuneOptions.some((option) => option.startsWith("Aarhus"))).toBe(false);
    await page.getByLabel("Kommune").selectOption("101");
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page).toHaveURL(/kommune=101/);
    const kommuner = await page.locator("tbody tr td:nth-child(10)").allTextContents();
    expect(new Set(kommuner)).toEqual(new Set(["København"]));
  });

  test("bad parameters give a helpful page, not an error", async ({ page }) => {
    const response = await page.goto("/dagtilbud?side=-1&pr_side=100000&sorter=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("side");
    await expect(alert).toContainText("pr_side");
    await expect(alert).toContainText("<script>");
    await alert.getByRole("link", { name: "Vis listen uden filtre" }).click();
    await expect(page.locator("tbody tr")).toHaveCount(25);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, filter and sort still work", async ({ page }) => {
    await page.goto("/");
    await headerSearch(page, kommunalUnit.anvisningsenhedsNummer);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(kommunalUnit.anvisningsenhedsNavn);
    await page.goto("/kommuner/101?visning=tabel");
    await page.getByLabel("Ejerform").selectOption("1");
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page).toHaveURL(/ejerform=1/);
    await page.getByRole("link", { name: /^P-nummer/ }).click();
    await expect(page).toHaveURL(/sorter=pnummer/);
    await expect(page).toHaveURL(/ejerform=1/);
  });
});

test.describe("accessibility (axe, WCAG 2.1 AA)", () => {
  for (const path of ["/kommuner", "/kommuner/101", "/kommuner/101?visning=tabel", "/dagtilbud", "/soeg?q=b%C3%B8rnehuset", "/dagtilbud?side=0"]) {
    test(`no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
