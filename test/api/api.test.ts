import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as alternativeList from "../../app/api/v1/alternative-adresser/route";
import * as alternativeOne from "../../app/api/v1/alternative-adresser/[nummer]/route";
import * as unitList from "../../app/api/v1/anvisningsenheder/route";
import * as unitOne from "../../app/api/v1/anvisningsenheder/[nummer]/route";
import * as dagtilbud from "../../app/api/v1/dagtilbud/route";
import * as daginstitutionList from "../../app/api/v1/daginstitutioner/route";
import * as daginstitutionOne from "../../app/api/v1/daginstitutioner/[nummer]/route";
import * as kodelister from "../../app/api/v1/kodelister/route";
import * as kommuner from "../../app/api/v1/kommuner/route";
import * as openapi from "../../app/api/v1/openapi.json/route";
import type { Database } from "../../lib/db/client";
import { openApiDocument } from "../../lib/api/openapi";
import { openDemoDatabase } from "../helpers/test-database";

type Route = { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };
let db: Database;
const doc = openApiDocument() as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }>; components: object };
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: "openapi", components: doc.components });
let client = 0;

async function call(route: Route, url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost${url}`, { headers: { "x-forwarded-for": `10.0.0.${++client % 250}`, ...headers } });
  return route.GET(request, { params: Promise.resolve(params) });
}

/** Checks a response against the document: status, content type, and the body against the documented schema. */
async function documented(response: Response, path: string, status = 200) {
  expect(response.status).toBe(status);
  const type = status === 200 ? "application/json" : "application/problem+json";
  expect(response.headers.get("content-type")).toContain(type);
  const body = await response.json();
  const schema = doc.paths[path].get.responses[String(status)].content[type].schema;
  const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"openapi#/components')));
  expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  return body;
}

beforeAll(async () => {
  db = await openDemoDatabase();
});
afterAll(() => db.close());

describe("every route answers its documented shape", () => {
  it("lists and single records", async () => {
    const unit = await db.prisma.anvisningsenhed.findFirstOrThrow({ where: { status: "AKTIV", daginstitutionsNummer: { not: null } }, orderBy: { nummer: "asc" } });
    const alt = await db.prisma.alternativAdresse.findFirstOrThrow({ orderBy: { nummer: "asc" } });
    const dagtilbudPage = await documented(await call(dagtilbud, "/api/v1/dagtilbud?kommune=101&pr_side=50"), "/api/v1/dagtilbud");
    expect(dagtilbudPage.data).toHaveLength(50);
    await documented(await call(daginstitutionList, "/api/v1/daginstitutioner"), "/api/v1/daginstitutioner");
    const one = await documented(await call(daginstitutionOne, `/api/v1/daginstitutioner/${unit.daginstitutionsNummer}`, { nummer: unit.daginstitutionsNummer! }), "/api/v1/daginstitutioner/{nummer}");
    expect(one.anvisningsenheder.map((u: { nummer: string }) => u.nummer)).toContain(unit.nummer);
    await documented(await call(unitList, "/api/v1/anvisningsenheder?status=alle"), "/api/v1/anvisningsenheder");
    const single = await documented(await call(unitOne, `/api/v1/anvisningsenheder/${unit.nummer}`, { nummer: unit.nummer }), "/api/v1/anvisningsenheder/{nummer}");
    expect(single).toMatchObject({ nummer: unit.nummer, navn: unit.navn, pNummer: unit.pNummer, adresse: { tekst: unit.adresse } });
    await documented(await call(alternativeList, "/api/v1/alternative-adresser"), "/api/v1/alternative-adresser");
    await documented(await call(alternativeOne, `/api/v1/alternative-adresser/${alt.nummer}`, { nummer: alt.nummer }), "/api/v1/alternative-adresser/{nummer}");
    await documented(await call(kodelister, "/api/v1/kodelister"), "/api/v1/kodelister");
    const kommuneList = await documented(await call(kommuner, "/api/v1/kommuner"), "/api/v1/kommuner");
    expect(kommuneList.data).toHaveLength(98);
  });

  it("serves the OpenAPI 3.1 document", async () => {
    const response = await call(openapi, "/api/v1/openapi.json");
    const body = await response.json();
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toContain("/api/v1/anvisningsenheder/{nummer}");
  });
});

describe("the EksportService look-ups", () => {
  it("by p-nummer, CVR, name and daginstitution give exactly the database's rows", async () => {
    const unit = await db.prisma.anvisningsenhed.findFirstOrThrow({ where: { status: "AKTIV", pNummer: { not: null }, daginstitutionsNummer: { not: null } }, orderBy: { nummer: "desc" } });
    const numbers = async (url: string) => ((await (await call(unitList, url)).json()).data as { nummer: string }[]).map((u) => u.nummer);
    const expected = async (where: object) => (await db.prisma.anvisningsenhed.findMany({ where: { status: "AKTIV", ...where }, orderBy: { nummer: "asc" }, take: 100 })).map((u) => u.nummer);
    expect(await numbers(`/api/v1/anvisningsenheder?pnummer=${unit.pNummer}`)).toEqual(await expected({ pNummer: unit.pNummer }));
    expect(await numbers(`/api/v1/anvisningsenheder?cvr=${unit.cvrNummer!.slice(0, 4)}%20${unit.cvrNummer!.slice(4)}`)).toEqual(await expected({ cvrNummer: unit.cvrNummer }));
    expect(await numbers(`/api/v1/anvisningsenheder?daginstitution=${unit.daginstitutionsNummer!.toLowerCase()}`)).toEqual(await expected({ daginstitutionsNummer: unit.daginstitutionsNummer }));
    expect(await numbers(`/api/v1/anvisningsenheder?navn=${encodeURIComponent(unit.navn)}`)).toContain(unit.nummer);
  });

  it("pages with a total", async () => {
    const first = await (await call(daginstitutionList, "/api/v1/daginstitutioner?pr_side=10&side=2")).json();
    expect(first).toMatchObject({ side: 2, prSide: 10, total: await db.prisma.daginstitution.count({ where: { status: "AKTIV" } }) });
    expect(first.data).toHaveLength(10);
  });
});

describe("errors", () => {
  it("bad parameters give 400 problem+json naming them", async () => {
    const body = await documented(await call(unitList, "/api/v1/anvisningsenheder?cvr=123&pr_side=5000&status=x"), "/api/v1/anvisningsenheder", 400);
    expect(body.parametre.map((p: { param: string }) => p.param).sort()).toEqual(["cvr", "pr_side", "status"]);
    await documented(await call(dagtilbud, "/api/v1/dagtilbud?side=-1&sorter=%3Cscript%3E"), "/api/v1/dagtilbud", 400);
  });

  it("unknown or malformed numbers give 404 problem+json", async () => {
    await documented(await call(unitOne, "/api/v1/anvisningsenheder/G00001", { nummer: "G00001" }), "/api/v1/anvisningsenheder/{nummer}", 404);
    await documented(await call(daginstitutionOne, "/api/v1/daginstitutioner/%3Cx%3E", { nummer: "%3Cx%3E" }), "/api/v1/daginstitutioner/{nummer}", 404);
  });
});

describe("HTTP behaviour", () => {
  it("ETag and Last-Modified follow the snapshot; a revalidation gets 304; CORS is open", async () => {
    const first = await call(kodelister, "/api/v1/kodelister");
    const tag = first.headers.get("etag")!;
    expect(tag).toMatch(/^W\/"s\d+-[0-9a-f]{12}"$/);
    expect(first.headers.get("last-modified")).toMatch(/GMT$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await call(kodelister, "/api/v1/kodelister", {}, { "if-none-match": tag });
    expect(again.status).toBe(304);
    const otherQuery = await call(kodelister, "/api/v1/kodelister?x=1", {}, { "if-none-match": tag });
    expect(otherQuery.status).toBe(200);
  });

  it("the rate limit answers 429 with Retry-After", async () => {
    process.env.API_RATE_LIMIT = "3";
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await kodelister.GET(new Request("http://localhost/api/v1/kodelister", { headers: { "x-forwarded-for": "192.0.2.77" } }), { params: Promise.resolve({}) });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(last!.headers.get("content-type")).toContain("application/problem+json");
    } finally {
      delete process.env.API_RATE_LIMIT;
    }
  });
});
