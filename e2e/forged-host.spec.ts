import http from "node:http";
import { expect, test } from "./fixtures";
import { loopback, postActionFrom } from "./from-address";

// Convene's address is one setting, APP_URL (lib/public-url.ts). Whoever sends
// a request chooses its Host and X-Forwarded-Host: a request that names
// another site there must not get that site into any address Convene writes
// (feeds, the sitemap, calendar files, Open Graph tags, redirects, links in
// the emails it sends). Requests here go through node:http, which sends the
// Host header exactly as written.

const EVIL = "evil.example";
const FORGED = { host: EVIL, "x-forwarded-host": EVIL, "x-forwarded-proto": "https" };
const port = () => Number(process.env.E2E_PORT);
// The e2e server's APP_URL (playwright.config.ts).
const APP = () => `http://127.0.0.1:${port()}`;

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: string };

function raw(path: string, { method = "GET", headers = {}, body, from = "127.0.0.1" }: { method?: string; headers?: Record<string, string | number>; body?: Buffer; from?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: port(), path, method, localAddress: from, headers: { ...FORGED, ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Every absolute http(s) address in a text. */
const absoluteUrls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0].replace(/&amp;/g, "&"));

/**
 * Whether a redirect stays on Convene: a relative one (the browser stays on
 * the address it asked, which no one else can make it ask), or one on
 * APP_URL. Next rewrites a loopback host in a proxy's redirect to
 * `localhost` (its NextURL), so the e2e server's APP_URL, 127.0.0.1, may come
 * back as localhost; any other APP_URL is kept as written.
 */
function staysOnConvene(location: string | undefined): boolean {
  if (!location || location.includes(EVIL)) return false;
  if (location.startsWith("/") && !location.startsWith("//")) return true;
  const origin = new URL(location).origin;
  return origin === APP() || origin === APP().replace("127.0.0.1", "localhost");
}

async function openEventSlug(): Promise<string> {
  const html = (await raw("/events")).body;
  const slug = html.match(/href="\/events\/(a-necessary-voice[a-z0-9-]*)"/)?.[1];
  expect(slug, "the open event on /events").toBeTruthy();
  return slug!;
}

test.describe("a forged Host header", () => {
  test("feeds, sitemap, robots.txt and the calendar use APP_URL's address only", async () => {
    for (const path of ["/feed.xml", "/sitemap.xml", "/robots.txt", "/events.ics"]) {
      const r = await raw(path);
      expect(r.status, path).toBe(200);
      expect(r.body, path).not.toContain(EVIL);
      const urls = absoluteUrls(r.body).filter((u) => !/^https?:\/\/(www\.)?(w3\.org|sitemaps\.org|purl\.org|[a-z.]*\.xmlns\.com)\b/.test(u));
      expect(urls.filter((u) => u.startsWith(`${APP()}/`)).length, `${path} has addresses on APP_URL`).toBeGreaterThan(0);
    }
  });

  test("an event page's canonical and Open Graph addresses are on APP_URL", async () => {
    const slug = await openEventSlug();
    const page = await raw(`/events/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(EVIL);
    const meta = (property: string) => page.body.match(new RegExp(`<meta property="${property}" content="([^"]+)"`))?.[1]?.replace(/&amp;/g, "&");
    expect(meta("og:url")).toBe(`${APP()}/events/${slug}`);
    expect(meta("og:image")).toMatch(new RegExp(`^${APP().replace(/[.]/g, "\\.")}/`));
    const image = await raw(new URL(meta("og:image")!).pathname);
    expect(image.status).toBe(200);
  });

  test("redirects go to APP_URL or stay relative: the staff gate, Auth.js, and the sign-in form with and without JavaScript", async () => {
    // The staff pages' gate (proxy.ts).
    const gate = await raw("/staff/events");
    expect(gate.status).toBe(307);
    expect(gate.headers.location).toMatch(/\/sign-in\?callbackUrl=%2Fstaff%2Fevents$/);
    expect(staysOnConvene(gate.headers.location), `the staff gate -> ${gate.headers.location}`).toBe(true);
    // Next's own: a trailing slash.
    const slash = await raw("/events/");
    expect(slash.status).toBe(308);
    expect(staysOnConvene(slash.headers.location), `/events/ -> ${slash.headers.location}`).toBe(true);
    // Auth.js's own pages and a sign-in link that does not work.
    for (const path of ["/api/auth/signin", `/api/auth/callback/email?token=${"Z".repeat(43)}&email=admin%40convene.local`, "/api/auth/error?error=Verification"]) {
      const r = await raw(path);
      expect(r.status, path).toBeGreaterThanOrEqual(300);
      expect(r.status, path).toBeLessThan(400);
      expect(staysOnConvene(r.headers.location), `${path} -> ${r.headers.location}`).toBe(true);
      // Where Auth.js sends people back to afterwards is APP_URL too.
      const callbackUrl = new URL(r.headers.location!, APP()).searchParams.get("callbackUrl");
      if (callbackUrl) expect(callbackUrl.startsWith("/") || callbackUrl.startsWith(APP()), `${path}: callbackUrl ${callbackUrl}`).toBe(true);
    }
    // The sign-in form, sent by the page's script (a made-up Origin to match the made-up Host, as a script can).
    const from = loopback();
    const scripted = await postActionFrom(from, "/sign-in", "app/sign-in/actions.ts#requestSignIn", { email: "nobody@example.org", callbackUrl: "/staff" }, { ...FORGED, origin: `https://${EVIL}` });
    expect(scripted.status).toBeLessThan(400);
    expect(scripted.redirect).toContain("/sign-in/check-email");
    expect(staysOnConvene(scripted.redirect), scripted.redirect).toBe(true);
    // The same form without JavaScript: what the server-rendered form posts (its hidden fields name the action).
    const signInPage = (await raw("/sign-in?callbackUrl=%2Fstaff")).body;
    const formHtml = signInPage.slice(signInPage.indexOf("<form"), signInPage.indexOf("</form>"));
    const form = new FormData();
    for (const input of formHtml.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = input[0].match(/name="([^"]*)"/)?.[1];
      const value = input[0].match(/value="([^"]*)"/)?.[1] ?? "";
      if (name) form.append(name, value.replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
    }
    expect([...form.keys()].some((k) => k.startsWith("$ACTION")), "the form names its action").toBe(true);
    form.append("email", "nobody@example.org");
    const encoded = new Request("http://serialize.invalid/", { method: "POST", body: form });
    const body = Buffer.from(await encoded.arrayBuffer());
    const plain = await raw("/sign-in", { method: "POST", from, body, headers: { origin: `https://${EVIL}`, "content-type": encoded.headers.get("content-type")!, "content-length": body.length } });
    expect(plain.status, plain.body.slice(0, 200)).toBe(303);
    const location = plain.headers.location ?? "";
    expect(location).toContain("/sign-in/check-email");
    expect(staysOnConvene(location), location).toBe(true);
  });

  test("a registration's confirmation email links to APP_URL", async ({ request }) => {
    const slug = await openEventSlug();
    const email = `forged.host.${Date.now()}@example.org`;
    const answer = await postActionFrom(loopback(), `/events/${slug}`, "app/(public)/events/[slug]/actions.ts#registerAction", { slug, givenName: "Hostile", familyName: "Header", email }, { ...FORGED, origin: `https://${EVIL}` });
    expect(answer.body).toContain("We have emailed");
    let message = "";
    await expect(async () => {
      const list = await (await request.get(`/dev/mailbox?to=${encodeURIComponent(email)}`)).text();
      const id = list.match(/href="(\/dev\/mailbox\/[0-9a-f-]{36})"/)?.[1];
      expect(id, "the confirmation has arrived").toBeTruthy();
      message = await (await request.get(id!)).text();
    }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
    const html = message.replace(/&amp;/g, "&").replace(/&quot;/g, '"');
    expect(html).not.toContain(EVIL);
    const links = absoluteUrls(html).filter((u) => /\/rsvp\/[A-Za-z0-9_-]{43}/.test(u));
    expect(links.length, "the guest's own link").toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${APP()}/rsvp/`), link).toBe(true);
  });

  test("the CSP lets forms post to APP_URL, and no header names the forged host", async () => {
    const r = await raw("/sign-in");
    expect(r.status).toBe(200);
    const csp = String(r.headers["content-security-policy"]);
    expect(csp).toMatch(new RegExp(`form-action 'self' ${APP().replace(/[.]/g, "\\.")}(;|$)`));
    expect(JSON.stringify(r.headers)).not.toContain(EVIL);
    expect(r.body).not.toContain(EVIL);
  });
});
