import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { expectTabOrderFollowsLayout, tabTo, typeInto } from "./keyboard";
import { linkInEmail } from "./mail";

// Whole journeys with the keyboard alone: no click, no tap, no fill. Every
// Tab stop must show where focus is.

const MIKTA = /MIKTA and the Future of UN Peacekeeping/;
const HUSSEIN = { name: "Dr. Hashim Hussein", email: "h.hussein@unido.example.org" };

test("a guest answers, changes their mind, and proposes a delegate by keyboard alone", async ({ staffPage, openPage }) => {
  // Staff re-send the invitation, by keyboard.
  const staff = await staffPage(DEMO.editor);
  await staff.goto("/staff/events");
  await tabTo(staff, staff.getByRole("link", { name: MIKTA }).first());
  await staff.keyboard.press("Enter");
  await tabTo(staff, staff.getByRole("link", { name: /^Guests/ }));
  await staff.keyboard.press("Enter");
  await expect(staff.locator("html[data-hydrated]")).toBeAttached();
  await tabTo(staff, staff.getByRole("button", { name: `Re-send to ${HUSSEIN.name}` }));
  await staff.keyboard.press("Enter");
  await expect(staff.getByText(`Invitation sent again to ${HUSSEIN.email}.`).first()).toBeVisible();

  // The guest opens the email and follows its link.
  const guest = await openPage({ viewport: { width: 390, height: 844 } });
  // The email is delivered in the background: the mailbox is opened again until it is
  // there (tabbing to a link the page does not have would wait on that page for ever),
  // then reached by keyboard.
  const invitation = guest.getByRole("list", { name: "Messages" }).getByRole("link", { name: /Invitation: MIKTA/ }).first();
  await expect(async () => {
    await guest.goto(`/dev/mailbox?to=${encodeURIComponent(HUSSEIN.email)}`);
    await expect(invitation).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
  await tabTo(guest, invitation, { max: 30 });
  await guest.keyboard.press("Enter");
  const link = await guest.frameLocator("iframe").getByRole("link", { name: "Respond" }).getAttribute("href");
  await guest.goto(link!);

  // Accepted already: they can no longer come, and say so.
  await expect(guest.getByRole("heading", { name: "You are attending" })).toBeVisible();
  await tabTo(guest, guest.getByRole("link", { name: "I can no longer attend" }));
  await guest.keyboard.press("Enter");
  await typeInto(guest, guest.getByRole("textbox", { name: /^A message to the organizers/ }), "Called away to Geneva, with regret.");
  await tabTo(guest, guest.getByRole("button", { name: "Send my answer: I cannot attend" }));
  await guest.keyboard.press("Enter");
  await expect(guest.getByRole("heading", { name: "You have declined" })).toBeVisible();

  // A delegate instead: a mistake is announced and leads back to the field.
  await tabTo(guest, guest.getByRole("link", { name: "Send a delegate instead" }));
  await guest.keyboard.press("Enter");
  await tabTo(guest, guest.getByRole("button", { name: "Propose this delegate" }));
  await guest.keyboard.press("Enter");
  const summary = guest.getByRole("alert").filter({ hasText: "Please correct the following" });
  await expect(summary).toBeVisible();
  const givenName = guest.getByRole("textbox", { name: /^Given name/ });
  await expect(givenName).toHaveAttribute("aria-invalid", "true");
  await expect(givenName).toHaveAccessibleDescription(/./);
  await expect(summary).toBeFocused();
  await guest.keyboard.press("Tab");
  await expect(summary.getByRole("link").first()).toBeFocused();
  await guest.keyboard.press("Enter");
  await expect(givenName).toBeFocused();
  await guest.keyboard.type("Sara");
  await typeInto(guest, guest.getByRole("textbox", { name: /^Family name/ }), "Al-Mahmood");
  await typeInto(guest, guest.getByRole("textbox", { name: /^Email/ }), "s.almahmood@unido.example.org");
  await tabTo(guest, guest.getByRole("button", { name: "Propose this delegate" }));
  await guest.keyboard.press("Enter");
  await expect(guest.getByRole("heading", { name: "Your delegate awaits confirmation" })).toBeVisible();
});

test("at the door: find a guest, mark them arrived and undo it, by keyboard alone", async ({ staffPage }) => {
  const door = await staffPage(DEMO.editor);
  await door.goto("/staff/events");
  await tabTo(door, door.getByRole("link", { name: MIKTA }).first());
  await door.keyboard.press("Enter");
  await tabTo(door, door.getByRole("link", { name: "Check-in" }));
  await door.keyboard.press("Enter");
  await expect(door.locator("html[data-hydrated]")).toBeAttached();
  await tabTo(door, door.getByRole("searchbox", { name: "Find a guest" }));
  await door.keyboard.type("bellato");
  await expect(door.getByRole("list", { name: "Guests" }).getByRole("listitem")).toHaveCount(1);
  await tabTo(door, door.getByRole("button", { name: /^(Arrived|Undo arrival of) H\.E\. Mr\. Domenico Bellato/ }));
  const undo = door.getByRole("button", { name: "Undo arrival of H.E. Mr. Domenico Bellato" });
  if (!(await undo.isVisible())) {
    await door.keyboard.press("Enter");
    await expect(undo).toBeVisible();
    await tabTo(door, undo);
  }
  await door.keyboard.press("Enter");
  await expect(door.getByRole("button", { name: "Arrived H.E. Mr. Domenico Bellato" })).toBeVisible();
  await tabTo(door, door.getByRole("button", { name: "Arrived H.E. Mr. Domenico Bellato" }));
  await door.keyboard.press("Enter");
  await expect(undo).toBeVisible();
});

test("Tab follows what the eye sees: the guest's page and the staff forms, on a phone and a desk", async ({ staffPage, openPage }) => {
  // Eight pages at two widths, each Tab stop measured: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  const staff = await staffPage(DEMO.editor);
  await staff.goto("/staff/events?filter=upcoming");
  await staff.getByRole("link", { name: /Sigh of Relief Reception/ }).first().click();
  await expect(staff).toHaveURL(/\/staff\/events\/[0-9a-f-]{36}$/);
  const event = new URL(staff.url()).pathname;
  await staff.getByRole("link", { name: /^Guests/ }).click();
  await expect(staff.locator("html[data-hydrated]")).toBeAttached();
  await staff.getByRole("button", { name: "Re-send to Ms. Nancy Lindborg" }).click();
  await expect(staff.getByText("Invitation sent again to n.lindborg@usip.example.org.").first()).toBeVisible();

  for (const width of [390, 1280]) {
    const guest = await openPage({ viewport: { width, height: 900 } });
    const link = await linkInEmail(guest, "n.lindborg@usip.example.org", /Invitation: Sigh of Relief/, "Respond");
    await guest.goto(link);
    const main = guest.getByRole("main");
    await expectTabOrderFollowsLayout(guest, main, `the guest's page at ${width} px`);
    for (const [choice, button] of [
      ["Change my details", "Confirm my attendance"],
      ["I can no longer attend", "Send my answer: I cannot attend"],
      ["Send a delegate instead", "Propose this delegate"],
    ] as const) {
      await guest.goto(link);
      await guest.getByRole("link", { name: choice }).click();
      await expect(guest.getByRole("button", { name: button })).toBeVisible();
      // An assistant's disclosure open, so its fields are in the order too.
      const disclosure = guest.getByText("Answering for someone else?");
      if (await disclosure.count()) await disclosure.click();
      await expectTabOrderFollowsLayout(guest, main, `“${choice}” at ${width} px`);
    }
  }

  for (const width of [1280, 390]) {
    await staff.setViewportSize({ width, height: 900 });
    await staff.goto(`${event}/edit`);
    await expect(staff.locator("form[data-ready]")).toBeAttached();
    await expectTabOrderFollowsLayout(staff, staff.locator("form[data-ready]"), `the event form at ${width} px`);
    await staff.goto("/staff/people?q=Lindborg");
    await staff.getByRole("link", { name: /Nancy Lindborg/ }).first().click();
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await expectTabOrderFollowsLayout(staff, staff.locator("form#person-form"), `the person form at ${width} px`);
    await staff.goto(event);
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await staff.getByRole("button", { name: "Cancel event" }).click();
    const dialog = staff.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    await expectTabOrderFollowsLayout(staff, dialog, `the cancel dialog at ${width} px`);
    await staff.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  }

  // The public registration form, beside the programme on a desk and under it on a phone.
  for (const width of [390, 1280]) {
    const visitor = await openPage({ viewport: { width, height: 900 } });
    await visitor.goto("/events");
    await visitor.getByRole("link", { name: /A Necessary Voice/ }).first().click();
    await expect(visitor).toHaveURL(/\/events\/[a-z0-9-]+$/);
    await expect(visitor.getByRole("heading", { level: 1, name: /A Necessary Voice/ })).toBeVisible();
    await expectTabOrderFollowsLayout(visitor, visitor.getByRole("main"), `the public event page at ${width} px`);
  }
});
