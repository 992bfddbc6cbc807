import { randomInt } from "node:crypto";
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
import {
  balancerSnippet,
  createDatabase,
  freePort,
  postgresBase,
  root,
  runScript,
  startNginx,
  startProductionServer,
  stopProcess,
  type RunningProcess,
} from "./production-server";

// Two production instances of the build on one PostgreSQL database, behind
// nginx as a round-robin balancer, as an institute runs Convene for a busy
// week (README, "Running several instances"). Everything that must hold
// across instances lives in the database: sign-in links and sessions, the rate
// limits, the seat count, the email outbox, the settings. PGlite is one
// process's own database: PostgreSQL only.

const base = postgresBase();
const SECRET = "several-instances-secret-not-for-production";
const LEASE_SECONDS = 20;
const KEYS = { a: "re_instance_a", b: "re_instance_b" } as const;
const NEW_NAME = "Institute of Two Instances";
const SIGN_IN = "app/sign-in/actions.ts#requestSignIn";
const REGISTER = "app/(public)/events/[slug]/actions.ts#registerAction";
const ANSWER = "app/rsvp/[token]/actions.ts#answerAction";
const UNPUBLISH = "app/(staff)/staff/events/[id]/recap/actions.ts#unpublish";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request to 127.0.0.1:port, from `from` (a loopback address of the test's choosing: the rate limits count by it). */
function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string | number>; body?: Buffer; from?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: opts.path, method: opts.method ?? "GET", localAddress: opts.from, headers: { host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on("error", reject);
      },
    );
    // Only to stop a hang: the machine may be busy.
    req.setTimeout(90_000, () => req.destroy(new Error(`No answer from port ${port} for ${opts.path} in 90 s`)));
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** A server action posted as the page's own script posts it (its form, its action id), to `port`. */
async function postAction(port: number, pagePath: string, actionKey: string, fields: Record<string, string>, from?: string, cookie?: string) {
  const request = new Request("http://serialize.invalid/", { method: "POST", body: actionForm(fields) });
  const body = Buffer.from(await request.arrayBuffer());
  const reply = await send(port, {
    method: "POST",
    path: pagePath,
    from,
    body,
    headers: {
      "content-type": request.headers.get("content-type")!,
      "content-length": body.length,
      "next-action": actionByKey(actionKey).id,
      accept: "text/x-component",
      ...(cookie ? { cookie } : {}),
    },
  });
  return { ...reply, redirect: String(reply.headers["x-action-redirect"] ?? reply.headers.location ?? "") };
}

const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/** Runs `jobs` with at most `width` at a time; resolves with their results in order. */
async function pool<T>(count: number, width: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await job(i);
      }
    }),
  );
  return results;
}

test.describe("two instances behind nginx, one PostgreSQL", () => {
  test.skip(!base, "Needs PostgreSQL (TEST_DATABASE_URL or DATABASE_URL): two processes cannot share one PGlite database");
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  let admin: postgres.Sql;
  let db: postgres.Sql;
  let databaseUrl = "";
  let database = "";
  let fake: FakeResend;
  /** What the fake Resend does with a request before it answers: each email test sets its own. */
  let gate: ((request: FakeRequest) => Promise<void> | void) | null = null;
  const releases: (() => void)[] = [];
  let a: RunningProcess;
  let b: RunningProcess;
  let nginx: RunningProcess & { accessLog: string };
  let balanced = 0;
  let single = 0;
  let origin = "";
  const ports = { a: 0, b: 0 };
  let guestPaths: string[] = [];
  let settingsChangedAt = 0;
  /** The admin's session, signed in by the first test. */
  let adminCookie = "";

  /** nginx's access log: which instance answered each request (`$upstream_addr`, "127.0.0.1:B, 127.0.0.1:A" when it moved on). */
  const served = () =>
    fs
      .readFileSync(nginx.accessLog, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [from, method, pathname, status, upstream] = line.split("|");
        return { from, method, path: pathname, status: Number(status), upstream: upstream ?? "" };
      });
  const instanceOf = (upstream: string) => (upstream.endsWith(`:${ports.a}`) ? "a" : upstream.endsWith(`:${ports.b}`) ? "b" : "?");

  /**
   * A staff sign-in asked for at one instance itself: after answering, that
   * instance delivers the outbox at once (lib/email/trigger.ts), instead of
   * at its timer's next tick, up to 10 s away.
   */
  const deliverNowAt = async (port: number, email: string) => {
    const r = await postAction(port, "/sign-in", SIGN_IN, { email, callbackUrl: "/staff" }, loopback());
    expect(r.redirect).toContain("/sign-in/check-email");
  };

  const dueEmails = async () => (await db<{ n: number }[]>`select count(*)::int as n from email_outbox where status in ('pending', 'sending') and send_after <= now()`)[0].n;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    database = `${process.env.TEST_DATABASE_PREFIX ?? "convene_test"}_instances_${process.pid}`;
    ({ admin, url: databaseUrl } = await createDatabase(base!, database, SECRET));
    db = postgres(databaseUrl, { max: 4, onnotice: () => {} });

    fake = await startFakeResend({ beforeAnswer: (request) => gate?.(request) });
    [ports.a, ports.b, balanced, single] = [await freePort(), await freePort(), await freePort(), await freePort()];
    origin = `http://127.0.0.1:${balanced}`;
    const logs = path.join(root, "test-results", "several-instances");
    fs.mkdirSync(logs, { recursive: true });
    nginx = await startNginx(path.join(logs, "nginx"), { listen: balanced, servers: [ports.a, ports.b], singleListen: single });

    // As an operator runs each instance: the README's variables, the same for both but the provider key
    // (each its own, so the fake provider can tell who sent what).
    const envOf = (key: string) => ({
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: SECRET,
      APP_URL: origin,
      TRUSTED_PROXY_HOPS: "1",
      RESEND_API_KEY: key,
      RESEND_BASE_URL: fake.url,
      CONVENE_EMAIL_LEASE_SECONDS: String(LEASE_SECONDS),
    });
    a = startProductionServer({ port: ports.a, env: envOf(KEYS.a), log: path.join(logs, "instance-a.log") });
    b = startProductionServer({ port: ports.b, env: envOf(KEYS.b), log: path.join(logs, "instance-b.log") });
    for (const port of [ports.a, ports.b, balanced]) {
      await expect(async () => expect((await send(port, { path: "/" })).status).toBe(200)).toPass({ timeout: 120_000, intervals: [250, 500, 1000] });
    }

    // The institute's name as both read it now; then it changes in the database behind
    // their backs (no staff action, so no new public pages' version): test "settings" reads
    // it from both. Each process keeps it 5 s (lib/settings/queries.ts) and a public page
    // at most 30 s (lib/public-cache/state.ts), so the change is made here, early.
    for (const port of [ports.a, ports.b]) expect((await send(port, { path: "/" })).body).toContain("International Peace Institute");
    await db`insert into settings (key, value) values ('institute', ${db.json({ name: NEW_NAME, shortName: "ITI" })})
      on conflict (key) do update set value = excluded.value, updated_at = now()`;
    settingsChangedAt = Date.now();

    // The guest pages the throughput test reads.
    const guests = await db<{ id: string; link_nonce: string }[]>`
      select i.id, i.link_nonce from invitations i join events e on e.id = i.event_id
      where i.link_nonce is not null and e.status = 'scheduled' and e.ends_at > now() order by i.id limit 8`;
    guestPaths = guests.map((g) => `/rsvp/${guestTokenFor(linkKeyFrom(SECRET), g.id, g.link_nonce)}`);
    expect(guestPaths.length).toBeGreaterThan(0);
  });

  test.afterAll(async () => {
    for (const release of releases) release();
    gate = null;
    for (const running of [a, b, nginx]) if (running) await stopProcess(running);
    await fake?.close();
    await db?.end();
    if (admin) {
      await admin.unsafe(`drop database if exists "${database}" with (force)`);
      await admin.end();
    }
  });

  test("nginx's configuration is the README's", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(balancerSnippet({ listen: "80", serverName: "events.example.org", servers: [3001, 3002] }));
  });

  test("a sign-in link asked for at one instance signs in at the other, and the session holds on both", async () => {
    const from = loopback();
    const asked = await postAction(ports.a, "/sign-in", SIGN_IN, { email: DEMO.admin, callbackUrl: "/staff" }, from);
    expect(asked.redirect).toContain("/sign-in/check-email");

    let link = "";
    await expect(async () => {
      const email = fake.sent.findLast((e) => e.to.includes(DEMO.admin));
      link = (email?.html ?? "").match(/href="([^"]*\/sign-in\/verify\?[^"]+)"/)?.[1]?.replaceAll("&amp;", "&") ?? "";
      expect(link).toBeTruthy();
    }).toPass({ timeout: 60_000, intervals: [250, 500, 1000] });
    // Built from APP_URL: the balancer's address, whichever instance wrote it.
    expect(new URL(link).origin).toBe(origin);

    // The verify page's button is a GET form to Auth.js: sent to instance B itself.
    const verify = new URL(link);
    const callback = await send(ports.b, { path: `/api/auth/callback/email${verify.search}` });
    expect(callback.status).toBe(302);
    expect(callback.headers.location).toBe(`${origin}/staff`);
    const cookie = (callback.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).find((c) => c.startsWith("authjs.session-token="));
    expect(cookie, "B set the session cookie").toBeTruthy();
    adminCookie = cookie!;

    for (const [where, port] of [["instance A", ports.a], ["instance B", ports.b], ["the balancer", balanced], ["the balancer", balanced]] as const) {
      const staff = await send(port, { path: "/staff", headers: { cookie: cookie! } });
      expect(staff.status, `/staff at ${where} with the session`).toBe(200);
      expect(staff.body).toContain("Dashboard");
      const anonymous = await send(port, { path: "/staff" });
      expect(anonymous.status, `/staff at ${where} without it`).toBeGreaterThanOrEqual(300);
      expect(anonymous.status).toBeLessThan(400);
      expect(String(anonymous.headers.location)).toContain("/sign-in");
    }
    // The link was used once, at B: at A it no longer signs in.
    const again = await send(ports.a, { path: `/api/auth/callback/email${verify.search}` });
    expect(String(again.headers["set-cookie"] ?? "")).not.toContain("authjs.session-token=");
  });

  test("a recap unpublished at one instance is gone from the other's cached page within a second", async () => {
    const page = "/events/afghan-women-and-an-inclusive-enduring-peace";
    const showsRecap = (body: string) => body.includes('aria-label="Recap"');
    await send(ports.b, { path: page });
    const before = await send(ports.b, { path: page });
    expect(before.headers["x-convene-cache"], "B answers from its cache").toBe("hit");
    expect(showsRecap(before.body)).toBe(true);

    const [event] = await db<{ id: string }[]>`select id from events where slug = 'afghan-women-and-an-inclusive-enduring-peace'`;
    const done = await postAction(ports.a, `/staff/events/${event.id}/recap`, UNPUBLISH, { eventId: event.id }, loopback(), adminCookie);
    expect(done.body).toContain('"ok":true');
    expect(showsRecap((await send(ports.a, { path: page })).body), "gone at A at once").toBe(false);
    // B asks for the version on its first request more than half a second after its last
    // check (lib/public-cache/state.ts): a second after the change, it has seen it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await send(ports.b, { path: page });
    expect(showsRecap(after.body), "gone at B a second later").toBe(false);
  });

  test("the sign-in and registration limits are counted once for both instances", async () => {
    const outcome = (r: Awaited<ReturnType<typeof postAction>>, done: (r: { redirect: string; body: string }) => boolean, refused: RegExp) =>
      r.status >= 500 ? `error ${r.status}` : done(r) ? "done" : refused.test(r.body) ? "refused" : `other ${r.status}: ${r.body.slice(0, 100)}`;

    // Three routes for the same 25 sign-in requests, each from an address of its own:
    // through the balancer (round-robin: A, B, A, …), to A and B in turn directly, to A alone.
    const routes = { balancer: () => balanced, alternating: (i: number) => (i % 2 ? ports.b : ports.a), "one instance": () => ports.a };
    const signIns: Record<string, string[]> = {};
    const fromOf: Record<string, string> = {};
    for (const [name, route] of Object.entries(routes)) {
      const from = (fromOf[name] = loopback());
      signIns[name] = [];
      for (let i = 0; i < 25; i++) {
        const r = await postAction(route(i), "/sign-in", SIGN_IN, { email: `stranger${i}@example.org`, callbackUrl: "/staff" }, from);
        signIns[name].push(outcome(r, (x) => x.redirect.includes("/sign-in/check-email"), /Too many sign-in links/));
      }
    }
    const expected = [...Array(20).fill("done"), ...Array(5).fill("refused")];
    expect(signIns).toEqual({ balancer: expected, alternating: expected, "one instance": expected });
    // The balancer did spread them.
    const viaBalancer = served().filter((r) => r.from === fromOf.balancer && r.path === "/sign-in");
    expect(viaBalancer).toHaveLength(25);
    const byInstance = (list: { upstream: string }[]) => ({ a: list.filter((r) => instanceOf(r.upstream) === "a").length, b: list.filter((r) => instanceOf(r.upstream) === "b").length });
    const split = byInstance(viaBalancer);
    expect(split.a).toBeGreaterThanOrEqual(5);
    expect(split.b).toBeGreaterThanOrEqual(5);

    // Registrations: ten from one address for an event, then refused; each route its own event.
    const open = await db<{ slug: string }[]>`
      select slug from events where status = 'scheduled' and visibility = 'public' and ends_at > now()
        and (rsvp_deadline is null or rsvp_deadline > now()) and slug not like 'event-%' order by starts_at limit 3`;
    expect(open).toHaveLength(3);
    const registrations: Record<string, string[]> = {};
    for (const [[name, route], { slug }] of Object.entries(routes).map((r, i) => [r, open[i]] as const)) {
      const from = loopback();
      registrations[name] = [];
      for (let i = 0; i < 13; i++) {
        const r = await postAction(route(i), `/events/${slug}`, REGISTER, { slug, givenName: "Flood", familyName: `Guest ${i}`, email: `flood.${name.replace(" ", "-")}.${i}@example.net` }, from);
        registrations[name].push(outcome(r, (x) => x.body.includes("We have emailed"), /Too many registrations/));
      }
    }
    const tenThenRefused = [...Array(10).fill("done"), ...Array(3).fill("refused")];
    expect(registrations).toEqual({ balancer: tenThenRefused, alternating: tenThenRefused, "one instance": tenThenRefused });
    test.info().annotations.push({ type: "balancer split (sign-in)", description: `A ${split.a}, B ${split.b}` });
  });

  test("200 acceptances for 50 seats through both instances seat exactly 50, and the waitlist moves up in order", async () => {
    const made = JSON.parse(runScript("e2e/several-instances-fixtures.ts", ["capacity", "50", "200"], { DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET })) as {
      eventId: string;
      invitations: { id: string; nonce: string }[];
    };
    expect(made.invitations).toHaveLength(200);
    const key = linkKeyFrom(SECRET);
    const tokenOf = new Map(made.invitations.map((i) => [i.id, guestTokenFor(key, i.id, i.nonce)]));
    const answer = (id: string, value: "accept" | "decline") => {
      const token = tokenOf.get(id)!;
      return postAction(balanced, `/rsvp/${token}`, ANSWER, { token, answer: value });
    };

    // All at once.
    const answers = await Promise.all(made.invitations.map((i) => answer(i.id, "accept")));
    const saved = answers.map((r) => r.redirect.match(/saved=(\w+)/)?.[1] ?? `status ${r.status}: ${r.body.slice(0, 80)}`);
    expect(saved.filter((s) => s === "accepted")).toHaveLength(50);
    expect(saved.filter((s) => s === "waitlisted")).toHaveLength(150);
    const rows = async () =>
      db<{ id: string; status: string }[]>`select id, status from invitations where event_id = ${made.eventId} order by waitlisted_at nulls first, id`;
    const after = await rows();
    expect(after.filter((r) => r.status === "accepted")).toHaveLength(50);
    const waitlist = after.filter((r) => r.status === "waitlisted").map((r) => r.id);
    expect(waitlist).toHaveLength(150);
    const posts = served().filter((r) => r.method === "POST" && r.path.startsWith("/rsvp/"));
    const split = { a: posts.filter((r) => instanceOf(r.upstream) === "a").length, b: posts.filter((r) => instanceOf(r.upstream) === "b").length };
    expect(split.a + split.b).toBe(200);
    expect(split.a).toBeGreaterThan(0);
    expect(split.b).toBeGreaterThan(0);

    // Twenty seated guests decline at once, through both: the first twenty in line get their seats, in order.
    const leaving = after.filter((r) => r.status === "accepted").slice(0, 20).map((r) => r.id);
    const declines = await Promise.all(leaving.map((id) => answer(id, "decline")));
    expect(declines.map((r) => r.redirect.match(/saved=(\w+)/)?.[1])).toEqual(Array(20).fill("declined"));
    const final = await rows();
    const status = new Map(final.map((r) => [r.id, r.status]));
    expect(waitlist.slice(0, 20).map((id) => status.get(id))).toEqual(Array(20).fill("accepted"));
    expect(final.filter((r) => r.status === "waitlisted").map((r) => r.id)).toEqual(waitlist.slice(20));
    expect(final.filter((r) => r.status === "accepted")).toHaveLength(50);
    test.info().annotations.push({ type: "balancer split (answers)", description: `A ${split.a}, B ${split.b}` });
  });

  test("throughput: the same guest-page reads through the balancer to both instances and to one (measured, not asserted)", async () => {
    const REQUESTS = 240;
    const WIDTH = 8;
    const measure = async (port: number) => {
      const started = performance.now();
      const statuses = await pool(REQUESTS, WIDTH, (i) => send(port, { path: guestPaths[i % guestPaths.length] }).then((r) => r.status));
      expect(statuses.every((s) => s === 200)).toBe(true);
      return REQUESTS / ((performance.now() - started) / 1000);
    };
    // Warm both up through the balancer, then take turns: one, both, one, both.
    await measure(balanced);
    const one: number[] = [];
    const both: number[] = [];
    for (let round = 0; round < 2; round++) {
      one.push(await measure(single));
      both.push(await measure(balanced));
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const ratio = mean(both) / mean(one);
    const line = `${REQUESTS} guest-page GETs × 2 rounds, ${WIDTH} at a time: one instance ${mean(one).toFixed(1)} req/s, two instances ${mean(both).toFixed(1)} req/s, ratio ${ratio.toFixed(2)} (2-core machine: both instances and nginx share it)`;
    console.log(`[measure] several instances: ${line}`);
    test.info().annotations.push({ type: "throughput", description: line });
  });

  test("a setting changed in the database is read by both instances", async () => {
    for (const [name, port] of [["A", ports.a], ["B", ports.b]] as const) {
      await expect(async () => expect((await send(port, { path: "/" })).body, `instance ${name}`).toContain(NEW_NAME)).toPass({
        timeout: 120_000,
        intervals: [500, 1000, 2000],
      });
    }
    test.info().annotations.push({ type: "settings", description: `both instances showed the new name ${Math.round((Date.now() - settingsChangedAt) / 1000)} s after the change (each keeps the settings 5 s and a cached page up to 30 s)` });
  });

  test("both instances' email timers drain 1 000 queued emails, each sent exactly once", async () => {
    await expect(async () => expect(await dueEmails()).toBe(0)).toPass({ timeout: 120_000, intervals: [500, 1000] });
    // The provider holds its answers until both instances are sending (or 30 s, so nothing hangs):
    // each instance claims its own share of the outbox (500 at most per claim).
    const keys = new Set<string | null>();
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    releases.push(open);
    const fallback = setTimeout(open, 30_000);
    gate = async (request) => {
      keys.add(request.apiKey);
      if (keys.has(KEYS.a) && keys.has(KEYS.b)) open();
      await opened;
    };
    const before = fake.requests.length;
    const started = Date.now();
    runScript("e2e/several-instances-fixtures.ts", ["emails", "1000", "drain"], { DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET });
    // Their timers would do; a request to each starts both now.
    await Promise.all([deliverNowAt(ports.a, DEMO.editor), deliverNowAt(ports.b, DEMO.viewer)]);
    const pendingDrain = async () => (await db<{ n: number }[]>`select count(*)::int as n from email_outbox where to_address like 'drain%' and status <> 'sent'`)[0].n;
    await expect(async () => expect(await pendingDrain()).toBe(0)).toPass({ timeout: 180_000, intervals: [500, 1000] });
    const elapsed = Date.now() - started;
    clearTimeout(fallback);
    gate = null;

    const drained = fake.sent.filter((e) => e.to[0].startsWith("drain"));
    expect(drained).toHaveLength(1000);
    expect(new Set(drained.map((e) => e.to[0])).size).toBe(1000);
    const requests = fake.requests.slice(before);
    expect(requests.every((r) => r.status === 200)).toBe(true);
    // No Idempotency-Key delivered twice, in this test or before it.
    const delivering = fake.requests.filter((r) => r.delivered > 0).map((r) => r.idempotencyKey);
    expect(new Set(delivering).size).toBe(delivering.length);
    // Which instance's request delivered each of them.
    const senderOf = new Map(requests.filter((r) => r.delivered > 0).map((r) => [r.idempotencyKey, r.apiKey]));
    const byKey = (apiKey: string) => drained.filter((e) => senderOf.get(e.idempotencyKey) === apiKey).length;
    const split = { a: byKey(KEYS.a), b: byKey(KEYS.b) };
    expect(split.a, "instance A sent some").toBeGreaterThan(0);
    expect(split.b, "instance B sent some").toBeGreaterThan(0);
    expect(split.a + split.b).toBe(1000);
    const [row] = await db<{ once: number; providers: number }[]>`
      select count(*) filter (where attempts = 1)::int as once, count(distinct provider_id)::int as providers from email_outbox where to_address like 'drain%'`;
    expect(row).toEqual({ once: 1000, providers: 1000 });
    const line = `1 000 emails drained by the two timers in ${elapsed} ms (from queueing to the last sent): A ${split.a}, B ${split.b}, ${requests.length} requests`;
    console.log(`[measure] several instances: ${line}`);
    test.info().annotations.push({ type: "email drain", description: line });
  });

  test("an instance killed mid-run loses nothing: the other serves, and the emails it had claimed go out after their lease", async () => {
    await expect(async () => expect(await dueEmails()).toBe(0)).toPass({ timeout: 120_000, intervals: [500, 1000] });
    // B's first request is delivered by the provider and never answered while B lives; A waits until B is dead.
    let bHolds: (request: FakeRequest) => void = () => {};
    const bHeld = new Promise<FakeRequest>((resolve) => (bHolds = resolve));
    let bGone = () => {};
    const killed = new Promise<void>((resolve) => (bGone = resolve));
    let never = () => {};
    const forever = new Promise<void>((resolve) => (never = resolve));
    releases.push(bGone, never);
    gate = async (request) => {
      if (request.apiKey === KEYS.b) {
        bHolds(request);
        await forever;
      } else await killed;
    };
    const before = fake.requests.length;
    const enqueuedAt = Date.now();
    runScript("e2e/several-instances-fixtures.ts", ["emails", "600", "crash"], { DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET });
    await deliverNowAt(ports.b, DEMO.viewer);
    const held = await Promise.race([bHeld, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("Instance B sent nothing in 60 s")), 60_000))]);
    const [{ claimed }] = await db<{ claimed: number }[]>`select count(*)::int as claimed from email_outbox where to_address like 'crash%' and status = 'sending'`;
    const logBefore = served().length;

    const killedAt = Date.now();
    await stopProcess(b, "SIGKILL");
    bGone();

    // The balancer sends everything to A: pages and answers, with no failed request.
    const pages = await pool(30, 3, (i) => send(balanced, { path: guestPaths[i % guestPaths.length] }));
    expect(pages.map((p) => p.status)).toEqual(Array(30).fill(200));
    const signIns = await pool(6, 2, (i) => postAction(balanced, "/sign-in", SIGN_IN, { email: `after.kill${i}@example.org`, callbackUrl: "/staff" }, loopback()));
    expect(signIns.map((r) => r.redirect.includes("/sign-in/check-email"))).toEqual(Array(6).fill(true));

    const unsent = async () => (await db<{ n: number }[]>`select count(*)::int as n from email_outbox where to_address like 'crash%' and status <> 'sent'`)[0].n;
    await expect(async () => expect(await unsent()).toBe(0)).toPass({ timeout: LEASE_SECONDS * 1000 + 150_000, intervals: [500, 1000] });
    const allSentAfter = Date.now() - killedAt;
    gate = null;

    const crash = fake.sent.filter((e) => e.to[0].startsWith("crash"));
    expect(crash).toHaveLength(600);
    expect(new Set(crash.map((e) => e.to[0])).size).toBe(600);
    const delivering = fake.requests.filter((r) => r.delivered > 0).map((r) => r.idempotencyKey);
    expect(new Set(delivering).size).toBe(delivering.length);
    // B's held batch was sent again by A under the same key, after the lease, and answered from the provider's memory.
    const replays = fake.requests.slice(before).filter((r) => r.idempotencyKey === held.idempotencyKey);
    expect(replays.map((r) => [r.apiKey, r.delivered, r.status])).toEqual([
      [KEYS.b, held.count, 0],
      [KEYS.a, 0, 200],
    ]);
    // Never before the lease: the rows were claimed after they were queued, for LEASE_SECONDS.
    const replay = replays[1] as FakeRequest;
    expect(replay.at - enqueuedAt).toBeGreaterThanOrEqual(LEASE_SECONDS * 1000 - 1000);
    // Every request through the balancer after the kill was answered by A (nginx tried B first for some: "B, A").
    const afterKill = served().slice(logBefore);
    expect(afterKill).toHaveLength(36);
    expect(afterKill.map((r) => instanceOf(r.upstream.split(", ").at(-1)!))).toEqual(Array(36).fill("a"));
    expect(afterKill.every((r) => r.status < 400)).toBe(true);
    const line = `B killed with ${claimed} of the 600 emails claimed (B's batch of ${held.count} delivered by the provider, never answered); all 600 sent ${allSentAfter} ms after the kill (lease ${LEASE_SECONDS} s)`;
    console.log(`[measure] several instances: ${line}`);
    test.info().annotations.push({ type: "kill", description: line });
  });
});
