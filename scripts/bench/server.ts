/** Building and serving the portal for the benchmark, and reading the server process's memory. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";

/** So high that the API's per-client limit never answers 429 during the benchmark (every request comes from one client). */
export const BENCH_API_RATE_LIMIT = "1000000000";

export function buildPortal(log: (message: string) => void): number {
  log("next build");
  const started = performance.now();
  const result = spawnSync("node_modules/.bin/next", ["build"], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`next build failed (exit code ${result.status ?? result.signal})`);
  return (performance.now() - started) / 1000;
}

/** Whether `route` was prerendered at build time (listed in .next/prerender-manifest.json). */
export function isPrerendered(route: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(".next/prerender-manifest.json", "utf8")) as { routes?: Record<string, unknown> };
    return Boolean(manifest.routes?.[route]);
  } catch {
    return false;
  }
}

export type Server = {
  base: string;
  process: ChildProcess;
  /** The pid whose memory is the server's: the `next-server` process (the spawned `next start` renames itself so). */
  serverPid: () => number;
  stop: () => Promise<void>;
};

function readProc(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const task of fs.readdirSync(`/proc/${pid}/task`, { withFileTypes: false }) as string[]) {
    const text = readProc(`/proc/${pid}/task/${task}/children`)?.trim();
    if (text) out.push(...text.split(/\s+/).map(Number));
  }
  return out;
}

/** The pid and its descendants, parents first. */
function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      all.push(...childrenOf(all[i]));
    } catch {
      // ended meanwhile
    }
  }
  return all;
}

/** The deepest process of the tree whose name is next-server; the root if none is (yet) so named. */
export function findNextServerPid(root: number): number {
  const named = processTree(root).filter((pid) => {
    const name = /^Name:\s*(.*)$/m.exec(readProc(`/proc/${pid}/status`) ?? "")?.[1] ?? "";
    const cmdline = (readProc(`/proc/${pid}/cmdline`) ?? "").replaceAll("\0", " ");
    return name.startsWith("next-server") || cmdline.startsWith("next-server");
  });
  return named.at(-1) ?? root;
}

/** Resident memory of one process in bytes (VmRSS from /proc/<pid>/status), or null when it is gone. */
export function rssOf(pid: number): number | null {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readProc(`/proc/${pid}/status`) ?? "");
  return match ? Number(match[1]) * 1024 : null;
}

/** CPU time (user + system) a process has used, in clock ticks (usually 1/100 s), or null when it is gone. */
function cpuTicks(pid: number): number | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The name (field 2) is in parentheses and may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the server process is idle (under 10 % of a core for two 250 ms samples in a row), at most `maxMs`:
 * when autocannon stops, the server may still be working through requests it had accepted, and the next
 * measurement must not pay for them. Returns the seconds waited.
 */
export async function waitForIdle(pid: number, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  const tickMs = 10; // CLK_TCK is 100 on Linux
  let last = cpuTicks(pid);
  let quiet = 0;
  while (last !== null && performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuTicks(pid);
    if (now === null) break;
    quiet = ((now - last) * tickMs) / 250 < 0.1 ? quiet + 1 : 0;
    last = now;
    if (quiet >= 2) break;
  }
  return (performance.now() - started) / 1000;
}

/** `onSpawn` gets the pid of the server's process group as soon as it exists (for cleanup if the benchmark is killed). */
export async function startServer(port: number, databaseEnv: Record<string, string>, log: (message: string) => void, onSpawn?: (pgid: number) => void): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  if (await fetch(base, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)) {
    throw new Error(`Something already answers on port ${port}; choose another with --port.`);
  }
  log(`next start -p ${port}`);
  // Its own process group, so stopping it stops exactly this server and whatever it started.
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...databaseEnv, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT: BENCH_API_RATE_LIMIT },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  if (child.pid !== undefined) onSpawn?.(child.pid);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
    if (!killed) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // gone meanwhile
      }
      await exited;
    }
  };
  const server: Server = { base, process: child, serverPid: () => findNextServerPid(child.pid!), stop };
  try {
    const started = performance.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${stderr}`);
      // /tilgaengelighed needs no database; /soeg?q=<number> below checks that the database answers.
      if (await fetch(`${base}/tilgaengelighed`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false)) break;
      if (performance.now() - started > 60_000) throw new Error(`The server did not answer within 60 s:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    log(`  answering after ${((performance.now() - started) / 1000).toFixed(1)} s (next-server pid ${server.serverPid()})`);
    return server;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Kills a server's process group synchronously: the last resort when the benchmark process itself is exiting. */
export function killNow(server: Server | null): void {
  const pid = server?.process.pid;
  if (pid === undefined || server!.process.exitCode !== null) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}
