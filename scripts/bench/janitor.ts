/**
 * Cleanup that survives the benchmark being killed. tsx forwards Ctrl-C to the script and SIGKILLs it when it does
 * not answer within 30 ms, which happens while PGlite or the generator keep the event loop busy, so the script's own
 * signal handlers cannot be relied on. A small detached process therefore watches the benchmark's pid; when that is
 * gone, it stops the server's process group (its pid is written to <work>/server.pgid) and removes the work folder.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SERVER_FILE = "server.pgid";

const JANITOR = `
const fs = require("node:fs");
const path = require("node:path");
const [watched, work] = process.argv.slice(1);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const timer = setInterval(() => {
  if (alive(Number(watched))) return;
  clearInterval(timer);
  let group = null;
  try { group = Number(fs.readFileSync(path.join(work, "${SERVER_FILE}"), "utf8")); } catch {}
  if (group && alive(group)) {
    try { process.kill(-group, "SIGTERM"); } catch {}
    setTimeout(() => { try { process.kill(-group, "SIGKILL"); } catch {} }, 5000);
  }
  setTimeout(() => fs.rmSync(work, { recursive: true, force: true }), group ? 6000 : 0);
}, 500);
`;

/** Starts the watcher for this process and `workDir`; it exits by itself once it has cleaned up. */
export function startJanitor(workDir: string): void {
  const child = spawn(process.execPath, ["-e", JANITOR, String(process.pid), workDir], { detached: true, stdio: "ignore" });
  child.unref();
}

/** Tells the watcher which process group to stop (the server's); `null` once the server is stopped. */
export function recordServerGroup(workDir: string, pgid: number | null): void {
  const file = path.join(workDir, SERVER_FILE);
  if (pgid === null) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, String(pgid));
}
