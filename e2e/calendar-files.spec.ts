import { expect, test } from "./fixtures";
import { openEmail } from "./mail";

// Calendar files as the production server writes them: a unit test of the
// builder passed while the built routes carried TZIDs with no VTIMEZONE.

/** Lines of an iCalendar text with folded lines joined. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);

function expectEveryZoneDefined(ics: string): string[] {
  const lines = unfold(ics);
  const used = [...new Set(lines.flatMap((l) => /^DT(?:START|END);TZID=([^:;]+):/.exec(l)?.[1] ?? []))];
  const defined = lines.flatMap((l, i) => (l === "BEGIN:VTIMEZONE" ? [lines[i + 1]?.replace(/^TZID:/, "")] : []));
  expect(used.length, "times written in their own zones").toBeGreaterThan(0);
  expect([...defined].sort(), "one VTIMEZONE per TZID used (RFC 5545 §3.2.19)").toEqual([...used].sort());
  return used;
}

test("the public calendar feed defines every zone its events use", async ({ request }) => {
  const response = await request.get("/events.ics");
  expect(response.status()).toBe(200);
  const ics = await response.text();
  const zones = expectEveryZoneDefined(ics);
  expect(zones).toEqual(expect.arrayContaining(["America/New_York", "Asia/Bahrain"]));
  expect(ics).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:America\/New_York[\s\S]*?BEGIN:DAYLIGHT[\s\S]*?END:VTIMEZONE/);
});

test("a registration's confirmation carries a calendar invitation that defines its zone and names organizer and attendee", async ({ page }) => {
  const email = `calendar.${Date.now().toString(36)}@example.org`;
  await page.goto("/events");
  await page.getByRole("link", { name: /A Necessary Voice/ }).first().click();
  const form = page.getByRole("region", { name: "Register" });
  await form.getByRole("textbox", { name: /^Given name/ }).fill("Lina");
  await form.getByRole("textbox", { name: /^Family name/ }).fill("Haddad");
  await form.getByRole("textbox", { name: /^Email/ }).fill(email);
  await form.getByRole("button", { name: "Register" }).click();
  await expect(form.getByRole("status")).toContainText(`We have emailed ${email}`);

  await openEmail(page, email, /Confirmed: A Necessary Voice/);
  const href = await page.getByRole("list", { name: "Attachments" }).getByRole("link", { name: "invitation.ics" }).getAttribute("href");
  const attachment = await page.request.get(href!);
  expect(attachment.status()).toBe(200);
  const ics = await attachment.text();
  expect(expectEveryZoneDefined(ics)).toEqual(["Europe/Vienna"]);
  const lines = unfold(ics);
  expect(lines).toContain("METHOD:REQUEST");
  expect(lines.filter((l) => l.startsWith("ORGANIZER"))).toEqual([expect.stringMatching(/^ORGANIZER;CN="?International Peace Institute"?:mailto:events@convene\.local$/i)]);
  const attendees = lines.filter((l) => l.startsWith("ATTENDEE"));
  expect(attendees).toHaveLength(1);
  expect(attendees[0]).toContain("PARTSTAT=ACCEPTED");
  expect(attendees[0].toLowerCase()).toContain(`:mailto:${email}`);
});
