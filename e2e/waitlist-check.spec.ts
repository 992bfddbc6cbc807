import postgres from "postgres";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { linkInEmail, openEmail } from "./mail";

// A waitlist that should have moved: the demo's ministers' dinner is full with
// two in line; its capacity raised behind Convene's back (as a hand-made fix
// in the database would) leaves the first in line waiting beside a free seat.
// The dashboard warns, with the way to the guest list; moving the line up
// gives the seat to the first in line, with the usual email, and the warning goes.

const DINNER = "United Nations Peace Operations and Partnerships";
const PHONE = { width: 390, height: 844 };

test.describe("a waitlist that should have moved", () => {
  const url = process.env.DATABASE_URL;
  test.skip(!url?.startsWith("postgres"), "Needs the server on PostgreSQL (DATABASE_URL): the fault is made in the database, which PGlite keeps inside the server");

  test("the dashboard warns staff, links to the guest list, and the line moves up in order", async ({ staffPage, openPage }) => {
    const sql = postgres(url!, { max: 1, onnotice: () => {} });
    try {
      await sql`update events set capacity = capacity + 1 where title = ${DINNER}`;
    } finally {
      await sql.end();
    }

    const staff = await staffPage(DEMO.editor);
    await staff.goto("/staff");
    const warning = staff.getByRole("region", { name: "Guests are waiting while a seat is free" });
    await expect(warning).toBeVisible();
    await staff.screenshot({ path: "test-results/waitlist-check/dashboard-warning-1280.png", fullPage: true });
    const phone = await staffPage(DEMO.editor, { viewport: PHONE });
    await phone.goto("/staff");
    await expect(phone.getByRole("region", { name: "Guests are waiting while a seat is free" })).toBeVisible();
    await phone.screenshot({ path: "test-results/waitlist-check/dashboard-warning-390.png", fullPage: true });

    const guestList = await warning.getByRole("link", { name: DINNER }).getAttribute("href");
    expect(guestList).toMatch(/^\/staff\/events\/[^/]+\/guests$/);
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await warning.getByRole("button", { name: "Move the waitlists up now" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "1 waiting guest was given a place and emailed." })).toBeVisible();
    await staff.reload();
    await expect(staff.getByRole("region", { name: "Guests are waiting while a seat is free" })).toHaveCount(0);

    // First in line (Maas) has the seat and the email; the second still waits, on a full event.
    const mail = await openPage();
    await openEmail(mail, "h.maas@auswaertiges.example.org", new RegExp(`A place has opened for you: ${DINNER}`));
    await staff.goto(guestList!);
    await expect(staff.getByRole("row", { name: /Heiko Maas/ })).toContainText("Accepted");
    await expect(staff.getByRole("row", { name: /Ratih Pusparini/ })).toContainText("Waitlisted");

    // The one still waiting is now first in line, on an event that is full again, and is told so.
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await staff.getByRole("button", { name: "Re-send to Lt. Col. Ratih Pusparini" }).click();
    await expect(staff.getByText("Invitation sent again to r.pusparini@example.org.").first()).toBeVisible();
    const link = await linkInEmail(mail, "r.pusparini@example.org", new RegExp(`Invitation: ${DINNER}`), "Respond");
    for (const [width, guest] of [[1280, await openPage()], [390, await openPage({ viewport: PHONE })]] as const) {
      await guest.goto(link);
      await expect(guest.getByRole("heading", { name: "You are on the waitlist: number 1" })).toBeVisible();
      await expect(guest.getByText(/^The event is full\. When a place opens/)).toBeVisible();
      await guest.screenshot({ path: `test-results/waitlist-check/guest-waitlisted-${width}.png`, fullPage: true });
    }
  });
});
