import { expect, test } from "./fixtures";
import { countEmails } from "./mail";
import { loopback, postActionFrom, type Answer } from "./from-address";

// Someone scripting the public pages: making up X-Forwarded-For to look like
// thirty different people, or using a guest's page to send email to an
// address of their choosing. The server here runs as the README says, with no
// proxy in front (TRUSTED_PROXY_HOPS unset), so the address that counts is
// the socket's. Each test connects from a loopback address of its own
// (127.x.y.z), so the limits it runs into are not the rest of the suite's.

async function slugOf(request: { get: (path: string) => Promise<{ text: () => Promise<string> }> }, prefix: string): Promise<string> {
  const html = await (await request.get("/events")).text();
  const slug = html.match(new RegExp(`href="/events/(${prefix}[a-z0-9-]*)"`))?.[1];
  expect(slug, `the event ${prefix}… on /events`).toBeTruthy();
  return slug!;
}

const SIGN_IN = "app/sign-in/actions.ts#requestSignIn";
const REGISTER = "app/(public)/events/[slug]/actions.ts#registerAction";
const ANSWER = "app/rsvp/[token]/actions.ts#answerAction";

test.describe("the limits hold whatever the client says about itself", () => {
  test("thirty sign-in requests, each claiming another X-Forwarded-For: the per-address limit stops them at twenty", async () => {
    const from = loopback();
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const answer = await postActionFrom(from, "/sign-in", SIGN_IN, { email: `stranger${i}@example.org`, callbackUrl: "/staff" }, { "x-forwarded-for": `198.51.100.${i + 1}` });
      expect(answer.status, `request ${i + 1}`).toBeLessThan(500);
      outcomes.push(answer.redirect.includes("/sign-in/check-email") ? "sent" : answer.body.includes("Too many sign-in links") ? "refused" : `other: ${answer.status} ${answer.body.slice(0, 120)}`);
    }
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(20);
    expect(outcomes.slice(20)).toEqual(Array(10).fill("refused"));
  });

  test("registrations from one address claiming to be many: ten for the event, then refused; a flood from many addresses: 'Registration is busy'", async ({ request }) => {
    const slug = await slugOf(request, "an-agenda-for-the-people-by-the-people");
    const register = (from: string, n: string, headers: Record<string, string> = {}) =>
      postActionFrom(from, `/events/${slug}`, REGISTER, { slug, givenName: "Flood", familyName: `Guest ${n}`, email: `flood.${n}.${Date.now()}@example.net` }, headers);
    const done = (a: Answer) => a.body.includes("We have emailed");

    const one = loopback();
    const spoofed: Answer[] = [];
    for (let i = 0; i < 13; i++) spoofed.push(await register(one, `a${i}`, { "x-forwarded-for": `203.0.113.${i + 1}` }));
    expect(spoofed.map(done)).toEqual([...Array(10).fill(true), false, false, false]);
    for (const refused of spoofed.slice(10)) expect(refused.body).toMatch(/Too many registrations/);

    // Ten more from a second address fill the event's share for these ten minutes; a third is told why.
    const two = loopback();
    for (let i = 0; i < 10; i++) expect(done(await register(two, `b${i}`)), `second address, ${i + 1}`).toBe(true);
    const busy = await register(loopback(), "c0");
    expect(busy.status).toBeLessThan(500);
    expect(busy.body).toContain("Registration is busy. Please try again in a few minutes.");
  });

  test("thirty posts of a guest's answer copied to an address of the sender's choosing: one email per change, and the link stops taking answers", async ({ page, request }) => {
    const from = loopback();
    // Not the event the test above flooded: it is busy for ten minutes.
    const slug = await slugOf(request, "a-necessary-voice");
    const guest = `relay.${Date.now()}@example.org`;
    const victim = `victim.${Date.now()}@example.net`;
    expect((await postActionFrom(from, `/events/${slug}`, REGISTER, { slug, givenName: "Relay", familyName: "Test", email: guest })).body).toContain("We have emailed");
    let token = "";
    await expect(async () => {
      const list = await (await request.get(`/dev/mailbox?to=${encodeURIComponent(guest)}`)).text();
      const id = list.match(/href="\/dev\/mailbox\/([0-9a-f-]{36})"/)?.[1];
      expect(id).toBeTruthy();
      token = (await (await request.get(`/dev/mailbox/${id}`)).text()).match(/\/rsvp\/([A-Za-z0-9_-]{43})/)?.[1] ?? "";
      expect(token).toBeTruthy();
    }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });

    const answer = (value: "accept" | "decline") =>
      postActionFrom(from, `/rsvp/${token}`, ANSWER, { token, answer: value, onBehalfOfName: "Not The Assistant", onBehalfOfEmail: victim });
    const outcomes: string[] = [];
    // Nine identical declines (one change), then an acceptance (a second change), then twenty more.
    for (let i = 0; i < 30; i++) {
      const a = await answer(i === 9 ? "accept" : "decline");
      expect(a.status, `post ${i + 1}`).toBeLessThan(500);
      outcomes.push(a.redirect.includes("?saved=") ? "taken" : a.body.includes("answered many times") ? "refused" : `other: ${a.body.slice(0, 120)}`);
    }
    expect(outcomes).toEqual([...Array(10).fill("taken"), ...Array(20).fill("refused")]);
    // The confirmation of the second change arrives after any queued before it: then count them all.
    await expect(async () => expect(await countEmails(page, victim, /Confirmed:/)).toBe(1)).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
    expect(await countEmails(page, victim, /.*/)).toBe(2);
    expect(await countEmails(page, victim, /Your answer:/)).toBe(1);
  });
});
