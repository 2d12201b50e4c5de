import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoAxeViolations } from "./helpers/axe";
import { anvisningsenheder, daginstitutioner, formatCount, isActive } from "./helpers/demo-data";

/** Active units of type 6012 København lists: under its daginstitutioner, or without one and located there. */
const admKommune = new Map(daginstitutioner.map((d) => [d.daginstitutionsNummer, d.admKommuneKode]));
const expected = anvisningsenheder.filter((u) => isActive(u) && u.instType3 === "6012" && (admKommune.get(u.daginstitutionsNummer) ?? u.kommuneKode) === "101").length;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date());
const FORMATS = { "Excel (CSV)": "csv-excel", CSV: "csv", JSON: "json", "JSON Lines": "jsonl" } as const;

test.describe("export any view, in full", () => {
  test("the kommune table links every format with the kommune and the filters in the URL", async ({ page }) => {
    await page.goto("/kommuner/101?visning=tabel&type=6012");
    await expect(page.getByText(/^Download hele listen/)).toHaveText(`Download hele listen (${formatCount(expected)} enheder):`);
    for (const [name, format] of Object.entries(FORMATS)) {
      const link = page.getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("href", `/eksport/dagtilbud?kommune=101&type=6012&format=${format}`);
      await expect(link).toHaveAttribute("download", "");
    }
    await expectNoAxeViolations(page);
  });

  test("the links keep the sort and drop the page", async ({ page }) => {
    await page.goto("/dagtilbud?ejerform=3&sorter=adresse&retning=desc&side=2&pr_side=50");
    await expect(page.getByRole("link", { name: "JSON", exact: true })).toHaveAttribute("href", "/eksport/dagtilbud?ejerform=3&sorter=adresse&retning=desc&format=json");
  });

  test("a download is the whole view, as an attachment with a telling file name", async ({ page }) => {
    await page.goto("/kommuner/101?visning=tabel&type=6012");
    const excel = await page.request.get((await page.getByRole("link", { name: "Excel (CSV)", exact: true }).getAttribute("href"))!);
    expect(excel.status()).toBe(200);
    expect(excel.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(excel.headers()["content-disposition"]).toBe(`attachment; filename="dagtilbud-kommune-101-type-6012-${today}-excel.csv"`);
    const body = await excel.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(body, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(expected);
    expect(new Set(records.map((r) => r.Kommune))).toEqual(new Set(["København"]));

    const lines = await page.request.get((await page.getByRole("link", { name: "JSON Lines", exact: true }).getAttribute("href"))!);
    expect(lines.status()).toBe(200);
    expect(lines.headers()["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    expect(lines.headers()["content-disposition"]).toBe(`attachment; filename="dagtilbud-kommune-101-type-6012-${today}.jsonl"`);
    expect((await lines.text()).trimEnd().split("\n")).toHaveLength(expected);
  });

  test("a bad format or list parameter is a 400 that names it", async ({ page }) => {
    const badFormat = await page.request.get("/eksport/dagtilbud?kommune=101&format=xlsx");
    expect(badFormat.status()).toBe(400);
    expect(await badFormat.text()).toContain("format");
    const badSort = await page.request.get("/eksport/dagtilbud?kommune=101&sorter=hemmelig&format=csv");
    expect(badSort.status()).toBe(400);
    expect(await badSort.text()).toContain("sorter");
  });
});
