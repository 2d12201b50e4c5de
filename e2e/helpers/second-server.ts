import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";

/** Another `next start` on the same build, with its own environment, for tests that break its database. */
export type SecondServer = { base: string; stop: () => void };

/** The status of a GET, or 0 when nothing answers. */
export async function statusOf(url: string): Promise<number> {
  try {
    return (await fetch(url, { redirect: "manual" })).status;
  } catch {
    return 0;
  }
}

export async function startSecondServer(port: number, env: Record<string, string>): Promise<SecondServer> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
    detached: true,
  });
  await expect.poll(() => statusOf(`${base}/robots.txt`), { timeout: 60_000 }).toBe(200);
  return { base, stop: () => child.pid && process.kill(-child.pid, "SIGTERM") };
}
