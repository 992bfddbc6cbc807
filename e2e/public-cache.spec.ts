import type { APIRequestContext, APIResponse } from "@playwright/test";
import postgres from "postgres";
import { actionForm, postAction } from "./app-surface";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { actionByKey } from "./principals";

// The public site from each server process's cache (lib/public-cache/): a
// CDN may hold a public page a second; staff, guest and sign-in pages are
// never stored; every answer carries a nonce of its own; a staff change
// shows at once. e2e/several-instances.spec.ts shows it on another instance
// within a second.

const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=5";
const PRIVATE = "private, no-store";
const RECAP_EVENT = "afghan-women-and-an-inclusive-enduring-peace";
const RECAP_TITLE = "Afghan Women and an Inclusive, Enduring Peace";
const UPCOMING = "an-agenda-for-the-people-by-the-people-consolidating-peace-and-advancing";
const HTML_PAGES = ["/", "/events", `/events/${UPCOMING}`, `/events/${RECAP_EVENT}`, "/events?format=roundtable&year=2026"];
const FILES = ["/feed.xml", "/events.ics", "/sitemap.xml", "/og", `/og/events/${RECAP_EVENT}`];
const ACTIONS = "app/(staff)/staff/events/[id]/recap/actions.ts";

const nonceOf = (response: APIResponse) => response.headers()["content-security-policy"]?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];

/** Asks until the cache answers: the first request renders and stores the page. */
async function cached(request: APIRequestContext, path: string): Promise<APIResponse> {
  const first = await request.get(path);
  expect(first.status(), path).toBe(200);
  const second = await request.get(path);
  expect(second.headers()["x-convene-cache"], `${path} from the cache`).toBe("hit");
  return second;
}

test.describe("the public site from the cache", () => {
  test("a shared cache may hold public pages a second; staff, guest, sign-in and mailbox pages are never stored", async ({ request, staffPage }) => {
    for (const path of [...HTML_PAGES, ...FILES]) {
      const answer = await cached(request, path);
      expect(answer.headers()["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
    }
    for (const path of ["/sign-in", "/rsvp/not-a-real-link", "/dev/mailbox", "/staff"]) {
      const answer = await request.get(path, { maxRedirects: 0 });
      expect(answer.headers()["cache-control"], path).toBe(PRIVATE);
      expect(answer.headers()["x-convene-cache"], path).toBeUndefined();
    }
    // A query the pages do not key on is rendered for the request, and stored by no one.
    const tracked = await request.get("/events?utm_source=newsletter");
    expect(tracked.status()).toBe(200);
    expect(tracked.headers()["cache-control"]).toBe(PRIVATE);
    expect(tracked.headers()["x-convene-cache"]).toBeUndefined();

    // Signed-in staff get public pages rendered for them, and private.
    const staff = (await staffPage(DEMO.viewer)).request;
    for (const path of ["/staff", "/staff/events", "/events", `/events/${RECAP_EVENT}`]) {
      const answer = await staff.get(path);
      expect(answer.status(), path).toBe(200);
      expect(answer.headers()["cache-control"], path).toBe(PRIVATE);
      expect(answer.headers()["x-convene-cache"], path).toBeUndefined();
    }
  });

  test("every answer from the cache has its own nonce, on every script and in its policy", async ({ request }) => {
    for (const path of HTML_PAGES) {
      await cached(request, path);
      const [one, two] = [await request.get(path), await request.get(path)];
      for (const answer of [one, two]) expect(answer.headers()["x-convene-cache"], path).toBe("hit");
      const nonces = [nonceOf(one), nonceOf(two)];
      expect(nonces[0], `${path} has a nonce`).toBeTruthy();
      expect(nonces[1], `${path}: two answers, two nonces`).not.toBe(nonces[0]);
      for (const [answer, nonce, other] of [
        [one, nonces[0], nonces[1]],
        [two, nonces[1], nonces[0]],
      ] as const) {
        const body = await answer.text();
        const scripts = body.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length, path).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
        expect(body, `${path} carries no other answer's nonce`).not.toContain(other!);
        // Next names the nonce in its preload header too.
        for (const link of (answer.headers()["link"] ?? "").match(/nonce="[^"]*"/g) ?? []) expect(link, path).toBe(`nonce="${nonce}"`);
      }
    }
  });

  test("a script injected into a cached page does not run; the page's own scripts do", async ({ browser, request }) => {
    // A context of its own: the refusal this test provokes is what it checks (the fixtures fail a test on any).
    const context = await browser.newContext();
    try {
      for (const path of HTML_PAGES) {
        await cached(request, path);
        const page = await context.newPage();
        const refusals: string[] = [];
        page.on("console", (message) => {
          if (/Content[- ]Security[- ]Policy/i.test(message.text())) refusals.push(message.text());
        });
        await page.route((url) => url.pathname === new URL(path, "http://x").pathname, async (route) => {
          // The page itself, not the router's fetches of it.
          if (route.request().resourceType() !== "document") return route.continue();
          const response = await route.fetch();
          const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
          const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !["content-encoding", "content-length"].includes(name)));
          await route.fulfill({ status: response.status(), headers, body: html });
        });
        const answer = await page.goto(path);
        expect(answer?.headers()["x-convene-cache"], path).toBe("hit");
        // Next's own inline scripts ran (they carry the answer's nonce): they fill __next_f.
        expect(await page.evaluate(() => Array.isArray((window as { __next_f?: unknown }).__next_f)), `${path}: Next's scripts ran`).toBe(true);
        expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected), `${path}: the injected script`).toBeUndefined();
        expect(refusals.length, `${path}: the browser refused the injected script`).toBeGreaterThan(0);
        await page.unrouteAll({ behavior: "ignoreErrors" });
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  test("a cached page is answered without reading any table: only the version in settings is read", async ({ request }) => {
    const url = process.env.DATABASE_URL;
    test.skip(!url?.startsWith("postgres"), "Locks the tables of the server's PostgreSQL database: PGlite lives inside the server");
    for (const path of [...HTML_PAGES, ...FILES]) await cached(request, path);
    const db = postgres(url!, { max: 1, onnotice: () => {} });
    try {
      const tables = (await db<{ name: string }[]>`select tablename as name from pg_tables where schemaname = 'public' and tablename <> 'settings'`).map((t) => t.name);
      expect(tables).toContain("events");
      let released = false;
      let uncached: Promise<{ status: number; released: boolean }> | undefined;
      await db.begin(async (tx) => {
        // Nobody reads or writes these tables until this transaction ends.
        await tx.unsafe(`lock table ${tables.map((t) => `"${t}"`).join(", ")} in access exclusive mode`);
        // A page not in the cache waits for the lock: the proof that the lock holds what pages read.
        uncached = request.get("/events?page=2", { timeout: 120_000 }).then((r) => ({ status: r.status(), released }));
        for (const round of [1, 2]) {
          for (const path of [...HTML_PAGES, ...FILES]) {
            const answer = await request.get(path, { timeout: 60_000 });
            expect(answer.status(), `${path}, round ${round}`).toBe(200);
            expect(answer.headers()["x-convene-cache"], `${path}, round ${round}`).toBe("hit");
          }
          // Past the interval between version checks: the second round reads the version, and only that.
          if (round === 1) await new Promise((r) => setTimeout(r, 600));
        }
        released = true;
      });
      const answered = await uncached!;
      expect(answered.status).toBe(200);
      expect(answered.released, "the page not in the cache waited for the tables").toBe(true);
    } finally {
      await db.end();
    }
  });

  test("an unpublished recap is gone from the public pages at once, and back at once when published again", async ({ request, staffPage }) => {
    const admin = (await staffPage(DEMO.admin)).request;
    const editor = (await staffPage(DEMO.editor)).request;
    const past = await (await admin.get("/staff/events?filter=past")).text();
    const eventId = past.match(new RegExp(`href="/staff/events/([0-9a-f-]{36})">${RECAP_TITLE}`))?.[1];
    expect(eventId, "the event with the recap").toBeTruthy();
    const recapPage = `/staff/events/${eventId}/recap`;
    const act = async (staff: APIRequestContext, name: string) => {
      const answer = await postAction(staff, recapPage, actionByKey(`${ACTIONS}#${name}`).id, actionForm({ eventId: eventId! }));
      expect(answer.status(), name).toBe(200);
      expect(await answer.text(), name).toContain('"ok":true');
    };
    const showsRecap = (body: string) => body.includes('aria-label="Recap"');

    const page = `/events/${RECAP_EVENT}`;
    expect(showsRecap(await (await cached(request, page)).text())).toBe(true);
    expect(await (await cached(request, "/feed.xml")).text()).toContain(RECAP_TITLE);

    await act(admin, "unpublish");
    const after = await request.get(page);
    expect(after.headers()["x-convene-cache"], "the change emptied the cache").toBe("miss");
    expect(showsRecap(await after.text()), "the recap is gone at once").toBe(false);
    expect(await (await request.get("/feed.xml")).text()).not.toContain(RECAP_TITLE);

    // Through review again, then published: back at once.
    await act(editor, "submitForReview");
    await act(admin, "publish");
    expect(showsRecap(await (await request.get(page)).text()), "the recap is back at once").toBe(true);
    expect(await (await request.get("/feed.xml")).text()).toContain(RECAP_TITLE);
  });
});
