import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { countEmails, linkInEmail, openEmail } from "./mail";

const MIKTA = /MIKTA and the Future of UN Peacekeeping/;

async function openGuests(page: import("@playwright/test").Page) {
  await page.goto("/staff/events");
  await page.getByRole("link", { name: MIKTA }).first().click();
  await page.getByRole("link", { name: /^Guests/ }).click();
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
}

/** Staff send the invitation again, and the guest's link is read from the email, as they would. */
async function guestLink(staff: import("@playwright/test").Page, reader: import("@playwright/test").Page, name: string, email: string) {
  await openGuests(staff);
  await staff.getByRole("button", { name: `Re-send to ${name}` }).click();
  await expect(staff.getByText(`Invitation sent again to ${email}.`).first()).toBeVisible();
  return linkInEmail(reader, email, /Invitation: MIKTA/, "Respond");
}

test.describe("around the answer", () => {
  test("an assistant answers for an ambassador, and both get the confirmation", async ({ staffPage, openPage }) => {
    const staff = await staffPage(DEMO.editor);
    const assistant = await openPage({ viewport: { width: 390, height: 844 } });
    const link = await guestLink(staff, assistant, "H.E. Mr. Salim Gahriani", "s.gahriani@diplomatie-tn.example.org");
    await assistant.goto(link);
    await assistant.getByRole("link", { name: "Accept" }).click();
    await assistant.getByText("Answering for someone else?").click();
    await expect(assistant.getByText(/If you are answering for H\.E\. Mr\. Salim Gahriani/)).toBeVisible();
    await assistant.getByRole("textbox", { name: /^Your name/ }).fill("Leila Haddad");
    await assistant.getByRole("textbox", { name: /^Your email/ }).fill("l.haddad@example.org");
    await assistant.getByRole("button", { name: "Confirm my attendance" }).click();
    await expect(assistant.getByRole("heading", { name: "You are attending" })).toBeVisible();
    await openEmail(assistant, "l.haddad@example.org", /Confirmed: MIKTA/);
    expect(await countEmails(assistant, "s.gahriani@diplomatie-tn.example.org", /Confirmed: MIKTA/)).toBe(1);

    await staff.reload();
    await expect(staff.getByText("Answered by Leila Haddad")).toBeVisible();
  });

  test("a guest sends a delegate, and staff approve", async ({ staffPage, openPage }) => {
    const staff = await staffPage(DEMO.editor);
    const guest = await openPage({ viewport: { width: 390, height: 844 } });
    const link = await guestLink(staff, guest, "H.E. Mr. Afzaal Mahmood", "a.mahmood@mofa-pk.example.org");
    await guest.goto(link);
    await guest.getByRole("link", { name: "Send a delegate instead" }).click();
    await guest.getByRole("textbox", { name: /^Honorific/ }).fill("Mr.");
    await guest.getByRole("textbox", { name: /^Given name/ }).fill("Bilal");
    await guest.getByRole("textbox", { name: /^Family name/ }).fill("Qureshi");
    await guest.getByRole("textbox", { name: /^Title/ }).fill("Deputy Head of Mission");
    await guest.getByRole("textbox", { name: /^Organization/ }).fill("Embassy of Pakistan, Manama");
    await guest.getByRole("textbox", { name: /^Email/ }).fill("b.qureshi@mofa-pk.example.org");
    await guest.getByRole("button", { name: "Propose this delegate" }).click();
    await expect(guest.getByRole("heading", { name: "Your delegate awaits confirmation" })).toBeVisible();

    await staff.reload();
    await expect(staff.getByText("Proposes a delegate:")).toBeVisible();
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await staff.getByRole("button", { name: "Approve Mr. Bilal Qureshi for H.E. Mr. Afzaal Mahmood" }).click();
    await expect(staff.getByText("Delegate approved and invited; the guest is told.").first()).toBeVisible();

    const delegateLink = await linkInEmail(guest, "b.qureshi@mofa-pk.example.org", /Confirmed: MIKTA/, "See or change my answer");
    await expect(guest.frameLocator("iframe").getByText(/on behalf of H\.E\. Mr\. Afzaal Mahmood/)).toBeVisible();
    await openEmail(guest, "a.mahmood@mofa-pk.example.org", /Your delegate is confirmed: MIKTA/);
    await guest.goto(delegateLink);
    await expect(guest.getByRole("heading", { name: "You are attending" })).toBeVisible();
    await guest.goto(link);
    await expect(guest.getByText("Your delegate has been confirmed")).toBeVisible();
  });

  test("staff remind the guests who have not answered", async ({ staffPage }) => {
    const staff = await staffPage(DEMO.editor);
    await openGuests(staff);
    await staff.getByRole("link", { name: /Remind non-responders/ }).click();
    await expect(staff.frameLocator("iframe[title='Reminder email preview']").getByRole("heading", { name: "Will you attend?" })).toBeVisible();
    await staff.getByRole("button", { name: /^Send \d+ reminders?$/ }).click();
    await expect(staff.getByRole("status").filter({ hasText: /reminders? on the way/ })).toBeVisible();
    await openEmail(staff, "m.benkhayi@maec.example.org", /Reminder: will you attend MIKTA/);
  });

  test("at the door, on a tablet: find and mark a guest by touch and by keyboard, add a walk-in, print the list", { tag: "@pglite" }, async ({ staffPage }) => {
    const door = await staffPage(DEMO.editor, { viewport: { width: 768, height: 1024 }, hasTouch: true });
    await door.goto("/staff/events");
    await door.getByRole("link", { name: MIKTA }).first().click();
    await door.getByRole("link", { name: "Check-in" }).click();
    await expect(door.locator("html[data-hydrated]")).toBeAttached();
    const search = door.getByRole("searchbox", { name: "Find a guest" });
    await expect(search).toBeFocused();

    // By touch.
    await search.fill("bellato");
    await door.getByRole("button", { name: "Arrived H.E. Mr. Domenico Bellato" }).tap();
    await expect(door.getByText(/^Arrived \d\d:\d\d$/).first()).toBeVisible();

    // By keyboard alone: type, Enter marks the one match.
    await search.fill("");
    await search.pressSequentially("sharka");
    await expect(door.getByRole("list", { name: "Guests" }).getByRole("listitem")).toHaveCount(1);
    await door.keyboard.press("Enter");
    await expect(door.getByRole("button", { name: "Undo arrival of Mr. Amin Sharkawi" })).toBeVisible();
    const arrived = door.getByRole("definition").nth(1);
    await expect(arrived).toHaveText("2");

    // Someone not on the list.
    await door.getByText("Add a walk-in").click();
    await door.getByRole("textbox", { name: /^Given name/ }).fill("Noura");
    await door.getByRole("textbox", { name: /^Family name/ }).fill("Al-Khalifa");
    await door.getByRole("textbox", { name: /^Organization/ }).fill("Derasat");
    await door.getByRole("button", { name: "Add and mark arrived" }).click();
    await expect(door.getByText("Noura Al-Khalifa added as a walk-in and marked arrived.")).toBeVisible();
    await expect(door.getByRole("definition").nth(2)).toHaveText("1");

    await door.getByRole("link", { name: /Printable door list/ }).click();
    await expect(door.getByRole("region", { name: "Door list, page 1 of 1" }).getByRole("listitem").first()).toBeVisible();
  });
});
