import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import {
  alternativeAddress,
  closedUnit,
  kommunalUnit,
  parentOf,
  privateDaginstitution,
  sharedPNummerPair,
  unitOfAlternativeAddress,
  unitWithoutPNummer,
} from "./helpers/demo-data";

const unitPath = (nummer: string) => `/anvisningsenheder/${nummer}`;
const daginstitutionPath = (nummer: string) => `/daginstitutioner/${nummer}`;
const alternativeAddressPath = (nummer: string) => `/alternative-adresser/${nummer}`;

async function expectRecordHeading(page: Page, nummer: string, navn: string, status: "Aktiv" | "Nedlagt") {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(navn);
  await expect(page.getByTestId("institutionsnummer")).toHaveText(nummer);
  const fields = page.locator("section[aria-labelledby=oplysninger] dl");
  await expect(fields.locator("div", { has: page.locator("dt", { hasText: /^Institutionsnummer$/ }) }).locator("dd")).toHaveText(nummer);
  await expect(fields.locator("div", { has: page.locator("dt", { hasText: /^Status$/ }) }).locator("dd")).toContainText(status);
}

test.describe("anvisningsenhed", () => {
  const parent = parentOf(kommunalUnit);

  test("viser nummer, navn, status, felter og daginstitutionen", async ({ page }) => {
    await page.goto(unitPath(kommunalUnit.anvisningsenhedsNummer));
    await expect(page).toHaveTitle(`${kommunalUnit.anvisningsenhedsNavn} (${kommunalUnit.anvisningsenhedsNummer}) · Dagtilbudsregisteret`);
    await expectRecordHeading(page, kommunalUnit.anvisningsenhedsNummer, kommunalUnit.anvisningsenhedsNavn, "Aktiv");
    const main = page.getByRole("main");
    await expect(main).toContainText(kommunalUnit.pNummer);
    await expect(main).toContainText(kommunalUnit.instType3_Tekst);
    await expect(main.getByText(/^Data fra øjebliksbillede af /)).toHaveText("Data fra øjebliksbillede af 20. november 2026.");
    await expect(main.getByText(/^Senest opdateret i registret$/).locator("xpath=..").locator("dd")).toHaveText(/^\d{1,2}\.\d{1,2}\.\d{4} kl\. \d{2}\.\d{2}$/);
    await expect(page.getByRole("region", { name: "Er noget forkert?", exact: true })).toContainText(
      `Kontakt ${parent.admKommuneKode_Tekst} Kommune, som vedligeholder enhedens oplysninger i registret via kommunens system`,
    );

    const section = page.getByRole("region", { name: "Daginstitution", exact: true });
    await expect(section).toContainText(parent.daginstitutionsNummer);
    await expect(section).toContainText(parent.lovgrundlagKode_Tekst);
    await section.getByRole("link", { name: parent.daginstitutionsNavn, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${daginstitutionPath(parent.daginstitutionsNummer)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(parent.daginstitutionsNavn);
    await expect(page.getByRole("region", { name: "Anvisningsenheder", exact: true }).getByRole("link", { name: kommunalUnit.anvisningsenhedsNavn, exact: true })).toHaveAttribute(
      "href",
      unitPath(kommunalUnit.anvisningsenhedsNummer),
    );
  });

  test("en nedlagt enhed siger det tydeligt og kan stadig ses", async ({ page }) => {
    const response = await page.goto(unitPath(closedUnit.anvisningsenhedsNummer));
    expect(response?.status()).toBe(200);
    await expectRecordHeading(page, closedUnit.anvisningsenhedsNummer, closedUnit.anvisningsenhedsNavn, "Nedlagt");
    await expect(page.getByRole("note").filter({ hasText: "Nedlagt:" })).toContainText(
      "Nedlagt: enheden er lukket. Portalen registrerede lukningen i øjebliksbilledet af 20. november 2026.",
    );
  });

  test("viser de andre enheder med samme p-nummer", async ({ page }) => {
    const [unit, other] = sharedPNummerPair;
    await page.goto(unitPath(unit.anvisningsenhedsNummer));
    const section = page.getByRole("region", { name: "Andre enheder med samme p-nummer", exact: true });
    await expect(section).toContainText(`P-nummer ${unit.pNummer} bruges også af denne anvisningsenhed`);
    await expect(section).toContainText("Tilslutning");
    await expect(section.getByRole("link")).toHaveCount(1);
    await section.getByRole("link", { name: other.anvisningsenhedsNavn, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${unitPath(other.anvisningsenhedsNummer)}$`));
    await expect(page.getByRole("region", { name: "Andre enheder med samme p-nummer", exact: true }).getByRole("link", { name: unit.anvisningsenhedsNavn, exact: true })).toBeVisible();
  });

  test("viser datakvalitetens fund for posten", async ({ page }) => {
    await page.goto(unitPath(unitWithoutPNummer.anvisningsenhedsNummer));
    const findings = page.getByRole("region", { name: "Datakvalitet", exact: true });
    await expect(findings.getByRole("listitem").filter({ hasText: "P-nummer mangler" })).toContainText("Fejl");
  });

  test("viser alternative adresser som links", async ({ page }) => {
    await page.goto(unitPath(unitOfAlternativeAddress.anvisningsenhedsNummer));
    const section = page.getByRole("region", { name: "Alternative adresser", exact: true });
    await expect(section.getByRole("link", { name: alternativeAddress.alternativAdresseNavn, exact: true })).toHaveAttribute(
      "href",
      alternativeAddressPath(alternativeAddress.alternativAdresseNummer),
    );
  });

  test("kopiknappen kopierer nummeret og siger Kopieret", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(unitPath(kommunalUnit.anvisningsenhedsNummer));
    const button = page.getByRole("button", { name: `Kopiér institutionsnummer ${kommunalUnit.anvisningsenhedsNummer}` });
    await button.click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Kopieret");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(kommunalUnit.anvisningsenhedsNummer);
  });

  test("et nummer med små bogstaver sendes videre til den rigtige adresse", async ({ page, request }) => {
    const nummer = kommunalUnit.anvisningsenhedsNummer;
    const redirect = await request.get(unitPath(nummer.toLowerCase()), { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(new URL(redirect.headers()["location"], redirect.url()).pathname).toBe(unitPath(nummer));
    await page.goto(unitPath(nummer.toLowerCase()));
    await expect(page).toHaveURL(new RegExp(`${unitPath(nummer)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(kommunalUnit.anvisningsenhedsNavn);
  });
});

test.describe("daginstitution", () => {
  test("en privat daginstitution viser enheder og henviser til STIL's support", async ({ page }) => {
    const row = privateDaginstitution;
    await page.goto(daginstitutionPath(row.daginstitutionsNummer));
    await expectRecordHeading(page, row.daginstitutionsNummer, row.daginstitutionsNavn, "Aktiv");
    const fields = page.getByRole("region", { name: "Oplysninger", exact: true });
    await expect(fields).toContainText("Privat");
    await expect(fields).toContainText("Dagtilbudsloven § 19, stk. 5");
    await expect(fields).toContainText(row.admKommuneKode_Tekst);
    await expect(page.getByRole("region", { name: "Anvisningsenheder", exact: true }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Er noget forkert?", exact: true })).toContainText("Kontakt Styrelsen for It og Læring (STIL) support");
  });
});

test.describe("alternativ adresse", () => {
  test("viser nummer, navn og anvisningsenheden, som linket fører til", async ({ page }) => {
    const alt = alternativeAddress;
    await page.goto(alternativeAddressPath(alt.alternativAdresseNummer));
    await expectRecordHeading(page, alt.alternativAdresseNummer, alt.alternativAdresseNavn, "Aktiv");
    await expect(page.getByRole("region", { name: "Daginstitution", exact: true })).toContainText(parentOf(unitOfAlternativeAddress).daginstitutionsNavn);
    await page
      .getByRole("region", { name: "Anvisningsenhed", exact: true })
      .getByRole("link", { name: unitOfAlternativeAddress.anvisningsenhedsNavn, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`${unitPath(unitOfAlternativeAddress.anvisningsenhedsNummer)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(unitOfAlternativeAddress.anvisningsenhedsNavn);
  });
});

test.describe("ukendte numre", () => {
  for (const path of ["/anvisningsenheder/G00001", "/daginstitutioner/E00001", "/alternative-adresser/G00001", "/anvisningsenheder/ikke-et-nummer"]) {
    test(`${path} svarer 404 med en søgeboks`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Siden blev ikke fundet" })).toBeVisible();
      const search = page.getByRole("main").getByRole("search");
      await expect(search.getByRole("searchbox", { name: "Søg i registret" })).toHaveAttribute("name", "q");
      await expect(search.getByRole("button", { name: "Søg" })).toBeVisible();
      await expect(search).toHaveAttribute("action", "/soeg");
    });
  }
});

test.describe("uden JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ["/anvisningsenheder/G00001", "/kommuner/999", "/kodelister/findes-ikke"]) {
    test(`${path} viser 404-siden med søgeboks, rendret på serveren`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Siden blev ikke fundet" })).toBeVisible();
      await expect(page.getByRole("main").getByRole("search")).toBeVisible();
    });
  }

  test("anvisningsenheden viser alt undtagen kopiknappen", async ({ page }) => {
    const parent = parentOf(kommunalUnit);
    await page.goto(unitPath(kommunalUnit.anvisningsenhedsNummer));
    await expectRecordHeading(page, kommunalUnit.anvisningsenhedsNummer, kommunalUnit.anvisningsenhedsNavn, "Aktiv");
    await expect(page.getByRole("button", { name: /Kopiér/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Er noget forkert?", exact: true })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("search")).toBeVisible();
    await page.getByRole("region", { name: "Daginstitution", exact: true }).getByRole("link", { name: parent.daginstitutionsNavn, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(parent.daginstitutionsNavn);
  });
});

test.describe("tilgængelighed (axe, WCAG 2.1 AA)", () => {
  const pages = {
    anvisningsenhed: unitPath(kommunalUnit.anvisningsenhedsNummer),
    "nedlagt anvisningsenhed": unitPath(closedUnit.anvisningsenhedsNummer),
    daginstitution: daginstitutionPath(privateDaginstitution.daginstitutionsNummer),
    "alternativ adresse": alternativeAddressPath(alternativeAddress.alternativAdresseNummer),
    "enhed med bemærkninger": unitPath(unitWithoutPNummer.anvisningsenhedsNummer),
    "ukendt nummer (404)": "/anvisningsenheder/G00001",
  };
  for (const [name, path] of Object.entries(pages)) {
    test(`ingen fund på ${name}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
