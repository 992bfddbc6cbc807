import { request as playwrightRequest, type APIRequestContext, type APIResponse, type BrowserContext } from "@playwright/test";
import {
  actionForm,
  actionOutcome,
  actionPagePath,
  concretePath,
  inPool,
  listEndpoints,
  listEndpointsInSource,
  listServerActions,
  postAction,
  type ActionOutcome,
  type Samples,
} from "./app-surface";
import { DEMO, signIn } from "./auth";
import { ACTIONS, ENDPOINTS, HARMLESS_FORMS, PRINCIPALS, type EndpointCell, type Principal } from "./authorization-matrix";
import { expect, test } from "./fixtures";
import { FORGED_TOKEN, gatherFixture, openPrincipals, type Fixture } from "./principals";

const STAFF_ROLES = ["viewer", "editor", "admin"] as const;
type StaffRole = (typeof STAFF_ROLES)[number];
const SIGN_OUT = "app/(staff)/staff/layout.tsx#$$RSC_SERVER_ACTION_0";
const baseURL = () => `http://127.0.0.1:${process.env.E2E_PORT}`;

/** Each principal asks with their own guest link, or with a forgery when they hold none. */
const samplesFor = (f: Fixture, who: Principal): Samples => ({ ...f, token: who === "guest" ? f.guestToken : FORGED_TOKEN });

/** How a probe is made when a GET is not what the route answers. */
function probe(request: APIRequestContext, pattern: string, path: string): Promise<APIResponse> {
  if (pattern === "/api/webhooks/resend") {
    // A Resend-shaped event with a made-up Svix signature.
    return request.post(path, {
      data: { type: "email.bounced", data: { to: ["someone@example.org"] } },
      headers: { "svix-id": "msg_authz", "svix-timestamp": String(Math.floor(Date.now() / 1000)), "svix-signature": "v1,bm90IGEgc2lnbmF0dXJl" },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  }
  if (/^\/opt-(out|in)\/\[token\]\/post$/.test(pattern)) {
    // What a mail provider's one-click sends (RFC 8058), to the address in the header: the page's, not ./post.
    return request.post(path.replace(/\/post$/, ""), { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0, failOnStatusCode: false });
  }
  return request.get(path, { maxRedirects: 0, failOnStatusCode: false });
}

function endpointOutcome(response: APIResponse): EndpointCell | `status ${number}` {
  const status = response.status();
  const location = response.headers()["location"] ?? "";
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400) {
    if (/\/sign-in(\?|$)/.test(new URL(location, baseURL()).pathname + "?")) return "sign-in";
    if (new URL(location, baseURL()).pathname === "/staff") return "to-staff";
  }
  if (status === 401 || status === 403 || status === 404) return String(status) as EndpointCell;
  return `status ${status}`;
}

const keys = <T extends { target: string }>(rows: T[]) => rows.map((r) => r.target).sort();

test.describe("authorization matrix", () => {
  test("names every page, route handler and server action of the build, and nothing else", () => {
    const endpoints = listEndpoints().map((e) => e.pattern);
    expect(endpoints, "the build is stale: rebuild (the app/ folder has other pages or routes)").toEqual(listEndpointsInSource());
    expect(keys(ENDPOINTS), "pages and route handlers: add a row to e2e/authorization-matrix.ts for each new one, remove rows for those gone").toEqual(endpoints);
    const actions = listServerActions().map((a) => a.key);
    expect(new Set(actions).size, "two actions share a file and export name").toBe(actions.length);
    expect(keys(ACTIONS), "server actions: add a row to e2e/authorization-matrix.ts for each new one, remove rows for those gone").toEqual([...actions].sort());
  });

  test("every page, route handler and server action answers each principal as the matrix says", async ({ browser }) => {
    test.setTimeout(120_000);
    const p = await openPrincipals(browser, baseURL());
    // Sessions to end with the sign-out action, signed in while the other checks run.
    // (A made-up X-Forwarded-For would not give them addresses of their own:
    // the sign-in limits count the socket's address, e2e/abuse-limits.spec.ts.)
    const spares = Promise.all(
      STAFF_ROLES.map(async (role) => {
        const context = await browser.newContext();
        await signIn(await context.newPage(), DEMO[role]);
        return [role, context] as const;
      }),
    ).then((entries) => Object.fromEntries(entries) as Record<StaffRole, BrowserContext>);
    // Past the proxy with a cookie that opens no session: the app's own checks must refuse.
    const forged = await playwrightRequest.newContext({ baseURL: baseURL(), extraHTTPHeaders: { cookie: "authjs.session-token=forged-session-token" } });
    try {
      const f = await gatherFixture(p);
      // The guest has been to their page, with whatever that leaves in their browser.
      expect((await p.guest.get(`/rsvp/${f.guestToken}`)).status()).toBe(200);
      const peopleBefore = await (await p.admin.get("/staff/people/export")).text();
      const staffBefore = await (await p.admin.get("/staff/users")).text().then((t) => t.match(/@convene\.local/g)?.length);

      const mismatches: string[] = [];
      const serverErrors: string[] = [];
      let cells = 0;

      await test.step("pages and route handlers", async () => {
        const kinds = new Map(listEndpoints().map((e) => [e.pattern, e.kind]));
        await inPool(
          ENDPOINTS.flatMap((row) => PRINCIPALS.map((who) => ({ row, who }))),
          8,
          async ({ row, who }) => {
              const path = concretePath(row.target, samplesFor(f, who));
              const got = endpointOutcome(await probe(p[who], row.target, path));
              cells++;
              if (got.startsWith("status 5")) serverErrors.push(`GET ${path} as ${who}: ${got}`);
              if (got !== row.cells[who]) mismatches.push(`${kinds.get(row.target)} ${row.target} as ${who}: expected ${row.cells[who]}, got ${got} (${path})`);
              if (who === "anon" && row.cells.anon === "sign-in") {
                // The proxy is not the only gate: the page or handler itself refuses a session that does not exist.
                const past = endpointOutcome(await probe(forged, row.target, path));
                if (past !== "sign-in" && past !== "401") mismatches.push(`${row.target} with a forged session cookie: expected sign-in or 401, got ${past}`);
              }
          },
        );
      });

      await test.step("server actions", async () => {
        const byKey = new Map(listServerActions().map((a) => [a.key, a]));
        const rows = ACTIONS.filter((r) => r.target !== SIGN_OUT);
        const check = (label: string, expected: string | string[], got: { outcome: ActionOutcome; body: string }) => {
          cells++;
          if (got.outcome === "server-error") serverErrors.push(`${label}: 5xx ${got.body.slice(0, 200)}`);
          if (![expected].flat().includes(got.outcome)) mismatches.push(`${label}: expected ${expected}, got ${got.outcome} — ${got.body.split("\n").find((l) => l.startsWith("1:"))?.slice(0, 160) ?? got.body.slice(0, 160)}`);
        };
        for (const who of PRINCIPALS) {
          // One principal at a time, a few actions at once: the server is shared with the other checks.
          await inPool(rows, 6, async (row) => {
              const action = byKey.get(row.target)!;
              const s = samplesFor(f, who);
              const form = () => actionForm(HARMLESS_FORMS[row.target]?.(s) ?? {});
              const path = actionPagePath(action, s);
              check(`${row.target} as ${who} at ${path}`, row.cells[who], await actionOutcome(await postAction(p[who], path, action.id, form())));
          });
        }
        // The proxy is not the only gate. Next runs an action posted to any page
        // that carries a cookie, including addresses the proxy does not cover: past
        // the proxy, with a forged session cookie, the action refuses by itself.
        // (Without any cookie Next does not run an action foreign to the page.)
        for (const who of PRINCIPALS) {
          await inPool(
            rows.filter((r) => r.cells[who] === "sign-in"),
            6,
            async (row) => {
              const action = byKey.get(row.target)!;
              const s = samplesFor(f, who);
              const form = () => actionForm(HARMLESS_FORMS[row.target]?.(s) ?? {});
              const side = `/rsvp/${s.token}`;
              check(`${row.target} as ${who} via ${side}`, ["sign-in", "not-run"], await actionOutcome(await postAction(p[who], side, action.id, form())));
              check(`${row.target} as ${who} via ${side}, forged session cookie`, "sign-in", await actionOutcome(await postAction(forged, side, action.id, form())));
              if (who === "anon") check(`${row.target} at its page, forged session cookie`, "sign-in", await actionOutcome(await postAction(forged, actionPagePath(action, s), action.id, form())));
            },
          );
        }
      });

      await test.step("signing out: anyone signed in may, and their session ends on the server", async () => {
        const row = ACTIONS.find((r) => r.target === SIGN_OUT)!;
        const action = listServerActions().find((a) => a.key === SIGN_OUT)!;
        for (const who of PRINCIPALS) {
          const path = actionPagePath(action, samplesFor(f, who));
          if (row.cells[who] !== "ok") {
            const got = await actionOutcome(await postAction(p[who], path, action.id, actionForm({}, "[]")));
            cells++;
            if (got.outcome !== row.cells[who]) mismatches.push(`${SIGN_OUT} as ${who}: expected ${row.cells[who]}, got ${got.outcome}`);
            continue;
          }
          // A session of its own, so the others stay signed in.
          const context = (await spares)[who as StaffRole];
          try {
            const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
            const response = await postAction(context.request, path, action.id, actionForm({}, "[]"));
            cells++;
            expect(response.headers()["x-action-redirect"], `${who} signs out`).toContain("/sign-in?signedOut=1");
            const stale = await playwrightRequest.newContext({ baseURL: baseURL(), extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
            expect(endpointOutcome(await stale.get("/staff", { maxRedirects: 0 })), `${who}'s old session cookie after signing out`).toBe("sign-in");
            await stale.dispose();
          } finally {
            await context.close();
          }
        }
      });

      expect(serverErrors, "no 5xx, whoever asks").toEqual([]);
      expect(mismatches, "cells that answer otherwise than the matrix says").toEqual([]);
      // The denials and the empty forms changed nothing.
      expect(await (await p.admin.get("/staff/people/export")).text(), "the directory, after every action was tried").toBe(peopleBefore);
      expect(await (await p.admin.get("/staff/users")).text().then((t) => t.match(/@convene\.local/g)?.length), "staff, after every action was tried").toBe(staffBefore);
      expect(cells).toBeGreaterThan((ENDPOINTS.length + ACTIONS.length) * PRINCIPALS.length);
      console.log(`authorization matrix: ${ENDPOINTS.length} pages and routes, ${ACTIONS.length} actions, ${PRINCIPALS.length} principals, ${cells} checks`);
    } finally {
      await forged.dispose();
      await p.close();
      await spares.then((c) => Promise.all(Object.values(c).map((x) => x.close())), () => {});
    }
  });
});
