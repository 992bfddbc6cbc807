import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO } from "./auth";
import { expect, expectAccessible, test } from "./fixtures";

// Every page of Convene, at desktop and at phone width, through axe (each
// page is scanned as it loads; target size is among the WCAG 2.2 rules it runs),
// and nothing wider than a phone's or a tablet's screen (the phone's page is
// resized to a tablet's width in place rather than loaded again). The list of
// pages comes from app/: a new page without an address here fails the test.
//
// Its name puts it first in the run: the routes it checks at rest are not
// opened again after each journey (e2e/fixtures.ts), which checks every
// journey's end state and any route not yet seen at that width.

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: PHONE },
] as const;

/** How far the page scrolls sideways at its present width (0 when it fits). */
function overflowOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

// The bench's pages exist only with CONVENE_BENCH=1 (a 404 here).
const NOT_SWEPT = new Set(["/bench/bare"]);

function pagesInApp(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") {
        const route = path
          .relative("app", dir)
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s))
          .join("/");
        if (!NOT_SWEPT.has(`/${route}`)) out.push(`/${route}`);
      }
    }
  };
  walk("app");
  return out.sort();
}

const MIKTA = /MIKTA and the Future of UN Peacekeeping/;

async function hrefOf(page: Page, url: string, pattern: RegExp): Promise<string> {
  const html = await (await page.request.get(url)).text();
  const match = html.match(pattern);
  expect(match, `${url} links to ${pattern}`).toBeTruthy();
  return match![0].replace(/^href="/, "").replace(/"$/, "").replace(/&amp;/g, "&");
}

test("every page passes axe at desktop and phone width, and fits a phone's and a tablet's screen", async ({ staffPage, openPage }) => {
  // Only to stop a hang: on a busy 2-core machine the sweep has taken over ten minutes.
  test.setTimeout(1_800_000);
  // Addresses for the dynamic pages, from the demo data.
  const admin = await staffPage(DEMO.admin);
  await admin.goto("/staff/events");
  const event = (await admin.getByRole("link", { name: MIKTA }).first().getAttribute("href"))!;
  const guests = `${event}/guests`;
  const invitation = await hrefOf(admin, guests, /href="\/staff\/events\/[0-9a-f-]{36}\/guests\/[0-9a-f-]{36}\/answer/);
  await admin.goto(guests);
  await expect(admin.locator("html[data-hydrated]")).toBeAttached();
  await admin.getByRole("button", { name: "Re-send to H.E. Mr. Kemal Demirciler" }).or(admin.getByRole("button", { name: /^Re-send to / }).first()).first().click();
  await expect(admin.getByText(/^Invitation sent again to /).first()).toBeVisible();
  const sentTo = (await admin.getByText(/^Invitation sent again to /).first().textContent())!.replace(/^Invitation sent again to /, "").replace(/\.$/, "");
  let rsvp = "";
  let optOut = "";
  await expect(async () => {
    const list = await (await admin.request.get(`/dev/mailbox?to=${encodeURIComponent(sentTo)}`)).text();
    const message = list.match(/href="(\/dev\/mailbox\/[0-9a-f-]{36})/)![1];
    const html = await (await admin.request.get(message)).text();
    rsvp = html.match(/\/rsvp\/[A-Za-z0-9_-]{43}/)![0];
    optOut = html.match(/\/opt-out\/[A-Za-z0-9_-]{65}/)![0];
  }).toPass({ timeout: 20_000 });
  // The opt-in page needs a person who opted out and asked for a link: this guest,
  // by one click, opted in again at the end so the demo data stays as it was.
  expect((await admin.request.post(optOut, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);
  const asker = await openPage();
  await asker.goto("/opt-in");
  await asker.getByLabel("Your email address").fill(sentTo);
  await asker.getByRole("button", { name: "Email me a link" }).click();
  await expect(asker.getByRole("heading", { name: "Check your email" })).toBeVisible();
  let optIn = "";
  await expect(async () => {
    const list = await (await admin.request.get(`/dev/mailbox?to=${encodeURIComponent(sentTo)}`)).text();
    const message = list.match(/href="(\/dev\/mailbox\/[0-9a-f-]{36})"(?:(?!<\/a>).)*Receive invitations/s)![1];
    optIn = (await (await admin.request.get(message)).text()).match(/\/opt-in\/[A-Za-z0-9_.-]{60,}/)![0];
  }).toPass({ timeout: 20_000 });

  const addresses: Record<string, string> = {
    "/": "/",
    "/events": "/events?q=peace",
    "/events/[slug]": await hrefOf(admin, "/events", /href="\/events\/[a-z0-9-]+"/),
    "/rsvp/[token]": rsvp,
    "/opt-out/[token]": optOut,
    "/opt-in": "/opt-in",
    "/opt-in/[token]": optIn,
    "/opt-in/done": "/opt-in/done",
    "/dev/mailbox": "/dev/mailbox",
    "/dev/mailbox/[id]": await hrefOf(admin, "/dev/mailbox", /href="\/dev\/mailbox\/[0-9a-f-]{36}"/),
    "/sign-in": "/sign-in",
    "/sign-in/check-email": "/sign-in/check-email",
    "/sign-in/error": "/sign-in/error?error=Verification",
    "/sign-in/verify": `/sign-in/verify?token=${"k".repeat(43)}&email=admin%40convene.local`,
    "/staff": "/staff",
    "/staff/calendar": "/staff/calendar",
    "/staff/email": "/staff/email",
    "/staff/events": "/staff/events",
    "/staff/events/new": "/staff/events/new",
    "/staff/events/[id]": event,
    "/staff/events/[id]/edit": `${event}/edit`,
    "/staff/events/[id]/programme": `${event}/programme`,
    "/staff/events/[id]/history": `${event}/history`,
    "/staff/events/[id]/recap": `${event}/recap`,
    "/staff/events/[id]/check-in": `${event}/check-in`,
    "/staff/events/[id]/check-in/kiosk": `${event}/check-in/kiosk`,
    "/staff/events/[id]/check-in/print": `${event}/check-in/print`,
    "/staff/events/[id]/seating": `${event}/seating`,
    "/staff/events/[id]/guests": guests,
    "/staff/events/[id]/guests/add": `${guests}/add`,
    "/staff/events/[id]/guests/add-list": `${guests}/add-list?list=${(await hrefOf(admin, "/staff/people/lists", /href="\/staff\/people\/lists\/[0-9a-f-]{36}"/)).split("/").at(-1)}`,
    "/staff/events/[id]/guests/catering": `${guests}/catering`,
    "/staff/events/[id]/guests/export": `${guests}/export`,
    "/staff/events/[id]/guests/print": `${guests}/print`,
    "/staff/events/[id]/guests/import": `${guests}/import`,
    "/staff/events/[id]/guests/remind": `${guests}/remind`,
    "/staff/events/[id]/guests/remove": `${guests}/remove?ids=${invitation.split("/").at(-2)}`,
    "/staff/events/[id]/guests/send": `${guests}/send`,
    "/staff/events/[id]/guests/[invitationId]/answer": invitation,
    "/staff/events/[id]/guests/[invitationId]/address": invitation.replace(/answer$/, "address"),
    "/staff/people": "/staff/people",
    "/staff/people/new": "/staff/people/new",
    "/staff/people/import": "/staff/people/import",
    "/staff/people/lists": "/staff/people/lists",
    "/staff/people/lists/import": "/staff/people/lists/import",
    "/staff/people/lists/[id]": await hrefOf(admin, "/staff/people/lists", /href="\/staff\/people\/lists\/[0-9a-f-]{36}"/),
    "/staff/people/[id]": await hrefOf(admin, "/staff/people", /href="\/staff\/people\/[0-9a-f-]{36}"/),
    "/staff/organizations": "/staff/organizations",
    "/staff/organizations/[id]": await hrefOf(admin, "/staff/organizations", /href="\/staff\/organizations\/[0-9a-f-]{36}"/),
    "/staff/programs": "/staff/programs",
    "/staff/programs/[id]": await hrefOf(admin, "/staff/programs", /href="\/staff\/programs\/[0-9a-f-]{36}"/),
    "/staff/reports": "/staff/reports",
    "/staff/reports/print": "/staff/reports/print",
    "/staff/venues": "/staff/venues",
    "/staff/venues/[id]": await hrefOf(admin, "/staff/venues", /href="\/staff\/venues\/[0-9a-f-]{36}"/),
    "/staff/users": "/staff/users",
    "/staff/settings": "/staff/settings",
  };
  expect(Object.keys(addresses).sort(), "every page in app/ has an address in this sweep").toEqual(pagesInApp());
  // The same page in another state: an event after it, led by its published recap.
  await admin.goto("/");
  const recap = (await admin.getByRole("region", { name: "Recent recaps" }).getByRole("link").first().getAttribute("href"))!;
  // The table plan with its tables and guests: the demo's seated dinner.
  await admin.goto("/staff/events");
  const seatedDinner = (await admin.getByRole("link", { name: "Regional Partnerships for Peace: A Ministerial Dinner" }).first().getAttribute("href"))!;
  const visits = [...Object.entries(addresses), ["/events/[slug] with its recap", recap], ["/staff/events/[id]/seating of a seated dinner", `${seatedDinner}/seating`]];

  const tooWide: string[] = [];
  for (const { name, viewport } of VIEWPORTS) {
    const staff = await staffPage(DEMO.admin, { viewport });
    const visitor = await openPage({ viewport });
    for (const [route, address] of visits) {
      const page = route.startsWith("/staff") || route.startsWith("/dev") ? staff : visitor;
      const response = await page.goto(address);
      expect(response?.status(), `${name} ${address}`).toBeLessThan(400);
      await expectAccessible(page);
      if (name === "phone") {
        const onPhone = await overflowOf(page);
        if (onPhone > 0) tooWide.push(`${address}: ${onPhone}px wider than a ${PHONE.width} px phone`);
        await page.setViewportSize(TABLET);
        const onTablet = await overflowOf(page);
        if (onTablet > 0) tooWide.push(`${address}: ${onTablet}px wider than a ${TABLET.width} px tablet`);
        await page.setViewportSize(PHONE);
      }
    }
  }
  expect(tooWide, "pages that scroll sideways on a phone or a tablet").toEqual([]);
  expect((await admin.request.post(optIn, { maxRedirects: 0 })).status()).toBe(303);
});
