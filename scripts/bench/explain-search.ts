/**
 * Child process of `npm run bench` (run with `tsx --conditions=react-server`, since the data layer is server-only):
 *   explain-search.ts <output.json> <query> [<query> ...]
 * Runs the portal's own search (lib/register/search.ts) once for each query on the database of PGLITE_DIR /
 * DATABASE_URL, captures the SQL it sends (Prisma query events), and runs that SQL under EXPLAIN (ANALYZE, BUFFERS)
 * twice, with the same `SET LOCAL` in the same transaction, keeping the second (warm) plan. Writes the plans as JSON
 * to <output.json>.
 */
import fs from "node:fs";
import { connectDatabase } from "../../lib/db/client";
import { databaseTarget } from "../../lib/db/config";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { runScript } from "../run-script";

export type CapturedPlan = {
  query: string;
  /** The statement the search sends, with its parameters written in as literals. */
  sql: string;
  /** Statements sent before it in the same transaction (SET LOCAL of the trigram threshold). */
  setup: string[];
  plan: string;
  executionMs: number | null;
};

type Captured = { query: string; params: string };

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

/** Writes the bind parameters ($1, $2, …) into the SQL as literals. */
function inline(statement: Captured): string {
  let params: unknown[] = [];
  try {
    params = JSON.parse(statement.params) as unknown[];
  } catch {
    params = [];
  }
  return statement.query.replace(/\$(\d+)\b/g, (whole, n: string) => (Number(n) - 1 < params.length ? literal(params[Number(n) - 1]) : whole));
}

runScript(async () => {
  const [output, ...queries] = process.argv.slice(2);
  if (!output || queries.length === 0) throw new Error("usage: explain-search.ts <output.json> <query> [<query> ...]");
  const db = await connectDatabase(databaseTarget());
  const prisma = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
  let captured: Captured[] = [];
  prisma.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
  // The data layer takes its client from here (lib/db/server.ts).
  (globalThis as { registerDb?: Promise<unknown> }).registerDb = Promise.resolve({ ...db, prisma });
  const { searchRegister } = await import("../../lib/register/search");
  const plans: CapturedPlan[] = [];
  try {
    for (const query of queries) {
      // The first search of a query for a snapshot is the one that reads the database (later ones are kept).
      captured = [];
      await searchRegister(query);
      const statements = captured.filter((c) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(c.query.trim()));
      const main = statements.findLast((c) => /UNION ALL/i.test(c.query));
      if (!main) throw new Error(`No search statement captured for "${query}" (got: ${statements.map((c) => c.query.slice(0, 40)).join(" | ")})`);
      const setup = statements.filter((c) => /^SET\b/i.test(c.query.trim())).map(inline);
      const sql = inline(main);
      const explain = `EXPLAIN (ANALYZE, BUFFERS) ${sql}`;
      const run = async () =>
        setup.length
          ? ((await prisma.$transaction([...setup.map((s) => prisma.$executeRawUnsafe(s)), prisma.$queryRawUnsafe<Record<string, string>[]>(explain)])).at(-1) as Record<string, string>[])
          : await prisma.$queryRawUnsafe<Record<string, string>[]>(explain);
      await run(); // warms the database's caches, as a running server's are
      const rows = await run();
      const plan = rows.map((row) => Object.values(row)[0]).join("\n");
      const time = /Execution Time: ([\d.]+) ms/.exec(plan);
      plans.push({ query, sql, setup, plan, executionMs: time ? Number(time[1]) : null });
    }
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
  fs.writeFileSync(output, JSON.stringify(plans, null, 2));
});
