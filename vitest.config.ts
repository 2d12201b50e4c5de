import path from "node:path";
import { defineConfig } from "vitest/config";

const usesServer = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  resolve: { alias: { "server-only": path.resolve("test/helpers/server-only.ts"), "@": path.resolve(".") } },
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // Tests import snapshots and read them back at once; the server's few seconds of trust would hide that.
    env: { SNAPSHOT_CHECK_MS: "0" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Every file on PostgreSQL shares the one DATABASE_URL database and resets it, so the files take turns there.
    fileParallelism: !usesServer,
  },
});
