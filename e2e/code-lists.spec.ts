import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { anvisningsenheder, daginstitutioner, formatCount, isActive } from "./helpers/demo-data";

/** The marker reads "Udledt", then (for screen readers) why. */
const UDLEDT_MARKER = /^Udledt – /;
const activeDaginstitutioner = daginstitutioner.filter(isActive);
const activeUnits = anvisningsenheder.filter(isActive);
const countWhere = <T>(rows: T[], predicate: (row: T) => boolean) => formatCount(rows.filter(predicate).length);

/** The table row of a code (its row header is the code). */
function codeRow(page: Page, table: string, kode: number) {
  return page.getByRole("table", { name: new RegExp(`^${table} `) }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(kode), exact: true }) });
}

test.describe("kodelister", () => {
  test("oversigten viser de tre lister med koder, Udledt og antal som links til oversigten over dagtilbud", async ({ page }) => {
    await page.goto("/kodelister");
    await expect(page.getByRole("heading", { level: 1, name: "Kodelister" })).toBeVisible();
    for (const name of ["Ejerform", "Lovgrundlag", "Institutionstype"]) {
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(page.getByText("Udledt:", { exact: true })).toBeVisible();

    const privat = codeRow(page, "Ejerform", 3);
    await expect(privat).toContainText("Privat");
    await expect(privat).toContainText("Dagtilbudsloven § 19, stk. 5");
    const privatCount = countWhere(activeDaginstitutioner, (row) => row.ejerformKode === "3");
    await expect(privat.getByRole("link")).toHaveText(new RegExp(`^${privatCount}`));
    await expect(privat.getByRole("link")).toHaveAttribute("href", "/dagtilbud?ejerform=3");

    const udliciteret = codeRow(page, "Ejerform", 4);
    await expect(udliciteret).toContainText("Udliciteret");
    await expect(udliciteret.getByText(UDLEDT_MARKER)).toBeVisible();

    const klub = codeRow(page, "Lovgrundlag", 8);
    await expect(klub).toContainText("Dagtilbudsloven § 66");
    await expect(klub.getByRole("link")).toHaveAttribute("href", "/dagtilbud?lovgrundlag=8");

    const aldersintegreret = codeRow(page, "Institutionstype", 6012);
    await expect(aldersintegreret.getByRole("link")).toHaveAttribute("href", "/dagtilbud?type=6012");
    await expect(aldersintegreret.getByRole("link")).toHaveText(new RegExp(`^${countWhere(activeUnits, (row) => row.instType3 === "6012")}`));
  });

  test("footeren linker til kodelisterne", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Kodelister" }).click();
    await expect(page).toHaveURL(/\/kodelister$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kodelister" })).toBeVisible();
  });

  test("listen over institutionstyper viser koder, betegnelser, Udledt og antal", async ({ page }) => {
    await page.goto("/kodelister/institutionstype");
    await expect(page).toHaveTitle("Kodeliste: Institutionstype · Dagtilbudsregisteret");
    await expect(page.getByRole("heading", { level: 1, name: "Institutionstype" })).toBeVisible();
    const codes = [...new Set(anvisningsenheder.map((row) => Number(row.instType3)))].sort((a, b) => a - b);
    for (const kode of codes) {
      const row = codeRow(page, "Institutionstype", kode);
      await expect(row.getByRole("link")).toHaveAttribute("href", `/dagtilbud?type=${kode}`);
      await expect(row.getByRole("link")).toHaveText(new RegExp(`^${countWhere(activeUnits, (unit) => unit.instType3 === String(kode))}`));
    }
    await expect(codeRow(page, "Institutionstype", 6022).getByText(UDLEDT_MARKER)).toBeVisible();
    await expect(codeRow(page, "Institutionstype", 6010).getByText(UDLEDT_MARKER)).toHaveCount(0);
    const total = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader", { name: "I alt" }) });
    await expect(total).toContainText(formatCount(activeUnits.length));
  });

  test("listen over lovgrundlag viser lovhenvisningen", async ({ page }) => {
    await page.goto("/kodelister/lovgrundlag");
    await expect(page.getByRole("columnheader", { name: "Lovhenvisning" })).toBeVisible();
    await expect(codeRow(page, "Lovgrundlag", 5)).toContainText("Dagtilbudsloven § 21");
    await expect(codeRow(page, "Lovgrundlag", 1).getByRole("link")).toHaveText(
      new RegExp(`^${countWhere(activeDaginstitutioner, (row) => row.lovgrundlagKode === "1")}`),
    );
  });

  test("en ukendt liste svarer 404", async ({ page }) => {
    const response = await page.goto("/kodelister/findes-ikke");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Siden blev ikke fundet" })).toBeVisible();
  });
});

test.describe("tilgængelighed (axe, WCAG 2.1 AA)", () => {
  for (const path of ["/kodelister", "/kodelister/lovgrundlag"]) {
    test(`ingen fund på ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
