import type { Page } from "@playwright/test";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

// The door on the day: a tablet in kiosk mode, held by someone who has never
// seen Convene, and the lists printed for when the network is down.

const ROUNDTABLE = /Women, Peace and Security and the Protection of Civilians/;
const TABLET = { width: 768, height: 1024 };
const inDays = (days: number, time: string) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

/** Pages in a PDF Chromium printed, by its page tree's count. */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString("latin1").matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  expect(counts.length, "the PDF's page tree").toBeGreaterThan(0);
  return Math.max(...counts);
}

async function eventAddress(page: Page, title: RegExp, filter: "past" | "upcoming"): Promise<string> {
  await page.goto(`/staff/events?filter=${filter}`);
  const href = await page.getByRole("link", { name: title }).first().getAttribute("href");
  expect(href).toMatch(/^\/staff\/events\/[0-9a-f-]{36}$/);
  return href!;
}

test.describe("the door", () => {
  test("kiosk mode on a tablet: the expected arrive in one tap, a guest who declined only with a reason, and the history says both", async ({ staffPage }) => {
    const door = await staffPage(DEMO.editor, { viewport: TABLET, hasTouch: true });
    const event = await eventAddress(door, ROUNDTABLE, "past");
    await door.goto(`${event}/check-in`);
    await door.getByRole("link", { name: "Kiosk mode, for a tablet at the door" }).click();
    await expect(door).toHaveURL(/\/check-in\/kiosk$/);
    await expect(door.locator("html[data-hydrated]")).toBeAttached();
    // No staff sidebar or menu: the event, the counts, one search field.
    await expect(door.getByRole("navigation")).toHaveCount(0);
    await expect(door.getByRole("heading", { level: 1, name: ROUNDTABLE })).toBeVisible();
    const search = door.getByRole("searchbox", { name: "Find a guest" });
    await expect(search).toBeFocused();
    const arrived = door.getByRole("definition").nth(1);
    await expect(arrived).toHaveText("0");

    // Expected: one tap.
    await search.fill("whitfield");
    await door.getByRole("button", { name: "Arrived Ms. Teresa Whitfield" }).tap();
    await expect(door.getByRole("button", { name: "Undo arrival of Ms. Teresa Whitfield" })).toBeVisible();
    await expect(arrived).toHaveText("1");

    // Declined: said plainly, no one-tap button, and "Admit anyway" asks why.
    await search.fill("lindborg");
    const guests = door.getByRole("list", { name: "Guests" });
    await expect(guests.getByRole("listitem")).toHaveCount(1);
    await expect(guests).toContainText(/Declined on \d{1,2} [A-Z][a-z]{2}/);
    await expect(door.getByRole("button", { name: "Arrived Ms. Nancy Lindborg" })).toHaveCount(0);
    const admitAnyway = door.getByRole("button", { name: "Admit anyway Ms. Nancy Lindborg" });
    await admitAnyway.tap();
    const reason = door.getByRole("textbox", { name: /Why admit Ms\. Nancy Lindborg/ });
    await expect(reason).toBeFocused();
    // Cancelled (a button or Escape): the question goes, and focus is back on "Admit anyway".
    await door.getByRole("button", { name: "Cancel" }).tap();
    await expect(reason).toHaveCount(0);
    await expect(admitAnyway).toBeFocused();
    await door.keyboard.press("Enter");
    await expect(reason).toBeFocused();
    await door.keyboard.press("Escape");
    await expect(admitAnyway).toBeFocused();
    await admitAnyway.tap();
    await door.getByRole("button", { name: "Admit Ms. Nancy Lindborg" }).tap();
    await expect(door.getByRole("alert").filter({ hasText: "Say why you are admitting them" })).toBeVisible();
    await expect(arrived).toHaveText("1");
    await reason.fill("Her travel plans changed; the Director asked us to let her in.");
    await door.getByRole("button", { name: "Admit Ms. Nancy Lindborg" }).tap();
    // In: the reason form is gone, and focus waits on "Undo" rather than falling to the page.
    await expect(door.getByRole("button", { name: "Undo arrival of Ms. Nancy Lindborg" })).toBeFocused();
    await expect(guests).toContainText("Admitted because: “Her travel plans changed; the Director asked us to let her in.”");
    await expect(arrived).toHaveText("2");

    // Both in the event's history, in words, the reason with the admission.
    await door.goto(`${event}/history`);
    const history = door.getByRole("list", { name: "History, newest first" });
    await expect(history).toContainText("checked in Ms. Teresa Whitfield");
    await expect(history).toContainText("admitted Ms. Nancy Lindborg at the door, though they had declined — “Her travel plans changed; the Director asked us to let her in.”");

    // Back at the door, the arrivals are still there after a reload; an arrival can be undone.
    await door.goto(`${event}/check-in/kiosk`);
    await expect(door.locator("html[data-hydrated]")).toBeAttached();
    await expect(door.getByRole("definition").nth(1)).toHaveText("2");
    await door.getByRole("searchbox", { name: "Find a guest" }).fill("lindborg");
    await door.getByRole("button", { name: "Undo arrival of Ms. Nancy Lindborg" }).tap();
    await expect(door.getByRole("button", { name: "Admit anyway Ms. Nancy Lindborg" })).toBeVisible();
    await expect(door.getByRole("definition").nth(1)).toHaveText("1");
  });

  test("printed: the door list forty names to an A4 page, the guest list compact, each page headed", async ({ staffPage }) => {
    test.setTimeout(240_000);
    const staff = await staffPage(DEMO.editor);
    // An event of its own with 80 invited guests: imported, then invited.
    await staff.goto("/staff/events/new");
    await expect(staff.locator("form[data-ready]")).toBeAttached();
    await staff.getByRole("textbox", { name: "Title", exact: true }).fill("Door List Forum");
    await staff.getByLabel("Status").selectOption("scheduled");
    await staff.getByLabel("Starts").fill(inDays(12, "10:00"));
    await staff.getByLabel("Ends").fill(inDays(12, "12:00"));
    await staff.getByRole("button", { name: "Create event" }).click();
    await expect(staff.getByText("Saved.")).toBeVisible();
    const event = new URL(staff.url()).pathname.replace(/\/edit$/, "");
    expect(event).toMatch(/^\/staff\/events\/[0-9a-f-]{36}$/);
    await staff.goto(`${event}/guests/import`);
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    const rows = Array.from({ length: 80 }, (_, i) => `Printer${String(i).padStart(2, "0")},Guest,Door List Institute,door.guest${i}@example.org`);
    await staff.getByRole("textbox", { name: /Or paste the rows/ }).fill(["Family name,Given name,Organization,Email", ...rows].join("\n"));
    await staff.getByRole("button", { name: "Add to the guest list" }).click();
    await expect(staff.getByText("added to the guest list")).toBeVisible();
    await staff.goto(`${event}/guests/send`);
    await staff.getByRole("button", { name: /^Send \d+ invitations?$/ }).click();
    await expect(staff.getByRole("status").filter({ hasText: "on the way" })).toBeVisible();

    await staff.goto(`${event}/check-in/print`);
    const sheets = staff.locator("[data-door-sheet]");
    await expect(sheets).toHaveCount(2);
    await expect(staff.getByRole("listitem")).toHaveCount(80);
    for (const sheet of await sheets.all()) await expect(sheet).toContainText("Door List Forum");
    await expect(staff.getByRole("region", { name: /^Door list, page 1 of/ })).toContainText("Printer00, Guest");
    expect(pageCount(await staff.pdf({ format: "A4", preferCSSPageSize: true }))).toBe(2);

    await staff.goto(`${event}/guests`);
    await staff.getByRole("link", { name: "Print" }).click();
    await expect(staff).toHaveURL(/\/guests\/print$/);
    await expect(staff.getByRole("columnheader", { name: /Door List Forum/ })).toBeVisible();
    const guests = await staff.getByRole("row").count();
    // Compact: two rows for the heads, then at least 24 guests to a page.
    expect(pageCount(await staff.pdf({ format: "A4", preferCSSPageSize: true }))).toBeLessThanOrEqual(Math.ceil((guests - 2) / 24));
  });
});
