import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { hashSessionToken } from "../lib/auth/tokens";
import { guestTokenFor, linkKeyFrom } from "../lib/invitations/tokens";
import { VERSION_CHECK_MS } from "../lib/public-cache/rules";
import { startTcpProxy, type ProxyMode, type TcpProxy } from "../lib/test/tcp-proxy";
import { createDatabase, freePort, postgresBase, root } from "./production-server";

// The database going away under a running Convene, and coming back. A second
// `next start` of the same build runs against its own PostgreSQL database
// through a TCP proxy the test cuts and restores. PGlite lives inside the
// server process and cannot go away on its own: PostgreSQL only. Its server and
// database are its own whichever driver the run's server uses, so it runs against PostgreSQL however the suite is run.
const base = postgresBase();
const SECRET = "outage-test-secret-not-for-production";
const DOWN = "Convene can't reach its database";
// What must never reach the person: a stack, a query, a driver's words.
const LEAKS = [/Failed query/i, /ECONNREFUSED/, /CONNECTION_CLOSED/, /\bat [\w.<>]+ \(/, /postgres:\/\//, /select .* from/i, /Reference:/];

test.describe("the database goes away and comes back", () => {
  test.skip(!base, "Needs PostgreSQL (TEST_DATABASE_URL or DATABASE_URL): PGlite runs inside the server and cannot be cut off");
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  let admin: postgres.Sql;
  let db: postgres.Sql;
  let proxy: TcpProxy;
  let server: ChildProcess;
  let serverLog = "";
  let origin = "";
  let database = "";
  let guestPath = "";
  let invitationId = "";
  let staffCookie = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    database = `${process.env.TEST_DATABASE_PREFIX ?? "convene_test"}_outage_${process.pid}`;
    let databaseUrl: string;
    ({ admin, url: databaseUrl } = await createDatabase(base!, database, SECRET));
    const direct = new URL(databaseUrl);
    db = postgres(direct.toString(), { max: 2, onnotice: () => {} });

    // A guest who has not answered yet, on an upcoming event, and their link as the server derives it.
    const [guest] = await db<{ id: string; link_nonce: string }[]>`
      select i.id, i.link_nonce from invitations i join events e on e.id = i.event_id
      where i.status = 'invited' and i.link_nonce is not null and e.status = 'scheduled' and e.ends_at > now()
        and (e.rsvp_deadline is null or e.rsvp_deadline > now())
      order by e.starts_at limit 1`;
    invitationId = guest.id;
    guestPath = `/rsvp/${guestTokenFor(linkKeyFrom(SECRET), guest.id, guest.link_nonce)}`;
    // A staff session as Convene keeps it (database sessions: the cookie holds the token, the row its hash).
    const token = randomBytes(32).toString("base64url");
    await db`insert into sessions (session_token, user_id, expires)
      select ${hashSessionToken(token)}, id, now() + interval '1 day' from users where email = 'admin@convene.local'`;
    staffCookie = `authjs.session-token=${token}`;

    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const throughProxy = new URL(direct);
    throughProxy.host = `127.0.0.1:${proxy.port}`;
    const port = await freePort();
    origin = `http://localhost:${port}`;
    server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: throughProxy.toString(), AUTH_SECRET: SECRET, APP_URL: origin, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout?.on("data", (d: Buffer) => (serverLog += d.toString()));
    server.stderr?.on("data", (d: Buffer) => (serverLog += d.toString()));
    await expect(async () => expect((await fetch(`${origin}/`)).status).toBe(200)).toPass({ timeout: 60_000, intervals: [250, 500] });
  });

  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await proxy?.close();
    await db?.end();
    if (admin) {
      await admin.unsafe(`drop database if exists "${database}" with (force)`);
      await admin.end();
    }
  });

  const get = async (pathname: string, cookie?: string) => {
    const started = Date.now();
    const res = await fetch(`${origin}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(15_000) });
    return { status: res.status, body: await res.text(), ms: Date.now() - started };
  };

  test("pages say the database is out of reach, within seconds, and work again when it returns", async ({ page }) => {
    const pages = { home: "/", guest: guestPath, staff: "/staff" };
    for (const [name, pathname] of Object.entries(pages)) {
      const up = await get(pathname, name === "staff" ? staffCookie : undefined);
      expect(up.status, `${name} while the database is up`).toBe(200);
    }
    expect(await get("/api/ready"), "ready while the database is up").toMatchObject({ status: 200, body: JSON.stringify({ status: "ok" }) });
    const timings: string[] = [];

    await proxy.set("refuse");
    // A public page read from the database less than VERSION_CHECK_MS ago is served from
    // the cache without asking it again (lib/public-cache/version-watch.ts): wait that out,
    // so the next one asks, and finds the database gone.
    await new Promise((resolve) => setTimeout(resolve, VERSION_CHECK_MS + 100));
    // The first page to fail: React cannot render an error page on the server, so
    // Next.js sends an empty 500 document and the browser renders error.tsx from
    // the error's digest, which says the database is out of reach.
    const started = Date.now();
    const first = await page.goto(`${origin}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DOWN);
    await expect(page.getByText("try again in a minute")).toBeVisible();
    timings.push(`first page ${first?.status()} in ${Date.now() - started} ms`);
    expect(first?.status()).toBe(500);
    for (const leak of LEAKS) await expect(page.locator("body")).not.toContainText(leak);

    // From then on, until the database answers, proxy.ts serves a plain 503 page.
    for (const mode of ["refuse", "drop"] satisfies ProxyMode[]) {
      await proxy.set(mode);
      for (const [name, pathname] of Object.entries(pages)) {
        const down = await get(pathname, name === "staff" ? staffCookie : undefined);
        timings.push(`${mode} ${name} ${down.status} in ${down.ms} ms`);
        expect(down.ms, `${name} answers without hanging`).toBeLessThan(5_000);
        expect(down.status, `${name}: 503, try again later`).toBe(503);
        expect(down.body, `${name} says what is wrong`).toContain(DOWN);
        for (const leak of LEAKS) expect(down.body, `${name} shows nothing internal`).not.toMatch(leak);
      }
      // A balancer's probes get their own answers, not the outage page (proxy.ts leaves them alone):
      // the process lives, and it should not be sent work.
      const ready = await get("/api/ready");
      expect(ready.status, `${mode}: /api/ready`).toBe(503);
      expect(JSON.parse(ready.body), `${mode}: /api/ready says why`).toEqual({ status: "unavailable", reason: "database unreachable" });
      expect(ready.ms, "/api/ready answers without hanging").toBeLessThan(10_000);
      timings.push(`${mode} /api/ready ${ready.status} in ${ready.ms} ms`);
      const health = await get("/api/health");
      expect(health.status, `${mode}: /api/health`).toBe(200);
      expect(JSON.parse(health.body)).toEqual({ status: "ok" });
    }
    // The same page without JavaScript reads the same.
    const noScript = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${origin}${guestPath}`);
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText(DOWN);
    await noScript.close();

    await proxy.set("open");
    const back = Date.now();
    for (const [name, pathname] of Object.entries(pages)) {
      const up = await get(pathname, name === "staff" ? staffCookie : undefined);
      expect(up.status, `${name} once the database is back`).toBe(200);
      expect(up.body).not.toContain(DOWN);
    }
    timings.push(`all three back in ${Date.now() - back} ms, no restart`);
    expect((await get("/api/ready")).status, "ready again once the database is back").toBe(200);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(DOWN);
    console.log(`[measure] ${timings.join("; ")}`);
    expect(server.exitCode, "the server is still running").toBeNull();
  });

  test("an answer sent while the database is away says so and changes nothing; sent again, it lands", async ({ page }) => {
    const before = await db`select status, updated_at from invitations where id = ${invitationId}`;
    const [{ n: outboxBefore }] = await db<{ n: number }[]>`select count(*)::int as n from email_outbox`;
    await page.goto(`${origin}${guestPath}?answer=accept`);
    const confirm = page.getByRole("button", { name: "Confirm my attendance" });
    await expect(confirm).toBeVisible();

    await proxy.set("refuse");
    await confirm.click();
    const alert = page.getByRole("alert").filter({ hasText: "can't reach its database" });
    await expect(alert).toBeVisible({ timeout: 5_000 });
    await expect(alert).toContainText("nothing was saved");
    // Still on the form, nothing lost, nothing written.
    await expect(confirm).toBeVisible();
    await proxy.set("open");
    expect(await db`select status, updated_at from invitations where id = ${invitationId}`).toEqual(before);
    const [{ n: outboxAfter }] = await db<{ n: number }[]>`select count(*)::int as n from email_outbox`;
    expect(outboxAfter).toBe(outboxBefore);

    await confirm.click();
    await expect(page).toHaveURL(/saved=(accepted|waitlisted)/);
    const [after] = await db<{ status: string }[]>`select status from invitations where id = ${invitationId}`;
    expect(["accepted", "waitlisted"]).toContain(after.status);
  });

  test("without JavaScript, an answer sent while the database is away gets a 503 page saying it was not saved", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${guestPath}?answer=decline`);
    const send = page.getByRole("button", { name: "Send my answer: I cannot attend" });
    await expect(send).toBeVisible();
    const before = await db`select status, updated_at from invitations where id = ${invitationId}`;

    // The first request of this outage is the form itself.
    await proxy.set("refuse");
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), send.click()]);
    expect(response.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DOWN);
    await expect(page.getByText("What you sent was not saved")).toBeVisible();
    await proxy.set("open");
    expect(await db`select status, updated_at from invitations where id = ${invitationId}`).toEqual(before);

    await page.goto(`${origin}${guestPath}?answer=decline`);
    await page.getByRole("button", { name: "Send my answer: I cannot attend" }).click({ timeout: 10_000 });
    await expect(page).toHaveURL(/saved=declined/);
    await context.close();
  });

  test("the server never crashed and logged no unhandled rejection", async () => {
    expect(server.exitCode).toBeNull();
    expect(serverLog).not.toMatch(/unhandledRejection|uncaughtException|Unhandled Rejection/i);
    // The log names the cause; no query's parameters, guest tokens or session tokens.
    expect(serverLog).toMatch(/out of reach/);
    // (Drizzle's "params: […]" is emptied here, or replaced by lib/log/redact.ts in production.)
    expect(serverLog).not.toMatch(/params: (?!\[\]|\[redacted\])\S/);
    expect(serverLog).not.toContain(guestPath.split("/").pop()!);
    expect(serverLog).not.toContain(staffCookie.split("=")[1]);
  });
});
