import type { Page } from "@playwright/test";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { linkInEmail, openEmail } from "./mail";

// A guest stops invitations the way mail providers do it (RFC 8058): one POST
// to the address in the List-Unsubscribe header, with no session, browser or
// script. Staff see it, Send and Remind skip them and say why; only the guest
// can opt in again, from a link emailed on request.

const inDays = (days: number, time: string) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const OPTED_OUT_ON = /opted out on \d{1,2} [A-Z][a-z]{2,3} \d{4}/;

async function addPerson(staff: Page, given: string, family: string, email: string) {
  await staff.goto("/staff/people/new");
  await expect(staff.locator("html[data-hydrated]")).toBeAttached();
  await staff.getByRole("textbox", { name: "Given name" }).fill(given);
  await staff.getByRole("textbox", { name: "Family name" }).fill(family);
  await staff.getByRole("textbox", { name: "Email" }).fill(email);
  await staff.getByRole("button", { name: "Add person" }).click();
  await expect(staff.getByText(`${given} ${family} is in the directory.`).first()).toBeVisible();
}

/** A scheduled event with the two people on its guest list; returns its guest list's address. */
async function eventWithGuests(staff: Page, title: string, family: string): Promise<string> {
  await staff.goto("/staff/events/new");
  await expect(staff.locator("form[data-ready]")).toBeAttached();
  await staff.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await staff.getByLabel("Format").selectOption("roundtable");
  await staff.getByLabel("Status").selectOption("scheduled");
  await staff.getByLabel("Starts").fill(inDays(30, "10:00"));
  await staff.getByLabel("Ends").fill(inDays(30, "12:00"));
  await staff.getByRole("button", { name: "Create event" }).click();
  await expect(staff.getByText("Saved.")).toBeVisible();
  await staff.getByRole("link", { name: /^Guests/ }).click();
  await staff.waitForURL(/\/staff\/events\/[0-9a-f-]{36}\/guests$/);
  const guests = new URL(staff.url()).pathname;
  await staff.goto(`${guests}/add?q=${encodeURIComponent(family)}`);
  await expect(staff.locator("html[data-hydrated]")).toBeAttached();
  for (const name of [/Ana Optout/, /Ben Optout/]) await staff.getByRole("checkbox", { name }).check();
  await staff.getByRole("button", { name: "Add 2 to the guest list" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "2 guests added." })).toBeVisible();
  return guests;
}

test("a guest stops invitations with one click from the mail provider; staff see it and Send skips them; the guest opts in again", async ({ staffPage, openPage, request }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const family = `Optout${tag}`;
  const ana = `ana.${tag}@example.org`;
  const ben = `ben.${tag}@example.org`;
  const staff = await staffPage(DEMO.editor);
  await addPerson(staff, "Ana", family, ana);
  await addPerson(staff, "Ben", family, ben);

  const title = `Peace Operations Roundtable ${tag}`;
  const guests = await eventWithGuests(staff, title, family);
  await staff.goto(`${guests}/send`);
  await staff.getByRole("button", { name: "Send 2 invitations" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "2 invitations on the way." })).toBeVisible();

  // The invitation as it arrived: the headers a mail provider reads, and the visible link.
  const mail = await openPage();
  await openEmail(mail, ana, new RegExp(`Invitation: ${title}`));
  const header = (await mail.locator('[data-header="List-Unsubscribe"]').textContent())!;
  await expect(mail.locator('[data-header="List-Unsubscribe-Post"]')).toHaveText("List-Unsubscribe=One-Click");
  const optOut = header.match(/^<(https?:\/\/[^>]+\/opt-out\/[A-Za-z0-9_-]{65})>$/)?.[1];
  expect(optOut, header).toBeTruthy();
  await expect(mail.frameLocator("iframe").getByRole("link", { name: "Stop invitations from IPI" })).toHaveAttribute("href", optOut!);

  // A mail scanner opens the link first: a page with a button, and nothing changes.
  const scanned = await request.get(optOut!);
  expect(scanned.status()).toBe(200);
  expect(await scanned.text()).toContain("Stop invitations from IPI?");
  await staff.goto(`/staff/people?q=${family}`);
  await expect(staff.getByText("Opted out")).toHaveCount(0);

  // The provider's one-click POST: no cookie, no Origin, no script. A second one changes nothing.
  const first = await request.post(optOut!, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(first.status()).toBe(200);
  expect(await first.text()).toContain("You will receive no more invitations from IPI");
  expect((await request.post(optOut!, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 })).status()).toBe(200);
  const tampered = optOut!.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
  const refused = await request.post(tampered, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(refused.status()).toBe(404);
  expect(await refused.text()).toContain("This link does not work");

  // Staff see who, when and how: the directory, the person's page, the guest list.
  await staff.goto(`/staff/people?q=${family}`);
  const anaRow = staff.getByRole("row").filter({ hasText: "Ana" });
  await expect(anaRow.getByText("Opted out")).toBeVisible();
  await expect(staff.getByRole("row").filter({ hasText: "Ben" }).getByText("Opted out")).toHaveCount(0);
  await anaRow.getByRole("link", { name: /Ana/ }).click();
  await expect(staff.getByText(/^Opted out of invitations on \d{1,2} [A-Z][a-z]{2,3} \d{4}, one click from the email\.$/)).toBeVisible();
  await expect(staff.getByRole("button", { name: /opt.* in/i })).toHaveCount(0);
  await staff.goto(guests);
  await expect(staff.getByRole("row").filter({ hasText: "Ana" }).getByText("Opted out")).toBeVisible();

  // Remind skips her, with the reason.
  await staff.goto(`${guests}/remind?skip=0`);
  await expect(staff.getByRole("list", { name: "Recipients" }).getByRole("listitem")).toHaveText([/Ben/]);
  await expect(staff.getByRole("list", { name: "Guests skipped" }).getByRole("listitem")).toHaveText([new RegExp(`Ana.*${OPTED_OUT_ON.source}`)]);

  // A new event: Send skips her too, and says why.
  const next = await eventWithGuests(staff, `${title}: Follow-up`, family);
  await staff.goto(`${next}/send`);
  await expect(staff.getByText("1 recipient", { exact: true })).toBeVisible();
  await expect(staff.getByRole("list", { name: "Guests skipped" }).getByRole("listitem")).toHaveText([new RegExp(`Ana.*${OPTED_OUT_ON.source}`)]);
  await staff.getByRole("button", { name: "Send 1 invitation" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "1 invitation on the way." })).toBeVisible();

  // Only she can opt in again: from the opt-out page, she asks for a link and follows it.
  const guest = await openPage({ viewport: { width: 390, height: 844 } });
  await guest.goto(optOut!);
  await expect(guest.getByRole("heading", { level: 1, name: "You will receive no more invitations from IPI" })).toBeVisible();
  await guest.getByRole("link", { name: "Receive invitations again" }).click();
  await guest.getByLabel("Your email address").fill(ana);
  await guest.getByRole("button", { name: "Email me a link" }).click();
  await expect(guest.getByText("If this address is ours, a link is on its way.")).toBeVisible();
  const optIn = await linkInEmail(guest, ana, /Receive invitations from IPI again/, "Receive invitations again");
  await guest.goto(optIn);
  await expect(guest.getByRole("heading", { level: 1, name: "Receive invitations from IPI again?" })).toBeVisible();
  await guest.getByRole("button", { name: "Receive invitations again" }).click();
  await expect(guest.getByRole("heading", { level: 1, name: "You will receive invitations from IPI again" })).toBeVisible();
  // The link worked once.
  expect((await request.get(optIn)).status()).toBe(404);
  await staff.goto(`/staff/people?q=${family}`);
  await expect(staff.getByText("Opted out")).toHaveCount(0);

  // Ben, in a browser without JavaScript: the visible link, then the button.
  const stop = await linkInEmail(mail, ben, new RegExp(`Invitation: ${title}`), "Stop invitations from IPI");
  const scriptless = await openPage({ javaScriptEnabled: false });
  await scriptless.goto(stop);
  await expect(scriptless.getByRole("heading", { level: 1, name: "Stop invitations from IPI?" })).toBeVisible();
  await scriptless.getByRole("button", { name: "Stop invitations" }).click();
  await expect(scriptless.getByRole("heading", { level: 1, name: "You will receive no more invitations from IPI" })).toBeVisible();
  await staff.goto(`/staff/people?q=${family}`);
  await staff.getByRole("row").filter({ hasText: "Ben" }).getByRole("link", { name: /Ben/ }).click();
  await expect(staff.getByText(/^Opted out of invitations on .*, from the link in an email\.$/)).toBeVisible();
});
