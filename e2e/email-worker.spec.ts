import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { hashSessionToken } from "../lib/auth/tokens";
import { guestTokenFor, linkKeyFrom } from "../lib/invitations/tokens";
import { startFakeResend, type FakeResend } from "../lib/test/fake-resend";
import { expect, expectAccessible, test } from "./fixtures";
import { createDatabase, freePort, postgresBase, root, startProductionServer, stopProcess, type RunningProcess } from "./production-server";

// README, "The email worker": the server started with
// CONVENE_EMAIL_DELIVERY=worker only queues email, and `node email-worker.js`
// (the deployed folder's; `npm run email:worker` in a checkout) delivers it
// from a process of its own. A guest answers in the browser; the confirmation
// waits in the outbox until the worker runs, then the worker sends it; SIGTERM
// stops the worker cleanly. The worker needs a database two processes share:
// PostgreSQL only.
const base = postgresBase();
const SECRET = "email-worker-secret-not-for-production";

test.describe("email delivered by the email worker", () => {
  test.skip(!base, "Needs PostgreSQL (TEST_DATABASE_URL or DATABASE_URL): the embedded database is one process's own");
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  let admin: postgres.Sql;
  let db: postgres.Sql;
  let databaseUrl = "";
  let database = "";
  let origin = "";
  let fake: FakeResend;
  let server: RunningProcess | undefined;
  let worker: RunningProcess | undefined;
  let guest = { id: "", email: "", token: "" };
  const logs = path.join(root, "test-results", "email-worker");

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    database = `${process.env.TEST_DATABASE_PREFIX ?? "convene_test"}_worker_${process.pid}`;
    ({ admin, url: databaseUrl } = await createDatabase(base!, database, SECRET));
    db = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    fake = await startFakeResend();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    fs.mkdirSync(logs, { recursive: true });
    server = startProductionServer({
      port,
      log: path.join(logs, "server.log"),
      env: { DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET, APP_URL: origin, CONVENE_EMAIL_DELIVERY: "worker", RESEND_API_KEY: "re_server", RESEND_BASE_URL: fake.url },
    });
    await expect(async () => expect((await fetch(`${origin}/`)).status).toBe(200)).toPass({ timeout: 120_000, intervals: [250, 500, 1000] });

    // A guest invited to an upcoming event who has not answered, and their personal link.
    const [row] = await db<{ id: string; link_nonce: string; email: string }[]>`
      select i.id, i.link_nonce, p.email from invitations i join events e on e.id = i.event_id join people p on p.id = i.person_id
      where i.status = 'invited' and i.link_nonce is not null and p.email is not null and e.status = 'scheduled'
        and e.ends_at > now() and (e.rsvp_deadline is null or e.rsvp_deadline > now())
      order by e.starts_at, i.id limit 1`;
    expect(row, "the demo data has an invited guest").toBeTruthy();
    guest = { id: row.id, email: row.email, token: guestTokenFor(linkKeyFrom(SECRET), row.id, row.link_nonce) };
  });

  test.afterAll(async () => {
    for (const running of [worker, server]) if (running) await stopProcess(running);
    await fake?.close();
    await db?.end();
    if (admin) {
      await admin.unsafe(`drop database if exists "${database}" with (force)`);
      await admin.end();
    }
  });

  test("the server queues a guest's confirmation, the worker sends it, and SIGTERM stops the worker", async ({ openPage }) => {
    const page = await openPage();
    await page.goto(`${origin}/rsvp/${guest.token}`);
    await page.getByRole("link", { name: "Accept" }).click();
    await page.getByRole("button", { name: "Confirm my attendance" }).click();
    await expect(page.getByRole("heading", { name: /^You are (attending|on the waitlist)/ })).toBeVisible();

    // Queued by the server, which sends nothing itself: after two seconds it still waits, and the provider saw no one.
    const outbox = () => db<{ status: string }[]>`select status from email_outbox where invitation_id = ${guest.id} and template = 'answer'`;
    await expect.poll(async () => (await outbox()).map((r) => r.status)).toEqual(["pending"]);
    await page.waitForTimeout(2_000);
    expect((await outbox()).map((r) => r.status)).toEqual(["pending"]);
    expect(fake.requests).toHaveLength(0);

    // Ten minutes on with no worker (the due time moved back instead): staff are told on their dashboard.
    await db`update email_outbox set send_after = now() - interval '10 minutes' where invitation_id = ${guest.id} and template = 'answer'`;
    const sessionToken = randomBytes(32).toString("base64url");
    await db`insert into sessions (session_token, user_id, expires)
      select ${hashSessionToken(sessionToken)}, id, now() + interval '1 day' from users where email = 'admin@convene.local'`;
    const staff = await openPage();
    await staff.context().addCookies([{ name: "authjs.session-token", value: sessionToken, url: origin }]);
    await staff.goto(`${origin}/staff`);
    const notice = staff.getByRole("region", { name: "Emails are not going out" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(/1 email has been waiting to go out for 1\d minutes\./);
    await expect(notice).toContainText("CONVENE_EMAIL_DELIVERY=worker");
    await expectAccessible(staff);
    for (const width of [1280, 390]) {
      await staff.setViewportSize({ width, height: 900 });
      await staff.screenshot({ path: path.join(logs, `overdue-notice-${width}.png`) });
    }
    await staff.setViewportSize({ width: 1280, height: 900 });
    await notice.getByRole("link", { name: "See the waiting emails" }).click();
    await expect(staff.getByRole("region", { name: "Emails are not going out" })).toBeVisible();
    await expect(staff.getByRole("region", { name: "Emails", exact: true })).toContainText(guest.email);

    // The worker, as an operator starts it beside the server: the deployed folder's bundle when the build made one.
    const bundle = path.join(root, ".next", "standalone", "email-worker.js");
    const [args, cwd] = fs.existsSync(bundle) ? [[bundle], path.dirname(bundle)] : [["--import", "tsx", "lib/email/worker-cli.ts"], root];
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET, APP_URL: origin, RESEND_API_KEY: "re_worker", RESEND_BASE_URL: fake.url },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let printed = "";
    child.stdout.on("data", (d: Buffer) => (printed += d.toString()));
    child.stderr.on("data", (d: Buffer) => (printed += d.toString()));
    worker = { name: "email-worker", child, exited: new Promise<void>((resolve) => child.once("exit", () => resolve())) };

    await expect.poll(async () => (await outbox()).map((r) => r.status), { timeout: 60_000 }).toEqual(["sent"]);
    const sent = fake.sent.filter((m) => m.to.includes(guest.email));
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toMatch(/^(Confirmed|On the waitlist): /);
    // Sent with the worker's own key: the server never spoke to the provider.
    expect(new Set(fake.requests.map((r) => r.apiKey))).toEqual(new Set(["re_worker"]));
    // And the dashboard says nothing more about it.
    await staff.goto(`${origin}/staff`);
    await expect(staff.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(staff.getByRole("region", { name: "Emails are not going out" })).toHaveCount(0);

    const exitCode = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    process.kill(child.pid!, "SIGTERM");
    expect(await exitCode, printed).toBe(0);
    expect(printed).toContain("SIGTERM: the email worker sends the batch in hand and stops.");
    expect(printed).toMatch(/Email worker stopped: \d+ emails sent\./);
    worker = undefined;
  });
});
