import fs from "node:fs";
import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { actionForm, actionOutcome, listServerActions, postAction, type Samples, type ServerAction } from "./app-surface";
import { DEMO, staffContext } from "./auth";
import type { Principal } from "./authorization-matrix";

// The five principals of the authorization matrix as request contexts, and
// the ids their requests need, gathered through the app as a person would.

export type Principals = Record<Principal, APIRequestContext> & { close: () => Promise<void> };

/** A guest link's shape (43 base64url characters) with bytes no server derived. */
export const FORGED_TOKEN = "Q29udmVuZS1mb3JnZWQtZ3Vlc3QtbGluay0wMDAwMDAw".slice(0, 43);

export async function openPrincipals(browser: Browser, baseURL: string): Promise<Principals> {
  const contexts: BrowserContext[] = [];
  const staff = async (email: string) => {
    const context = await staffContext(browser, email);
    contexts.push(context);
    return context.request;
  };
  const [viewer, editor, admin] = await Promise.all([staff(DEMO.viewer), staff(DEMO.editor), staff(DEMO.admin)]);
  const anon = await playwrightRequest.newContext({ baseURL });
  const guest = await playwrightRequest.newContext({ baseURL });
  return {
    anon,
    guest,
    viewer,
    editor,
    admin,
    close: async () => {
      await Promise.all([anon.dispose(), guest.dispose(), ...contexts.map((c) => c.close())]);
    },
  };
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), `GET ${path}`).toBe(200);
  return response.text();
}

function first(text: string, pattern: RegExp, what: string): string {
  const m = text.match(pattern);
  if (!m) throw new Error(`Could not find ${what}`);
  return m[1];
}

export function actionByKey(key: string): ServerAction {
  const action = listServerActions().find((a) => a.key === key);
  if (!action) throw new Error(`No server action ${key} in the build`);
  return action;
}

export type Fixture = Samples & { guestToken: string; guestEmail: string; pastEventId: string };

/**
 * Ids for every dynamic segment. The guest registers for the open event
 * through its page's action and reads their link in the dev mailbox; a photo
 * is uploaded to a draft recap so there is a staff-only asset.
 */
export async function gatherFixture(p: Principals): Promise<Fixture> {
  const { admin, anon } = p;
  const events = await html(admin, "/staff/events");
  const eventId = first(events, new RegExp(`href="/staff/events/(${UUID})">A Necessary Voice`), "the open event");
  const past = await html(admin, "/staff/events?filter=past");
  // A past event no other journey looks at, so its draft recap can take a photo without surprising them.
  const pastEventId = first(past, new RegExp(`href="/staff/events/(${UUID})">Forces Operating in Parallel`), "a past event");
  const idOf = async (section: string) => first(await html(admin, `/staff/${section}`), new RegExp(`href="/staff/${section}/(${UUID})"`), `a row of /staff/${section}`);
  const [personId, organizationId, programId, venueId] = await Promise.all(["people", "organizations", "programs", "venues"].map(idOf));
  const listId = await idOf("people/lists");
  const slug = first(await html(anon, "/events"), /href="\/events\/(a-necessary-voice[a-z0-9-]*)"/, "the open event's address");

  // The guest: registers as the public does, then opens the confirmation.
  const guestEmail = `guest.${Date.now()}@authz.example.org`;
  const register = actionByKey("app/(public)/events/[slug]/actions.ts#registerAction");
  const registered = await postAction(anon, `/events/${slug}`, register.id, actionForm({ slug, givenName: "Amaka", familyName: "Obi", email: guestEmail }));
  expect((await actionOutcome(registered)).body).toContain("We have emailed");
  let guestToken = "";
  let messageId = "";
  await expect(async () => {
    const list = await html(anon, `/dev/mailbox?to=${encodeURIComponent(guestEmail)}`);
    messageId = first(list, new RegExp(`href="/dev/mailbox/(${UUID})"`), "the guest's email");
    guestToken = first(await html(anon, `/dev/mailbox/${messageId}`), /\/rsvp\/([A-Za-z0-9_-]{43})/, "the guest's link");
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
  const guests = await html(admin, `/staff/events/${eventId}/guests?q=${encodeURIComponent(guestEmail)}`);
  const invitationId = first(guests, new RegExp(`/guests/(${UUID})/(?:answer|address)`), "the guest's invitation");

  // A photo on a draft recap: its bytes are for staff only.
  const upload = actionByKey("app/(staff)/staff/events/[id]/recap/actions.ts#uploadPhoto");
  const photo = { name: "roundtable.png", mimeType: "image/png", buffer: fs.readFileSync("e2e/files/roundtable.png") };
  const uploaded = await postAction(admin, `/staff/events/${pastEventId}/recap`, upload.id, actionForm({ eventId: pastEventId, altText: "Speakers at the roundtable", file: photo }));
  expect(uploaded.status()).toBeLessThan(400);
  const assetId = first(await html(admin, `/staff/events/${pastEventId}/recap`), new RegExp(`/assets/(${UUID})`), "the draft recap's photo");

  return { eventId, pastEventId, invitationId, personId, listId, organizationId, programId, venueId, slug, token: FORGED_TOKEN, guestToken, guestEmail, messageId, assetId };
}
