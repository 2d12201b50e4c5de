import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  // *.pg.spec.ts need a PostgreSQL server to take away (CI's second run, or DATABASE_URL set locally).
  testIgnore: process.env.DATABASE_URL ? [] : ["**/*.pg.spec.ts"],
  workers: 1,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
          ],
        },
      },
    },
  ],
  webServer: {
    // Builds a fresh database from the demo snapshot through the importer, then serves the built portal on it.
    command: `npm run e2e:serve -- -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e/pglite",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
