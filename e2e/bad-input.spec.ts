import fs from "node:fs";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { actionForm, actionOutcome, actionPagePath, inPool, leaksInternals, listServerActions, postAction, type Field } from "./app-surface";
import { expect, test } from "./fixtures";
import { FORGED_TOKEN, gatherFixture, openPrincipals, type Fixture, type Principals } from "./principals";

// Whatever arrives, the answer is a 4xx or words next to a field: never a
// 500, never a stack trace, never a half-written change.

const baseURL = () => `http://127.0.0.1:${process.env.E2E_PORT}`;
const SIGN_OUT = "app/(staff)/staff/layout.tsx#$$RSC_SERVER_ACTION_0";
const MB = 1024 * 1024;
/** Well-formed, but no row has it: gets past the schemas to the mutations' own lookups. */
const UNKNOWN_ID = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f";

const NASTY_FIELDS: Record<string, string> = {
  eventId: "not-a-uuid",
  invitationId: "../../etc/passwd",
  id: "' or 1=1 --",
  personId: "00000000-0000-0000-0000-000000000000",
  keepId: "\u0000",
  mergeId: "-1",
  photoId: "1e309",
  linkId: "NaN",
  speakerId: "",
  itemId: "{}",
  userId: "x".repeat(500),
  ids: "a,b,,c",
  personIds: "\uD800",
  title: "\u202Eevil\u202C",
  name: "e\u0301\u0301\u0301",
  givenName: "👩🏽‍⚖️",
  familyName: "\u0000",
  email: "x@y",
  role: "superuser",
  direction: "sideways",
  answer: "maybe",
  decision: "both",
  who: "everyone",
  startsLocal: "2026-02-30T10:00",
  startTime: "25:99",
  capacity: "-1e309",
  token: "garbage",
  slug: "../admin",
};

/** The directory and a guest list as CSV: any write would show in one of them. */
async function snapshot(admin: APIRequestContext, f: Fixture): Promise<string[]> {
  const read = async (path: string) => {
    const r = await admin.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBe(200);
    return r.text();
  };
  return [await read("/staff/people/export"), await read(`/staff/events/${f.eventId}/guests/export.csv`)];
}

function withField(form: FormData, name: string, value: string): FormData {
  form.append(name, value);
  return form;
}

function expectNo500(label: string, response: APIResponse, body: string, problems: string[]) {
  if (response.status() >= 500) problems.push(`${label}: ${response.status()} ${body.slice(0, 160)}`);
  if (leaksInternals(body)) problems.push(`${label}: internals in the body: ${body.slice(0, 200)}`);
}

test.describe("bad input", () => {
  let p: Principals;
  let f: Fixture;

  test.beforeAll(async ({ browser }) => {
    p = await openPrincipals(browser, baseURL());
    f = await gatherFixture(p);
  });
  test.afterAll(async () => {
    await p?.close();
  });

  test("every server action, posted garbage by an admin, answers in words and writes nothing", async () => {
    test.setTimeout(120_000);
    const before = await snapshot(p.admin, f);
    const problems: string[] = [];
    let inputs = 0;
    const actions = listServerActions().filter((a) => a.key !== SIGN_OUT);
    const bodies: { label: string; send: (path: string, id: string) => Promise<APIResponse> }[] = [
      { label: "no fields", send: (path, id) => postAction(p.admin, path, id, actionForm({})) },
      { label: "nasty fields", send: (path, id) => postAction(p.admin, path, id, actionForm(NASTY_FIELDS)) },
      { label: "a 1 MB field", send: (path, id) => postAction(p.admin, path, id, actionForm({ text: "x".repeat(MB), title: "x".repeat(MB), eventId: UNKNOWN_ID, invitationId: UNKNOWN_ID })) },
      { label: "an object for the form", send: (path, id) => postAction(p.admin, path, id, actionForm({}, '[null,{"eventId":"x"}]')) },
      { label: "no arguments", send: (path, id) => postAction(p.admin, path, id, actionForm({}, "[]")) },
      { label: "a number for the form", send: (path, id) => postAction(p.admin, path, id, actionForm({}, "[null,42]")) },
      {
        label: "a file where text belongs",
        send: (path, id) => postAction(p.admin, path, id, actionForm({ eventId: { name: "x.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0, 159, 146, 150]) }, text: { name: "t.txt", mimeType: "text/plain", buffer: Buffer.from("hello") } })),
      },
      {
        label: "JSON arguments as text/plain",
        send: (path, id) => p.admin.post(path, { headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" }, data: '[null,{"eventId":"not-a-uuid"}]', maxRedirects: 0, failOnStatusCode: false }),
      },
      {
        label: "a urlencoded body",
        send: (path, id) => p.admin.post(path, { headers: { "Next-Action": id }, form: { eventId: "x", text: "y" }, maxRedirects: 0, failOnStatusCode: false }),
      },
    ];
    await inPool(
      actions.flatMap((action) => bodies.map((body) => ({ action, body }))),
      4,
      async ({ action, body }) => {
        const response = await body.send(actionPagePath(action, f), action.id);
        inputs++;
        const { outcome, body: text } = await actionOutcome(response);
        expectNo500(`${action.key} with ${body.label}`, response, text, problems);
        // An import's refusal is a result (ok, with the rows to fix), and undoing an arrival nobody
        // made is safe to repeat by design; anything else "ok" took garbage for a form.
        const harmless = text.includes('"result":"rejected"') || action.key.endsWith("#undoArrival");
        if (outcome === "ok" && text.includes('"ok":true') && !harmless) problems.push(`${action.key} with ${body.label}: accepted garbage: ${text.slice(0, 200)}`);
      },
    );

    // An action id nobody issued.
    for (const id of ["7f" + "0".repeat(40), "not-an-action", "0".repeat(2000)]) {
      const response = await postAction(p.admin, "/staff", id, actionForm({}));
      inputs++;
      expect(response.status(), `action id ${id.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `action id ${id.slice(0, 20)}`).toBeLessThan(500);
    }

    expect(problems, "5xx, leaked internals or garbage accepted").toEqual([]);
    expect(await snapshot(p.admin, f), "the directory and the guest list after all that").toEqual(before);
    console.log(`bad input: ${actions.length} actions × ${bodies.length} bodies + 3 unknown ids = ${inputs} requests`);
  });

  test("an undecodable argument list, an address with broken percent-encoding: a 400, not the framework's 500", async () => {
    // Next decodes an action's arguments, and a dynamic segment of the address,
    // before any of Convene's code runs, and answers what it cannot decode with a
    // bare 500; proxy.ts reads them first (lib/security/malformed.ts).
    const action = listServerActions().find((a) => a.key.endsWith("#addStaff"))!;
    const statuses: number[] = [];
    for (const root of ["not json", "[null,", '{"$K1":']) {
      const response = await postAction(p.admin, "/staff/users", action.id, actionForm({}, root));
      const text = await response.text();
      expect(leaksInternals(text), `body for ${root}`).toBe(false);
      statuses.push(response.status());
    }
    const text = await p.admin.post("/staff/users", { headers: { "Next-Action": action.id, "Content-Type": "text/plain" }, data: "garbage", failOnStatusCode: false });
    expect(leaksInternals(await text.text())).toBe(false);
    statuses.push(text.status());
    for (const path of ["/events/%FF", "/og/events/%ED%A0%80", "/rsvp/%FF", "/assets/%FF", "/staff/events/%FF"]) {
      const response = await p.anon.get(path, { maxRedirects: 0, failOnStatusCode: false });
      expect(leaksInternals(await response.text()), path).toBe(false);
      statuses.push(response.status());
    }
    expect(statuses.filter((s) => s >= 500), "5xx answers").toEqual([]);
  });

  test("arguments nested 5 000 deep: a 400 page, not the decoder's stack overflow", async () => {
    // React's decoder recurses once per level and ran out of stack (a bare 500); proxy.ts counts the depth first.
    const action = listServerActions().find((a) => a.key.endsWith("#registerAction"))!;
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const answers = [
      await postAction(p.anon, `/events/${f.slug}`, action.id, actionForm({}, deep)),
      await postAction(p.anon, `/events/${f.slug}`, action.id, withField(actionForm({}, '[null,"$1"]'), "1", deep)),
      await p.anon.post(`/events/${f.slug}`, { headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" }, data: deep, maxRedirects: 0, failOnStatusCode: false }),
      await p.anon.post(`/events/${f.slug}`, { headers: { "Next-Action": action.id, "Content-Type": "application/x-www-form-urlencoded" }, data: deep, maxRedirects: 0, failOnStatusCode: false }),
      // Without JavaScript: the bound arguments travel in $ACTION_ fields.
      await p.anon.post(`/events/${f.slug}`, {
        multipart: withField(withField(withField(new FormData(), "$ACTION_REF_1", ""), "$ACTION_1:0", `{"id":"${action.id}","bound":"$@1"}`), "$ACTION_1:1", deep),
        maxRedirects: 0,
        failOnStatusCode: false,
      }),
    ];
    for (const response of answers) {
      const body = await response.text();
      expect(response.status()).toBe(400);
      expect(leaksInternals(body)).toBe(false);
      expect(body).not.toContain("Maximum call stack");
    }
    // Arguments of an ordinary depth still reach the action.
    const ordinary = await postAction(p.anon, `/events/${f.slug}`, action.id, actionForm({ slug: f.slug }));
    expect(ordinary.status()).toBeLessThan(400);
  });

  test("forged, truncated and garbled guest links open nothing: 404 on the guest's page and calendar, refused in words by their actions", async () => {
    const real = f.guestToken;
    const flip = (i: number) => real.slice(0, i) + (real[i] === "A" ? "B" : "A") + real.slice(i + 1);
    const tokens = [
      FORGED_TOKEN,
      real.slice(0, 42),
      `${real}A`,
      flip(0),
      flip(21),
      flip(42),
      real.toLowerCase() === real ? real.toUpperCase() : real.toLowerCase(),
      "%00",
      "A".repeat(10_000),
      encodeURIComponent("ü".repeat(43)),
      "..%2F..%2Fstaff",
      encodeURIComponent("\u202E") + real.slice(1),
    ];
    const problems: string[] = [];
    await inPool(tokens, 4, async (token) => {
      for (const path of [`/rsvp/${token}`, `/rsvp/${token}/calendar.ics`]) {
        const response = await p.anon.get(path, { maxRedirects: 0, failOnStatusCode: false });
        const body = await response.text();
        if (response.status() < 400 || response.status() >= 500) problems.push(`GET ${path.slice(0, 80)}: ${response.status()}`);
        if (leaksInternals(body)) problems.push(`GET ${path.slice(0, 80)}: internals`);
      }
    });
    const answer = listServerActions().find((a) => a.key === "app/rsvp/[token]/actions.ts#answerAction")!;
    const delegate = listServerActions().find((a) => a.key === "app/rsvp/[token]/actions.ts#delegateAction")!;
    for (const token of tokens.map(decodeURIComponent)) {
      for (const action of [answer, delegate]) {
        const response = await postAction(p.anon, `/rsvp/${FORGED_TOKEN}`, action.id, actionForm({ token, answer: "accept", givenName: "Amaka", familyName: "Obi", email: "a.obi@example.org" }));
        const { outcome, body } = await actionOutcome(response);
        expectNo500(`${action.name} with token ${token.slice(0, 20)}`, response, body, problems);
        if (outcome !== "gone") problems.push(`${action.name} with token ${JSON.stringify(token.slice(0, 20))}: expected the link refused, got ${outcome}`);
      }
    }
    expect(problems).toEqual([]);
    // The real link still works, and its answer is unchanged.
    expect((await p.guest.get(`/rsvp/${real}`)).status()).toBe(200);
  });

  test("CSV files that are binary, empty, 50 MB or of mismatched columns are refused with a clear message, and nothing is imported", async () => {
    test.setTimeout(120_000);
    const before = await snapshot(p.admin, f);
    const people = listServerActions().find((a) => a.key.endsWith("#importPeopleCsv"))!;
    const guests = listServerActions().find((a) => a.key.endsWith("#importGuestList"))!;
    const png = fs.readFileSync("e2e/files/roundtable.png");
    const files: { label: string; file: Field; expect: RegExp }[] = [
      { label: "binary (a PNG)", file: { name: "list.csv", mimeType: "text/csv", buffer: png }, expect: /not a text file|Save the list|header row/i },
      { label: "empty", file: { name: "list.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) }, expect: /Choose a CSV file/ },
      { label: "only blank lines", file: { name: "list.csv", mimeType: "text/csv", buffer: Buffer.from("\n\n \n") }, expect: /empty|Choose a CSV file/i },
      { label: "a header and nobody", file: { name: "list.csv", mimeType: "text/csv", buffer: Buffer.from("Given name,Family name,Email\n") }, expect: /nobody under it/ },
      {
        label: "mismatched columns",
        file: { name: "list.csv", mimeType: "text/csv", buffer: Buffer.from("Given name,Family name,Email\nAmaka,Obi\nTerje,Rød-Larsen,terje@example.org,extra\n") },
        expect: /Too few columns|Too many columns/,
      },
      { label: "unknown columns", file: { name: "list.csv", mimeType: "text/csv", buffer: Buffer.from("foo,bar\n1,2\n") }, expect: /unknown column/ },
      { label: "invalid UTF-8", file: { name: "list.csv", mimeType: "text/csv", buffer: Buffer.from([0x47, 0x69, 0x76, 0x65, 0x6e, 0xff, 0xfe, 0x0a, 0xc3, 0x28]) }, expect: /header row|not a text file|UTF-8/i },
      { label: "just over 5 MB", file: { name: "list.csv", mimeType: "text/csv", buffer: Buffer.alloc(5 * MB + 10, "a") }, expect: /larger than 5 MB/ },
    ];
    const problems: string[] = [];
    for (const { label, file, expect: message } of files) {
      for (const [action, path, extra] of [
        [people, "/staff/people/import", {}],
        [guests, `/staff/events/${f.eventId}/guests/import`, { eventId: f.eventId }],
      ] as const) {
        const response = await postAction(p.admin, path, action.id, actionForm({ ...extra, file }));
        const text = await response.text();
        expectNo500(`${action.name} with ${label}`, response, text, problems);
        if (!message.test(text)) problems.push(`${action.name} with ${label}: no clear message (${response.status()}): ${text.split("\n").find((l) => l.startsWith("1:"))?.slice(0, 200)}`);
      }
    }

    // 50 MB: over the 6 MB the server takes at all, with and without JavaScript.
    const huge = { name: "everyone.csv", mimeType: "text/csv", buffer: Buffer.alloc(50 * MB, "a") };
    for (const [action, path] of [
      [people, "/staff/people/import"],
      [guests, `/staff/events/${f.eventId}/guests/import`],
    ] as const) {
      const viaScript = await postAction(p.admin, path, action.id, actionForm({ eventId: f.eventId, file: huge }));
      expect(viaScript.status(), `${action.name}, 50 MB`).toBe(413);
      const form = new FormData();
      form.append(`$ACTION_ID_${action.id}`, "");
      form.append("eventId", f.eventId);
      form.append("file", new Blob([new Uint8Array(huge.buffer)], { type: "text/csv" }), huge.name);
      const withoutScript = await p.admin.post(path, { multipart: form, maxRedirects: 0, failOnStatusCode: false });
      expect(withoutScript.status(), `${action.name}, 50 MB without JavaScript`).toBe(413);
      expect(await withoutScript.text()).toContain("The file is too large");
    }

    expect(problems).toEqual([]);
    expect(await snapshot(p.admin, f), "nothing imported").toEqual(before);
  });

  test("route handlers and pages fed garbage addresses answer 4xx or the page, never 500", async () => {
    const anon = await playwrightRequest.newContext({ baseURL: baseURL() });
    const e = f.eventId;
    const paths = [
      "/staff/people?q=%00",
      "/staff/people/export?q=%00",
      `/staff/events/${e}/guests?q=%00&status=bogus&page=-1`,
      `/staff/events/${e}/guests/add?q=%00`,
      `/staff/events/${e}/programme?q=%00`,
      `/staff/people/${f.personId}?q=%00`,
      "/staff/events?q=%00&filter=%00",
      "/staff/organizations?q=%00",
      "/staff/people?page=99999999999999999999",
      "/staff/calendar?month=9999-99",
      "/staff/email?status=%00",
      "/staff/events/not-a-uuid",
      `/staff/events/${e}/guests/not-a-uuid/answer`,
      `/staff/events/${e}/guests/${f.invitationId.replace(/.$/, "0")}/address`,
      `/staff/events/${e.toUpperCase()}/guests/export.csv`,
      "/staff/events/00000000-0000-0000-0000-000000000000/guests/progress",
      "/staff/people/%00",
      "/events?q=%00",
      "/events?page=-5&format=%00&year=abc&program=..%2F",
      "/events/%00",
      `/events/${"a".repeat(5000)}`,
      "/og/events/%C3%BC%00",
      "/assets/%00",
      "/assets/00000000-0000-0000-0000-000000000000",
      `/assets/${f.assetId}/99999`,
      `/assets/${f.assetId}/-1`,
      `/assets/${f.assetId}/320?v=%00`,
      `/assets/${f.assetId}/320?v=${"z".repeat(500)}`,
      `/assets/${f.assetId}?v=0&v=1`,
      "/dev/mailbox?to=%00",
      "/dev/mailbox/not-a-uuid",
      `/dev/mailbox/${f.messageId}/attachments/99`,
      `/dev/mailbox/${f.messageId}/attachments/-1`,
      "/sign-in?callbackUrl=%00",
      "/sign-in?callbackUrl=https%3A%2F%2Fevil.example",
      "/sign-in/verify?token=%00&email=%00",
      "/api/auth/%00",
    ];
    const problems: string[] = [];
    for (const [who, request] of [
      ["admin", p.admin],
      ["anonymous", anon],
    ] as const) {
      await inPool(paths, 4, async (path) => {
        const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
        expectNo500(`GET ${path.slice(0, 80)} as ${who}`, response, await response.text(), problems);
      });
    }
    // The webhook: not JSON, too big, wrong signature.
    for (const [label, data] of [
      ["not JSON", "{{{"],
      ["2 MB", "x".repeat(2 * MB)],
      ["JSON, unsigned", JSON.stringify({ type: "email.bounced", data: { to: ["\u0000"] } })],
    ] as const) {
      const response = await anon.post("/api/webhooks/resend", { data, headers: { "content-type": "application/json", "svix-id": "x", "svix-timestamp": "0", "svix-signature": "v1,AAAA" }, failOnStatusCode: false });
      if (response.status() < 400 || response.status() >= 500) problems.push(`webhook ${label}: ${response.status()}`);
    }
    await anon.dispose();
    expect(problems).toEqual([]);
  });
});
