import type { Page } from "@playwright/test";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { linkInEmail } from "./mail";

// The guest's page on a phone: after the choice the form is where the eye
// and the keyboard are, the assistant's fields wait until asked for, and a
// guest who has answered is not asked to answer again.

const PHONE = { width: 390, height: 844 };

/** Staff send the invitation to the Sigh of Relief Reception again; the guest's link is read from it. */
async function receptionLink(staff: Page, reader: Page, name: string, email: string): Promise<string> {
  await staff.goto("/staff/events?filter=upcoming");
  await staff.getByRole("link", { name: /Sigh of Relief Reception/ }).first().click();
  await staff.getByRole("link", { name: /^Guests/ }).click();
  await expect(staff.locator("html[data-hydrated]")).toBeAttached();
  await staff.getByRole("button", { name: `Re-send to ${name}` }).click();
  await expect(staff.getByText(`Invitation sent again to ${email}.`).first()).toBeVisible();
  return linkInEmail(reader, email, /Invitation: Sigh of Relief/, "Respond");
}

async function acceptOnAPhone(guest: Page, link: string, shots: string) {
  await guest.goto(link);
  await guest.screenshot({ path: `test-results/guest-page/${shots}-invited-390.png`, fullPage: true });
  await expect(guest.getByText(/Please answer by/)).toBeVisible();
  await guest.getByRole("link", { name: "Accept" }).click();

  // The form is in view and focus is on it: no scrolling past the invitation again.
  const heading = guest.getByRole("heading", { name: "Accept the invitation" });
  const confirm = guest.getByRole("button", { name: "Confirm my attendance" });
  await expect(heading).toBeInViewport();
  await expect(confirm).toBeInViewport();
  await guest.screenshot({ path: `test-results/guest-page/${shots}-accept-390.png` });

  // An assistant's fields only when asked for.
  await expect(guest.getByRole("textbox", { name: /^Your name/ })).toBeHidden();
  await expect(guest.getByRole("textbox", { name: /^Your email/ })).toBeHidden();
}

test.describe("the guest's page on a phone", () => {
  test("after Accept the form is in view with focus on it, and the assistant's fields wait until asked", async ({ staffPage, openPage }) => {
    const staff = await staffPage(DEMO.editor);
    const guest = await openPage({ viewport: PHONE });
    const link = await receptionLink(staff, guest, "H.E. Ms. Karen Pierce", "k.pierce@uk-mission.example.org");
    await acceptOnAPhone(guest, link, "js");
    await expect(guest.getByRole("heading", { name: "Accept the invitation" })).toBeFocused();
    await guest.keyboard.press("Tab");
    await expect(guest.getByRole("textbox", { name: /^Bringing someone/ })).toBeFocused();

    await guest.getByText("Answering for someone else?").click();
    await expect(guest.getByRole("textbox", { name: /^Your name/ })).toBeVisible();
    await guest.screenshot({ path: "test-results/guest-page/js-assistant-390.png", fullPage: true });
    await guest.getByRole("textbox", { name: /^Accessibility needs/ }).fill("An aisle seat, please");
    await guest.getByRole("button", { name: "Confirm my attendance" }).click();

    // Answered: told what happens next, and not asked to answer by a date.
    // The reception keeps a waitlist, so an acceptance may join it: either way, answered.
    await expect(guest.getByRole("heading", { name: /^You are (attending|on the waitlist)/ })).toBeVisible();
    await expect(guest.getByText(/Please answer by/)).toHaveCount(0);
    await expect(guest.getByText(/You can change your answer here until/)).toBeVisible();
    await guest.screenshot({ path: "test-results/guest-page/js-answered-390.png", fullPage: true });
  });

  test("without JavaScript too: the form in view after Accept, and an assistant answers through the disclosure", async ({ staffPage, openPage }) => {
    const staff = await staffPage(DEMO.editor);
    const guest = await openPage({ viewport: PHONE, javaScriptEnabled: false });
    const link = await receptionLink(staff, guest, "H.E. Mr. Heiko Maas", "h.maas@auswaertiges.example.org");
    await acceptOnAPhone(guest, link, "nojs");
    await guest.getByText("Answering for someone else?").click();
    await guest.getByRole("textbox", { name: /^Your name/ }).fill("Anna Becker");
    await guest.getByRole("textbox", { name: /^Your email/ }).fill("a.becker@auswaertiges.example.org");
    await guest.getByRole("button", { name: "Confirm my attendance" }).click();
    // The reception keeps a waitlist, so an acceptance may join it: either way, answered.
    await expect(guest.getByRole("heading", { name: /^You are (attending|on the waitlist)/ })).toBeVisible();
    await expect(guest.getByText(/Please answer by/)).toHaveCount(0);

    // Declining later: the same, and a mistake in the assistant's email opens the disclosure with the error in it.
    await guest.getByRole("link", { name: /^(I can no longer attend|Leave the waitlist)$/ }).click();
    await expect(guest.getByRole("button", { name: "Send my answer: I cannot attend" })).toBeInViewport();
    await guest.getByText("Answering for someone else?").click();
    await guest.getByRole("textbox", { name: /^Your name/ }).fill("Anna Becker");
    await guest.getByRole("textbox", { name: /^Your email/ }).fill("a.becker@");
    await guest.getByRole("button", { name: "Send my answer: I cannot attend" }).click();
    await expect(guest.getByRole("textbox", { name: /^Your email/ })).toBeVisible();
    await expect(guest.getByRole("textbox", { name: /^Your email/ })).toHaveAttribute("aria-invalid", "true");
    await expect(guest.getByRole("textbox", { name: /^Your name/ })).toHaveValue("Anna Becker");
  });

  test("at 1280 px the page reads as a card with its choices", async ({ staffPage, openPage }) => {
    const staff = await staffPage(DEMO.editor);
    const guest = await openPage({ viewport: { width: 1280, height: 900 } });
    const link = await receptionLink(staff, guest, "Mr. Dominique Favre", "d.favre@swiss-mission.example.org");
    await guest.goto(link);
    await guest.screenshot({ path: "test-results/guest-page/desk-answered-1280.png", fullPage: true });
    await expect(guest.getByText(/Please answer by/)).toHaveCount(0);
    await guest.getByRole("link", { name: "Change my details" }).click();
    await expect(guest.getByRole("button", { name: "Confirm my attendance" })).toBeInViewport();
    await guest.screenshot({ path: "test-results/guest-page/desk-accept-1280.png", fullPage: true });
  });
});
