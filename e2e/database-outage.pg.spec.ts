import { expect, test } from "@playwright/test";
import { startSecondServer, statusOf, type SecondServer } from "./helpers/second-server";
import { TcpRelay } from "./helpers/tcp-relay";

/*
 * PostgreSQL goes away while the portal runs, and comes back. A second server reaches the e2e database through a
 * relay the test can cut: every open connection is reset and new ones are refused, as when the database server
 * restarts or the network fails. Runs only against PostgreSQL (playwright.config.ts): the embedded database lives
 * inside the server process and has no connection to lose; its fault path is e2e/database-down.spec.ts.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 8;
const UNAVAILABLE = "Registret er midlertidigt utilgængeligt";

let relay: TcpRelay;
let server: SecondServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const database = new URL(process.env.DATABASE_URL!);
  relay = new TcpRelay({ host: database.hostname, port: Number(database.port || 5432) });
  database.hostname = "127.0.0.1";
  database.port = String(await relay.open());
  server = await startSecondServer(PORT, { DATABASE_URL: database.toString(), SNAPSHOT_CHECK_MS: "300" });
});

test.afterAll(async () => {
  server?.stop();
  await relay?.cut();
});

test("PostgreSQL forsvinder under drift: 503 uden interne detaljer, sider i hukommelsen vises stadig, og serveren kommer sig selv", async ({ request }) => {
  test.setTimeout(120_000);
  const base = server.base;
  const remembered = await request.get(`${base}/kommuner/101`);
  expect(remembered.status()).toBe(200);
  const rememberedBody = await remembered.text();
  expect((await request.get(`${base}/api/health`)).status()).toBe(200);

  await relay.cut();
  await expect.poll(() => statusOf(`${base}/api/health`), { timeout: 30_000 }).toBe(503);

  const page = await request.get(`${base}/kommuner/147`);
  expect(page.status()).toBe(503);
  expect(page.headers()["retry-after"]).toBe("30");
  const html = await page.text();
  expect(html).toContain(UNAVAILABLE);
  expect(html).not.toMatch(/at \w+ \(|Error:|prisma|ECONN|127\.0\.0\.1|postgres/i);

  const api = await request.get(`${base}/api/v1/anvisningsenheder?navn=skovbrynet&side=2`);
  expect(api.status()).toBe(503);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect(await api.text()).not.toMatch(/prisma|ECONN|127\.0\.0\.1|postgres/i);

  const stillShown = await request.get(`${base}/kommuner/101`);
  expect(stillShown.status()).toBe(200);
  expect(await stillShown.text()).toBe(rememberedBody);

  await relay.open();
  await expect.poll(() => statusOf(`${base}/api/health`), { timeout: 30_000 }).toBe(200);
  await expect.poll(() => statusOf(`${base}/kommuner/147`), { timeout: 30_000 }).toBe(200);
  expect((await request.get(`${base}/api/v1/anvisningsenheder?navn=skovbrynet&side=2`)).status()).toBe(200);
});
