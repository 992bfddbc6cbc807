import { spawn } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";
import { readEnv } from "@/lib/env";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { startFakeResend, type FakeResend } from "@/lib/test/fake-resend";
import { enqueueEmails } from "./enqueue";
import { deliversHere } from "./trigger";
import { resendTransport } from "./transports/resend";
import { startEmailWorker } from "./worker";

const root = path.resolve(import.meta.dirname, "../..");

/** Waits until `check` holds, looking every 20 ms; a generous limit, so a busy machine only waits longer. */
async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 30_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`Still waiting after ${limitMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const signIn = (to: string) => ({ to, template: "sign-in" as const, props: { url: `http://localhost:3000/t/${to}` } });

describe("who delivers the outbox", () => {
  it("each server process by default; the email worker alone with CONVENE_EMAIL_DELIVERY=worker", () => {
    expect(deliversHere({ CONVENE_EMAIL_DELIVERY: "server" })).toBe(true);
    expect(deliversHere({ CONVENE_EMAIL_DELIVERY: "worker" })).toBe(false);
    expect(readEnv({} as NodeJS.ProcessEnv).CONVENE_EMAIL_DELIVERY).toBe("server");
    expect(readEnv({ CONVENE_EMAIL_DELIVERY: "worker", DATABASE_URL: "postgres://db/convene" } as unknown as NodeJS.ProcessEnv).CONVENE_EMAIL_DELIVERY).toBe("worker");
  });

  it("refuses a worker on the embedded database, where no other process can reach the outbox, and a made-up value", () => {
    expect(() => readEnv({ CONVENE_EMAIL_DELIVERY: "worker" } as unknown as NodeJS.ProcessEnv)).toThrow(/CONVENE_EMAIL_DELIVERY=worker needs PostgreSQL \(DATABASE_URL\)/);
    expect(() => readEnv({ CONVENE_EMAIL_DELIVERY: "cron" } as unknown as NodeJS.ProcessEnv)).toThrow(/CONVENE_EMAIL_DELIVERY must be "server" or "worker"/);
  });
});

describe("the email worker's loop", () => {
  const t = useTestDatabase();
  let fake: FakeResend;
  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("delivers what is queued, looks again on its own for what is queued later, and stops when told", async () => {
    const runs: number[] = [];
    const worker = startEmailWorker(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), intervalMs: 10, onRun: (c) => runs.push(c.sent), log: () => {} });
    try {
      await enqueueEmails(t.db, [signIn("first@example.org"), signIn("second@example.org")]);
      await until(() => fake.sent.length === 2, "the first two emails");
      // Nobody asks it: the worker's next look finds an email queued afterwards.
      await enqueueEmails(t.db, [signIn("later@example.org")]);
      await until(() => fake.sent.length === 3, "the email queued later");
    } finally {
      await worker.stop();
    }
    expect(fake.sent.map((m) => m.to[0]).sort()).toEqual(["first@example.org", "later@example.org", "second@example.org"]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(3);

    // Stopped: nothing queued from now on leaves, and stopping again is harmless.
    const lookedBefore = runs.length;
    await enqueueEmails(t.db, [signIn("after-stop@example.org")]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await worker.stop();
    expect(runs).toHaveLength(lookedBefore);
    const [row] = await t.db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.toAddress, "after-stop@example.org"));
    expect(row.status).toBe("pending");
  });

  it("keeps going when a look fails: says so, and the next looks deliver", async () => {
    const lines: string[] = [];
    const real = resendTransport({ apiKey: "re_test", baseUrl: fake.url });
    let calls = 0;
    // The provider's first answer is an error thrown by the transport itself; later ones go through.
    const flaky = {
      ...real,
      async send(...args: Parameters<typeof real.send>) {
        if (++calls === 1) throw new Error("the connection was reset");
        return real.send(...args);
      },
    };
    await t.db.delete(emailOutbox);
    const before = fake.sent.length;
    await enqueueEmails(t.db, [signIn("first-try@example.org")]);
    const worker = startEmailWorker(t.db, { transport: flaky, intervalMs: 10, leaseMs: 5_000, log: (l) => lines.push(l) });
    try {
      await until(() => calls >= 1, "the first send");
      // Queued after the failure: the loop is still looking, and sends it.
      await enqueueEmails(t.db, [signIn("after-failure@example.org")]);
      await until(() => fake.sent.slice(before).some((m) => m.to.includes("after-failure@example.org")), "the email queued after the failure");
    } finally {
      await worker.stop();
    }
    expect(lines).toContain("Email delivery failed: the connection was reset");
    const [row] = await t.db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.toAddress, "after-failure@example.org"));
    expect(row.status).toBe("sent");
  });
});

describe("npm run email:worker, as a process", () => {
  const t = useTestDatabase();

  it.skipIf(!isPostgres())("delivers until SIGTERM, then stops and exits 0", async () => {
    const url = t.handle.url;
    if (!url) throw new Error("The PostgreSQL test database has no URL");
    const fake = await startFakeResend();
    const child = spawn(process.execPath, ["--import", "tsx", "lib/email/worker-cli.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DATABASE_URL: url, RESEND_API_KEY: "re_test", RESEND_BASE_URL: fake.url, AUTH_SECRET: await getAuthSecret(t.db) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await enqueueEmails(t.db, [signIn("guest1@example.org"), signIn("guest2@example.org")]);
      await until(() => fake.sent.length === 2, `the worker to send both emails (it printed: ${out})`, 60_000);
      // Still running: an email queued a while later goes too, with no server to ask for it.
      await enqueueEmails(t.db, [signIn("guest3@example.org")]);
      await until(() => fake.sent.length === 3, "the third email", 60_000);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(out).toContain("SIGTERM: the email worker sends the batch in hand and stops.");
      expect(out).toContain("Email worker stopped: 3 emails sent.");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await fake.close();
    }
  });

  it("refuses to run on the embedded database, in words", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/email/worker-cli.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", AUTH_SECRET: "a-long-enough-production-secret" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(1);
    expect(err).toContain("The email worker needs PostgreSQL (DATABASE_URL)");
  });
});
