import fs from "node:fs";
import path from "node:path";

/**
 * One process at a time per PGlite folder. PGlite is a single in-process connection; two processes writing the
 * same folder corrupt it. The lock is a pid file created with O_EXCL. A lock whose process is gone is taken over
 * at once (liveness by signal 0), so no time-based staleness is needed: PGlite can block the event loop for
 * seconds, which would make heartbeat-based locks look stale while their owner is alive.
 */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly command: string,
  ) {
    super(
      `The embedded database in ${dir} is in use by another process (pid ${pid}: ${command}). ` +
        `PGlite allows one process per database folder: stop that process first (for example the running ` +
        `portal before an import), or use another folder with PGLITE_DIR, or a PostgreSQL server with DATABASE_URL.`,
    );
    this.name = "DatabaseInUseError";
  }
}

const LOCK_NAME = "portal.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): { pid: number; command: string } | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { pid: number; command: string };
    return Number.isInteger(parsed.pid) ? parsed : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock for this process; returns the function that releases it. */
export function lockPgliteDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_NAME);
  const body = JSON.stringify({ pid: process.pid, command: process.argv.slice(1).join(" ") });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, body, { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const owner = readLock(file);
        if (owner?.pid === process.pid) fs.rmSync(file, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readLock(file);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new DatabaseInUseError(dir, owner.pid, owner.command);
      }
      if (owner?.pid === process.pid) {
        throw new Error(`The embedded database in ${dir} is already open in this process.`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock on the embedded database in ${dir}.`);
}
