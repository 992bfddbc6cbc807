import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquirePgliteLock, DatabaseInUseError, lockPathFor } from "./pglite-lock";

const dirs: string[] = [];
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "convene-lock-"));
  dirs.push(d);
  return path.join(d, "pglite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("embedded database lock", () => {
  it("refuses a second process with a clear message", async () => {
    const dir = tempDir();
    const other = spawn("sleep", ["30"]);
    try {
      fs.writeFileSync(lockPathFor(dir), String(other.pid));
      expect(() => acquirePgliteLock(dir)).toThrow(DatabaseInUseError);
      expect(() => acquirePgliteLock(dir)).toThrow(/in use by another Convene process.*PGLITE_DIR/);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDir();
    const gone = spawn("true");
    await new Promise((r) => gone.on("exit", r));
    fs.writeFileSync(lockPathFor(dir), String(gone.pid));
    const release = acquirePgliteLock(dir);
    expect(fs.readFileSync(lockPathFor(dir), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it("releases so the next opener gets in", () => {
    const dir = tempDir();
    acquirePgliteLock(dir)();
    const again = acquirePgliteLock(dir);
    again();
  });
});
