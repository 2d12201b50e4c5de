import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { anvisningsenheder, daginstitutioner, formatCount, isActive } from "./helpers/demo-data";

const changeRows = "main table tbody tr";

test.describe("changes across the register", () => {
  test("/aendringer lists the demo's changes and filters them by kind with the form", async ({ page }) => {
    await page.goto("/aendringer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ændringer i registret");
    await expect(page.locator(changeRows).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Slags ændring").selectOption("flyttet");
    await page.getByRole("button", { name: "Vis ændringer" }).click();
    await expect(page).toHaveURL(/art=flyttet/);
    const kinds = await page.locator(`${changeRows} td:nth-child(4)`).allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((text) => text.startsWith("Flyttet"))).toBe(true);
  });

  test("a moved unit's history links to its previous daginstitution", async ({ page }) => {
    await page.goto("/aendringer?art=flyttet&niveau=anvisningsenhed");
    const row = page.locator(changeRows).first();
    const previous = await row.locator("td:nth-child(5) a").textContent();
    await row.locator("td:nth-child(2) a").click();
    await expect(page).toHaveURL(/\/anvisningsenheder\/[A-Z]\d{5}$/);
    const history = page.getByRole("region", { name: "Historik" });
    await expect(history.getByText("Flyttet")).toBeVisible();
    await history.getByRole("link", { name: previous! }).click();
    await expect(page).toHaveURL(/\/daginstitutioner\/[A-Z]\d{5}$/);
  });

  test("a bad parameter names itself instead of failing", async ({ page }) => {
    const response = await page.goto("/aendringer?art=slettet&fra=2026-13-01");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("art");
    await expect(alert).toContainText("fra");
  });

  test("the download and the Atom feed follow the filters", async ({ page, request }) => {
    await page.goto("/aendringer?art=nedlagt");
    const csv = await request.get((await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href"))!);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toContain("Ændring");
    expect(lines.slice(1).every((line) => line.includes(",Nedlagt,"))).toBe(true);
    const feedHref = await page.getByRole("link", { name: /Atom-feed/ }).getAttribute("href");
    expect(feedHref).toBe("/aendringer/feed?art=nedlagt");
    const feed = await request.get(feedHref!);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">");
  });
});

test.describe("changedSince on the browse page", () => {
  test("the date field narrows the list to units changed since the day", async ({ page }) => {
    await page.goto("/dagtilbud?status=alle");
    const all = await page.getByText(/^Viser 1–25 af/).first().textContent();
    await page.getByLabel("Ændret siden").fill("2026-11-17");
    await page.getByRole("button", { name: /Vis/ }).first().click();
    await expect(page).toHaveURL(/changedSince=2026-11-17/);
    const changed = await page.getByText(/^(Viser \d+–\d+ af|Ingen)/).first().textContent();
    expect(changed).not.toBe(all);
  });
});

test.describe("the kommune overview", () => {
  const admKommune = new Map(daginstitutioner.map((d) => [d.daginstitutionsNummer, d.admKommuneKode]));
  const activeIn101 = anvisningsenheder.filter((u) => isActive(u) && (admKommune.get(u.daginstitutionsNummer) ?? u.kommuneKode) === "101").length;
  const activeDaginstitutioner101 = daginstitutioner.filter((d) => isActive(d) && d.admKommuneKode === "101").length;

  test("/kommuner/101 opens on the overview: counts, findings, changes and downloads", async ({ page, request }) => {
    await page.goto("/kommuner/101");
    await expect(page.getByRole("link", { name: "Overblik" })).toHaveAttribute("aria-current", "page");
    const figures = page.getByRole("region", { name: "Kommunen i tal" });
    await expect(figures.getByText("Anvisningsenheder", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(formatCount(activeIn101));
    await expect(figures.getByText("Daginstitutioner", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(formatCount(activeDaginstitutioner101));
    await expect(page.getByRole("region", { name: "Datakvalitet" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Seneste ændringer" })).toBeVisible();
    await expectNoAxeViolations(page);

    const download = page.getByRole("region", { name: "Hent kommunens data" }).getByRole("link", { name: "JSON" });
    const json = await (await request.get((await download.getAttribute("href"))!)).json();
    expect(json.meta.filtre).toMatchObject({ kommune: 101, status: "alle" });
  });

  test("a type count leads to the kommune's table filtered on that type", async ({ page }) => {
    await page.goto("/kommuner/101");
    const table = page.getByRole("table", { name: "Aktive enheder efter type" });
    const first = table.locator("tbody tr").first();
    const count = (await first.locator("td").nth(1).textContent())!;
    await first.getByRole("link").click();
    await expect(page).toHaveURL(/visning=tabel&type=\d+/);
    await expect(page.getByText(new RegExp(`af ${count.replace(".", "\\.")} enheder`)).first()).toBeVisible();
  });
});
