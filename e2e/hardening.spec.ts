import fs from "node:fs";
import { actionForm, postAction } from "./app-surface";
import { DEMO, staffContext } from "./auth";
import { expect, test } from "./fixtures";
import { countEmails } from "./mail";
import { actionByKey } from "./principals";

const nonceOf = (policy: string | undefined) => policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];

test("every page gets its own script nonce, and every script on it carries that nonce", async ({ request }) => {
  // The public pages come from a cache (lib/public-cache/): each answer still gets its own nonce.
  for (const path of ["/", "/events", "/events/human-rights-and-the-2030-agenda", "/events/an-agenda-for-the-people-by-the-people-consolidating-peace-and-advancing", "/events?format=roundtable", "/sign-in"]) {
    const first = await request.get(path);
    const second = await request.get(path);
    const nonce = nonceOf(first.headers()["content-security-policy"]);
    expect(nonce, `${path} has a nonce`).toBeTruthy();
    expect(nonceOf(second.headers()["content-security-policy"]), `${path} gets a fresh nonce per response`).not.toBe(nonce);
    const policy = first.headers()["content-security-policy"];
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  }
});

test("a form sent from another site, or from a null origin, is refused and changes nothing", async ({ page, openPage, staffPage }) => {
  const email = "forged.origin@example.org";
  for (const origin of ["https://evil.example", "null"]) {
    // Each origin in a tab of its own: nothing the first try left on the page (the router keeps a visited page's state) is read as the second's.
    const tab = origin === "null" ? await openPage() : page;
    await tab.goto("/events");
    await tab.getByRole("link", { name: /A Necessary Voice/ }).first().click();
    await expect(tab.getByRole("heading", { level: 1, name: /A Necessary Voice/ })).toBeVisible();
    // The browser's own request, sent on with a forged Origin.
    await tab.route(/\/events\//, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await route.fulfill({ response: await route.fetch({ headers: { ...route.request().headers(), origin } }) });
    });
    const form = tab.getByRole("region", { name: "Register" });
    await form.getByRole("textbox", { name: /^Given name/ }).fill("Forged");
    await form.getByRole("textbox", { name: /^Family name/ }).fill("Origin");
    await form.getByRole("textbox", { name: /^Email/ }).fill(email);
    const [response] = await Promise.all([
      tab.waitForResponse((r) => r.request().method() === "POST"),
      form.getByRole("button", { name: "Register" }).click(),
    ]);
    expect(response.status(), `Origin: ${origin}`).toBe(403);
    await tab.unrouteAll();
  }
  // Nobody was registered and nothing was sent.
  expect(await countEmails(page, email, /.*/)).toBe(0);
  const staff = await staffPage(DEMO.viewer);
  await staff.goto(`/staff/people?q=${encodeURIComponent(email)}`);
  await expect(staff.getByRole("heading", { name: `No one matches “${email}”` })).toBeVisible();
});

test("a form posted without JavaScript from another site gets a clear page, not an error", async ({ request }) => {
  const response = await request.post("/events", { headers: { origin: "https://evil.example" }, form: { anything: "x" } });
  expect(response.status()).toBe(403);
  const body = await response.text();
  expect(body).toContain("This form was not sent from Convene");
  expect(body).toContain("Nothing was changed");
});

test("the staff session cookie is HttpOnly and SameSite=Lax (and Secure on an HTTPS address: lib/auth/cookies.test.ts)", async ({ browser }) => {
  const context = await staffContext(browser, DEMO.viewer);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  await context.close();
});

test("an uploaded photo keeps its own policy: no page policy laid over it", async ({ request, staffPage }) => {
  // The route serves stored bytes with `default-src 'none'; sandbox`; proxy.ts used to overwrite it with the page's policy.
  const missing = await request.get("/assets/00000000-0000-4000-8000-000000000000");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");

  // A photo on the draft recap of a past event no other journey looks at (as e2e/principals.ts does).
  const staff = (await staffPage(DEMO.editor)).request;
  const past = await (await staff.get("/staff/events?filter=past")).text();
  const eventId = past.match(/href="\/staff\/events\/([0-9a-f-]{36})">Forces Operating in Parallel/)?.[1];
  expect(eventId, "the past event").toBeTruthy();
  const photo = { name: "roundtable.png", mimeType: "image/png", buffer: fs.readFileSync("e2e/files/roundtable.png") };
  const upload = actionByKey("app/(staff)/staff/events/[id]/recap/actions.ts#uploadPhoto");
  const uploaded = await postAction(staff, `/staff/events/${eventId}/recap`, upload.id, actionForm({ eventId: eventId!, altText: "Speakers at the roundtable", file: photo }));
  expect(uploaded.status()).toBeLessThan(400);
  const assetId = (await (await staff.get(`/staff/events/${eventId}/recap`)).text()).match(/\/assets\/([0-9a-f-]{36})/)?.[1];
  expect(assetId, "the uploaded photo").toBeTruthy();
  const served = await staff.get(`/assets/${assetId}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  // Pages keep theirs.
  expect((await request.get("/events")).headers()["content-security-policy"]).toContain("'strict-dynamic'");
});
