import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { guestTokenFor, linkKeyFrom } from "../lib/invitations/tokens";
import { startFakeResend, type FakeRequest, type FakeResend } from "../lib/test/fake-resend";
import { actionForm } from "./app-surface";
import { DEMO } from "./auth";
import { actionByKey } from "./principals";
import { createDatabase, freePort, postgresBase, root, runScript, startProductionServer, stopProcess, type RunningProcess } from "./production-server";

// A production instance stopped with SIGTERM, as `docker stop`, systemd or a
// deploy stops it (README, "Stopping"): it finishes what it started and
// loses nothing. The emails and answers live in PostgreSQL, where the test
// can check them against what the instance said: PostgreSQL only.

const base = postgresBase();
const SECRET = "graceful-stop-secret-not-for-production";
const SIGN_IN = "app/sign-in/actions.ts#requestSignIn";
const ANSWER = "app/rsvp/[token]/actions.ts#answerAction";
const EMAILS = 1_000;

type Outcome = { kind: "answered"; saved: string } | { kind: "refused" } | { kind: "broken"; error: string };

/**
 * A server action posted as the page's script posts it, on a connection of its
 * own (no keep-alive): either the connection is refused, or the server took
 * the request and owes it a whole answer. Anything else is "broken".
 */
async function postOnce(port: number, pagePath: string, actionKey: string, fields: Record<string, string>): Promise<Outcome> {
  const request = new Request("http://serialize.invalid/", { method: "POST", body: actionForm(fields) });
  const body = Buffer.from(await request.arrayBuffer());
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: pagePath,
        method: "POST",
        agent: false,
        headers: {
          host: `127.0.0.1:${port}`,
          connection: "close",
          "content-type": request.headers.get("content-type")!,
          "content-length": body.length,
          "next-action": actionByKey(actionKey).id,
          accept: "text/x-component",
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const redirect = String(res.headers["x-action-redirect"] ?? res.headers.location ?? "");
          resolve({ kind: "answered", saved: redirect.match(/saved=(\w+)/)?.[1] ?? `status ${res.statusCode}` });
        });
        res.on("error", (e) => resolve({ kind: "broken", error: `mid-answer: ${e.message}` }));
      },
    );
    // Only to stop a hang: the machine may be busy.
    req.setTimeout(90_000, () => req.destroy(new Error("no answer in 90 s")));
    req.on("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED" ? { kind: "refused" } : { kind: "broken", error: `${e.code ?? ""} ${e.message}` }));
    req.end(body);
  });
}

test.describe("a graceful stop on SIGTERM", () => {
  test.skip(!base, "Needs PostgreSQL (TEST_DATABASE_URL or DATABASE_URL): the test reads the instance's database while it runs");
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  let admin: postgres.Sql;
  let db: postgres.Sql;
  let databaseUrl = "";
  let database = "";
  let fake: FakeResend;
  let gate: ((request: FakeRequest) => Promise<void> | void) | null = null;
  const running: RunningProcess[] = [];
  const logs = path.join(root, "test-results", "graceful-stop");

  /** An instance as an operator runs it. Claimed emails stay its own for 10 minutes: only a hand-back makes them due sooner. */
  async function startInstance(name: string) {
    const port = await freePort();
    const server = startProductionServer({
      port,
      log: path.join(logs, `${name}.log`),
      env: {
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: SECRET,
        APP_URL: `http://127.0.0.1:${port}`,
        RESEND_API_KEY: `re_${name}`,
        RESEND_BASE_URL: fake.url,
        CONVENE_EMAIL_LEASE_SECONDS: "600",
        // These journeys ask whether the work in flight finishes, not how fast:
        // at the default 10 s, a machine busy with two suites beside this one
        // once cut the requests in flight off (exit 1). The deadline's own rule
        // is lib/server/graceful-stop.test.ts's.
        CONVENE_STOP_TIMEOUT_SECONDS: "120",
      },
    });
    running.push(server);
    await expect(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/ready`);
      expect(res.status).toBe(200);
    }).toPass({ timeout: 120_000, intervals: [250, 500, 1000] });
    return { port, server, log: path.join(logs, `${name}.log`) };
  }

  /** SIGTERM to the instance itself; resolves with its exit code and how long it took. */
  async function terminate(server: RunningProcess) {
    const started = Date.now();
    process.kill(server.child.pid!, "SIGTERM");
    await server.exited;
    return { code: server.child.exitCode, signal: server.child.signalCode, ms: Date.now() - started };
  }

  const emailCounts = async (prefix: string) =>
    Object.fromEntries(
      (await db<{ status: string; n: number }[]>`select status, count(*)::int as n from email_outbox where to_address like ${prefix + "%"} group by status`).map((r) => [r.status, r.n]),
    ) as Record<string, number>;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    fs.mkdirSync(logs, { recursive: true });
    database = `${process.env.TEST_DATABASE_PREFIX ?? "convene_test"}_graceful_${process.pid}`;
    ({ admin, url: databaseUrl } = await createDatabase(base!, database, SECRET));
    db = postgres(databaseUrl, { max: 4, onnotice: () => {} });
    fake = await startFakeResend({ beforeAnswer: (request) => gate?.(request) });
  });

  test.afterAll(async () => {
    gate = null;
    for (const server of running) await stopProcess(server);
    await fake?.close();
    await db?.end();
    if (admin) {
      await admin.unsafe(`drop database if exists "${database}" with (force)`);
      await admin.end();
    }
  });

  test(`SIGTERM while ${EMAILS} emails drain: what was sent is marked sent, the rest is handed back, and each email goes once`, async () => {
    const first = await startInstance("draining");
    runScript("e2e/several-instances-fixtures.ts", ["emails", String(EMAILS), "drain"], { DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET });
    // The provider answers slowly, so the stop lands in the middle of the drain.
    gate = () => new Promise((resolve) => setTimeout(resolve, 400));
    // A sign-in link asked for starts the instance's delivery at once, not at its timer's next tick.
    await postOnce(first.port, "/sign-in", SIGN_IN, { email: DEMO.admin, callbackUrl: "/staff" });
    await expect.poll(() => fake.requests.filter((r) => r.apiKey === "re_draining").length, { timeout: 120_000 }).toBeGreaterThanOrEqual(2);

    const stop = await terminate(first.server);
    expect(stop, fs.readFileSync(first.log, "utf8")).toMatchObject({ code: 0, signal: null });
    expect(fs.readFileSync(first.log, "utf8")).toMatch(/Stopped cleanly in \d+ ms\./);
    test.info().annotations.push({ type: "SIGTERM to exit, mid-drain", description: `${stop.ms} ms` });

    // Nothing is left claimed: what went out is marked sent, the rest waits, due now.
    const afterStop = await emailCounts("drain");
    expect(afterStop.sending ?? 0).toBe(0);
    const sentByFirst = afterStop.sent ?? 0;
    expect(sentByFirst).toBeGreaterThan(0);
    expect(sentByFirst).toBeLessThan(EMAILS);
    const delivered = () => fake.sent.filter((e) => e.to[0]?.startsWith("drain"));
    expect(delivered()).toHaveLength(sentByFirst);
    const [{ notDue }] = await db<{ notDue: number }[]>`
      select count(*)::int as "notDue" from email_outbox where to_address like 'drain%' and status = 'pending' and send_after > now()`;
    expect(notDue).toBe(0);

    // The next instance sends the rest at once (the lease, 10 minutes, never comes into it).
    gate = null;
    const second = await startInstance("after");
    await postOnce(second.port, "/sign-in", SIGN_IN, { email: DEMO.admin, callbackUrl: "/staff" });
    await expect.poll(async () => (await emailCounts("drain")).sent ?? 0, { timeout: 120_000 }).toBe(EMAILS);
    const addresses = delivered().map((e) => e.to[0]);
    expect(addresses).toHaveLength(EMAILS);
    expect(new Set(addresses).size).toBe(EMAILS);
    await stopProcess(second.server);
  });

  test("SIGTERM during a stream of answers: each got a whole answer or a refused connection, and the database holds exactly what was answered", async () => {
    const made = JSON.parse(runScript("e2e/several-instances-fixtures.ts", ["capacity", "1000", "400"], { DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET })) as {
      eventId: string;
      invitations: { id: string; nonce: string }[];
    };
    const key = linkKeyFrom(SECRET);
    const instance = await startInstance("answers");

    const outcomes = new Map<string, Outcome>();
    let answered = 0;
    let next = 0;
    const streams = Array.from({ length: 4 }, async () => {
      while (next < made.invitations.length) {
        const { id, nonce } = made.invitations[next++];
        const token = guestTokenFor(key, id, nonce);
        const outcome = await postOnce(instance.port, `/rsvp/${token}`, ANSWER, { token, answer: "accept" });
        outcomes.set(id, outcome);
        if (outcome.kind === "answered") answered++;
        // A refused connection: this instance is gone; a guest would try again (elsewhere).
        if (outcome.kind === "refused") return;
      }
    });
    await expect.poll(() => answered, { timeout: 120_000 }).toBeGreaterThanOrEqual(40);
    const stop = await terminate(instance.server);
    await Promise.all(streams);
    expect(stop, fs.readFileSync(instance.log, "utf8")).toMatchObject({ code: 0, signal: null });

    const all = [...outcomes.values()];
    expect(all.filter((o) => o.kind === "broken")).toEqual([]);
    expect(all.filter((o) => o.kind === "refused").length).toBeGreaterThan(0);
    const saved = [...outcomes].filter(([, o]) => o.kind === "answered");
    expect(saved.map(([, o]) => (o.kind === "answered" ? o.saved : ""))).toEqual(Array(saved.length).fill("accepted"));

    const rows = await db<{ id: string; status: string }[]>`select id, status from invitations where event_id = ${made.eventId}`;
    const status = new Map(rows.map((r) => [r.id, r.status]));
    for (const invitation of made.invitations) {
      const outcome = outcomes.get(invitation.id);
      expect(status.get(invitation.id), `invitation ${invitation.id}: ${outcome?.kind ?? "never sent"}`).toBe(outcome?.kind === "answered" ? "accepted" : "invited");
    }
    test.info().annotations.push({ type: "answers before the stop", description: `${saved.length} answered, ${all.length - saved.length} refused; exit in ${stop.ms} ms` });
  });
});
