import fs from "node:fs";
import path from "node:path";

// PGlite is one process's database: a second process writing the same folder
// corrupts it. A pid file next to the data refuses the second opener with a
// clear message, and a stale file (its process gone) is taken over.
export class DatabaseInUseError extends Error {
  constructor(
    dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database at ${dir} is in use by another Convene process (pid ${pid}). ` +
        `Stop that process, or give this one its own folder with PGLITE_DIR=…`,
    );
    this.name = "DatabaseInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPathFor(dir: string): string {
  return path.join(path.dirname(path.resolve(dir)), `${path.basename(dir)}.lock`);
}

export function acquirePgliteLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
      if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid)) throw new DatabaseInUseError(dir, pid);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${lockPath}`);
}
