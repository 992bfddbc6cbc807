import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// A production start without AUTH_SECRET would keep the secret in the
// database, and every copy of the database could then derive every guest's
// link: the built server refuses to run instead, and says why.
const root = path.resolve(__dirname, "..");

test("a production start without AUTH_SECRET refuses to run, in words", async () => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "convene-no-secret-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", PGLITE_DIR: path.join(dir, "pglite"), CONVENE_EMAIL_TIMER: "0" };
  let server: ChildProcess | undefined;
  let log = "";
  try {
    server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout?.on("data", (d: Buffer) => (log += d.toString()));
    server.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    const exited = new Promise<number | null>((resolve) => server!.on("exit", (code) => resolve(code)));
    // Whether Next registers instrumentation at start or on the first request, no page is ever served.
    const served: number[] = [];
    const asking = (async () => {
      for (;;) {
        if (server!.exitCode !== null) return;
        const status = await fetch(`http://localhost:${port}/`).then((r) => r.status, () => 0);
        if (status) served.push(status);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    expect(await exited).toBe(1);
    await asking;
    expect(served.filter((s) => s === 200)).toEqual([]);
    expect(log).toContain("Convene cannot start: AUTH_SECRET is not set.");
    expect(log).toContain("openssl rand -base64 32");
    // Refused before the database was opened: nothing was written anywhere.
    expect(fs.existsSync(path.join(dir, "pglite"))).toBe(false);
  } finally {
    if (server?.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
