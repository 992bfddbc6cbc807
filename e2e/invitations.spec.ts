import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { countEmails, linkInEmail, openEmail } from "./mail";

const inDays = (days: number, time: string) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

const BELLATO = "d.bellato@esteri.example.org";
const BENKHAYI = "m.benkhayi@maec.example.org";

test.describe("invitations and answers", () => {
  test("staff invite three guests; one accepts with a guest, then declines, and the waitlisted guest is promoted", { tag: "@pglite" }, async ({ staffPage, openPage }) => {
    const staff = await staffPage(DEMO.editor);
    await staff.goto("/staff/events/new");
    await expect(staff.locator("form[data-ready]")).toBeAttached();
    await staff.getByRole("textbox", { name: "Title", exact: true }).fill("Financing for Peace: A Working Dinner");
    await staff.getByLabel("Format").selectOption("dinner");
    await staff.getByLabel("Status").selectOption("scheduled");
    // With no venue yet, the event is in the institute's own zone; the venue brings its own.
    await expect(staff.getByLabel("Time zone")).toHaveValue("America/New_York");
    await expect(staff.getByText(/^Times in New York \((EST|EDT)\)$/).first()).toBeVisible();
    await staff.getByLabel("Venue").selectOption({ label: "IPI MENA Office, Manama" });
    await expect(staff.getByLabel("Time zone")).toHaveValue("Asia/Bahrain");
    await expect(staff.getByText("Times in Bahrain (GMT+3)").first()).toBeVisible();
    await staff.getByLabel("Starts").fill(inDays(20, "19:00"));
    await staff.getByLabel("Ends").fill(inDays(20, "21:30"));
    await staff.getByLabel("Capacity").fill("2");
    await staff.getByRole("checkbox", { name: "Guests may bring a plus-one" }).check();
    await expect(staff.getByRole("checkbox", { name: "Ask about dietary needs" })).toBeChecked();
    await staff.getByRole("button", { name: "Create event" }).click();
    await expect(staff.getByText("Saved.")).toBeVisible();

    await staff.getByRole("link", { name: /^Guests/ }).click();
    await expect(staff.getByRole("heading", { name: "No guests yet — add from the directory or import a CSV" })).toBeVisible();
    await staff.getByRole("link", { name: "Add from directory" }).first().click();
    await expect(staff.getByRole("heading", { name: "Add guests from the directory" })).toBeVisible();
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    for (const name of [/Domenico Bellato/, /Mostafa Benkhayi/, /Salim Gahriani/]) await staff.getByRole("checkbox", { name }).check();
    await staff.getByRole("button", { name: "Add 3 to the guest list" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "3 guests added." })).toBeVisible();

    await staff.getByRole("link", { name: "Send invitations (3)" }).click();
    // The preview is the email one real recipient gets; the list says who else, as many as the button.
    const invitation = staff.frameLocator("iframe[title='Invitation email preview']");
    await expect(staff.getByRole("heading", { name: "Preview, as H.E. Mr. Domenico Bellato will see it" })).toBeVisible();
    await expect(invitation.getByText("Dear H.E. Mr. Domenico Bellato,")).toBeVisible();
    await expect(staff.getByText("3 recipients", { exact: true })).toBeVisible();
    await expect(staff.getByRole("list", { name: "Recipients" }).getByRole("listitem")).toHaveText([/Domenico Bellato/, /Mostafa Benkhayi/, /Salim Gahriani/]);
    await staff.getByLabel("Preview as").selectOption({ label: "H.E. Mr. Salim Gahriani" });
    await staff.getByRole("button", { name: "Show" }).click();
    await expect(staff.getByRole("heading", { name: "Preview, as H.E. Mr. Salim Gahriani will see it" })).toBeVisible();
    await expect(invitation.getByText("Dear H.E. Mr. Salim Gahriani,")).toBeVisible();
    await expect(invitation.getByRole("link", { name: "Respond" })).toBeVisible();
    await staff.getByRole("button", { name: "Send 3 invitations" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "3 invitations on the way." })).toBeVisible();
    await expect(staff.getByRole("link", { name: /^No answer 3/ })).toBeVisible();

    // A reminder minutes after the invitation would nag: all three are skipped, with the reason, until staff say otherwise.
    await staff.getByRole("link", { name: /Remind non-responders/ }).click();
    await expect(staff.getByLabel("Skip guests invited in the last")).toHaveValue("3");
    const skipped = staff.getByRole("list", { name: "Guests skipped" });
    await expect(skipped.getByRole("listitem")).toHaveCount(3);
    await expect(skipped.getByRole("listitem").first()).toContainText("Invited today, less than 3 days ago");
    await expect(staff.getByText("Nobody to remind yet: everyone waiting was invited too recently.")).toBeVisible();
    await expect(staff.getByRole("button", { name: /^Send \d+ reminders?$/ })).toHaveCount(0);
    await staff.getByLabel("Skip guests invited in the last").fill("0");
    await staff.getByRole("button", { name: "Update" }).click();
    await expect(staff.getByText("3 recipients", { exact: true })).toBeVisible();
    await expect(staff.getByRole("list", { name: "Guests skipped" })).toHaveCount(0);
    await expect(staff.getByRole("button", { name: "Send 3 reminders" })).toBeVisible();
    await staff.getByRole("link", { name: "Back to the guest list" }).click();

    // The first guest answers from the link in the email: yes, with a guest and a dietary need.
    const guest = await openPage({ viewport: { width: 390, height: 844 } });
    const first = await linkInEmail(guest, BELLATO, /Invitation: Financing for Peace/, "Respond");
    await guest.goto(first);
    await expect(guest.getByRole("heading", { level: 1, name: "Financing for Peace: A Working Dinner" })).toBeVisible();
    await guest.getByRole("link", { name: "Accept" }).click();
    await guest.getByRole("textbox", { name: /Bringing someone/ }).fill("Ms. Laura Bellato");
    await guest.getByRole("textbox", { name: /Dietary needs/ }).fill("Vegetarian");
    await guest.getByRole("button", { name: "Confirm my attendance" }).click();
    await expect(guest.getByRole("heading", { name: "You are attending" })).toBeVisible();
    await expect(guest.getByText(`We have emailed a calendar invitation to ${BELLATO}.`)).toBeVisible();
    const download = guest.waitForEvent("download");
    await guest.getByRole("link", { name: "Add to calendar" }).click();
    const ics = await (await download).createReadStream().then(async (s) => {
      let text = "";
      for await (const chunk of s) text += chunk;
      return text;
    });
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("TZID=Asia/Bahrain");

    // The confirmation carries the calendar invitation, and the check-in code as a QR image
    // (queued as the code, drawn when the email went out).
    await openEmail(guest, BELLATO, /Confirmed: Financing for Peace/);
    const attached = guest.getByRole("list", { name: "Attachments" });
    await expect(attached.getByRole("link", { name: "invitation.ics" })).toBeVisible();
    const qrLink = attached.getByRole("link", { name: /^check-in-[2-9A-HJKMNP-TW-Z]{8}\.png$/ });
    await expect(qrLink).toBeVisible();
    const qr = await guest.request.get((await qrLink.getAttribute("href"))!);
    expect(qr.headers()["content-type"]).toBe("image/png");
    expect((await qr.body()).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");

    // The second guest accepts: the two seats are taken, so they wait, first in line.
    await guest.goto(await linkInEmail(guest, BENKHAYI, /Invitation: Financing for Peace/, "Respond"));
    await guest.getByRole("link", { name: "Accept" }).click();
    await guest.getByRole("button", { name: "Confirm my attendance" }).click();
    await expect(guest.getByRole("heading", { name: "You are on the waitlist: number 1" })).toBeVisible();

    // The first guest can no longer come; the waitlisted guest gets the place and an email.
    await guest.goto(first);
    await guest.getByRole("link", { name: "I can no longer attend" }).click();
    await guest.getByRole("textbox", { name: /A message to the organizers/ }).fill("Called back to Rome, with regret.");
    await guest.getByRole("button", { name: "Send my answer: I cannot attend" }).click();
    await expect(guest.getByRole("heading", { name: "You have declined" })).toBeVisible();
    await openEmail(guest, BENKHAYI, /A place has opened for you: Financing for Peace/);
    await expect(guest.getByRole("list", { name: "Attachments" })).toContainText("invitation.ics");

    await staff.reload();
    await expect(staff.getByRole("link", { name: /^Accepted 1/ })).toBeVisible();
    await expect(staff.getByRole("link", { name: /^Declined 1/ })).toBeVisible();
    await expect(staff.getByText("“Called back to Rome, with regret.”")).toBeVisible();
  });

  test("a guest answers with JavaScript turned off, and a wrong link reveals nothing", async ({ staffPage, openPage, request }) => {
    const staff = await staffPage(DEMO.editor);
    await staff.goto("/staff/events");
    await staff.getByRole("link", { name: /MIKTA and the Future of UN Peacekeeping/ }).first().click();
    await staff.getByRole("link", { name: /^Guests/ }).click();
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await staff.getByRole("button", { name: "Re-send to H.E. Mr. Mostafa Benkhayi" }).click();
    await expect(staff.getByText(`Invitation sent again to ${BENKHAYI}.`).first()).toBeVisible();

    const guest = await openPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const link = await linkInEmail(guest, BENKHAYI, /Invitation: MIKTA/, "Respond");
    await guest.goto(link);
    // The link opens a plain document: styled like every page, with no script at all.
    expect(await guest.locator("script").count()).toBe(0);
    expect(await guest.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).fontFamily)).toContain("Source Serif");
    await guest.getByRole("link", { name: "Accept" }).click();
    await guest.getByRole("textbox", { name: /Accessibility needs/ }).fill("Step-free access, please");
    await guest.getByRole("button", { name: "Confirm my attendance" }).click();
    await expect(guest.getByRole("heading", { name: "You are attending" })).toBeVisible();

    // Opening the link again changes nothing; a wrong one is a plain 404.
    await guest.goto(link);
    await expect(guest.getByRole("heading", { name: "You are attending" })).toBeVisible();
    const wrong = await request.get(`/rsvp/${"A".repeat(43)}`);
    expect(wrong.status()).toBe(404);
    const wrongPage = await wrong.text();
    expect(wrongPage).not.toContain("MIKTA");
    expect(wrongPage).toContain("This link does not open an invitation");
    expect((await request.get("/rsvp/not-a-token")).status()).toBe(404);

    // Registering works without JavaScript too, mistakes included.
    await guest.goto("/events");
    await guest.getByRole("link", { name: /A Necessary Voice/ }).first().click();
    const form = guest.getByRole("region", { name: "Register" });
    await form.getByRole("textbox", { name: /^Given name/ }).fill("Tomas");
    await form.getByRole("textbox", { name: /^Family name/ }).fill("Varga");
    await form.getByRole("textbox", { name: /^Email/ }).fill("t.varga@");
    await form.getByRole("button", { name: "Register" }).click();
    await expect(form.getByText("Enter an email address like name@example.org").first()).toBeVisible();
    await expect(form.getByRole("textbox", { name: /^Family name/ })).toHaveValue("Varga");
    await form.getByRole("textbox", { name: /^Email/ }).fill("t.varga@example.org");
    await form.getByRole("button", { name: "Register" }).click();
    await expect(form.getByRole("status")).toContainText("We have emailed t.varga@example.org");
  });

  test("a visitor registers for an open event, and registering again only re-sends the link", async ({ page, staffPage }) => {
    const email = "n.oduya@example.org";
    await page.goto("/events");
    await page.getByRole("link", { name: /A Necessary Voice/ }).first().click();
    const form = page.getByRole("region", { name: "Register" });
    await form.getByRole("textbox", { name: /^Given name/ }).fill("Nadia");
    await form.getByRole("textbox", { name: /^Family name/ }).fill("Oduya");
    await form.getByRole("textbox", { name: /^Email/ }).fill("not-an-email");
    await form.getByRole("button", { name: "Register" }).click();
    await expect(form.getByText("Enter an email address like name@example.org").first()).toBeVisible();
    await form.getByRole("textbox", { name: /^Email/ }).fill(email);
    await form.getByRole("textbox", { name: /^Organization/ }).fill("Permanent Mission of Kenya");
    await form.getByRole("button", { name: "Register" }).click();
    await expect(form.getByRole("status")).toContainText(`We have emailed ${email} a confirmation`);

    await page.reload();
    await form.getByRole("textbox", { name: /^Given name/ }).fill("Nadia");
    await form.getByRole("textbox", { name: /^Family name/ }).fill("Oduya");
    await form.getByRole("textbox", { name: /^Email/ }).fill(email.toUpperCase());
    await form.getByRole("button", { name: "Register" }).click();
    await expect(form.getByRole("status")).toContainText("We have emailed");

    await openEmail(page, email, /Your link for A Necessary Voice/);
    expect(await countEmails(page, email, /Confirmed: A Necessary Voice/)).toBe(1);
    const mine = await linkInEmail(page, email, /Confirmed: A Necessary Voice/, "See or change my answer");
    await page.goto(mine);
    await expect(page.getByRole("heading", { name: "You are attending" })).toBeVisible();

    const staff = await staffPage(DEMO.viewer);
    await staff.goto("/staff/events");
    await staff.getByRole("link", { name: /A Necessary Voice/ }).first().click();
    await staff.getByRole("link", { name: /^Guests/ }).click();
    await staff.getByRole("searchbox", { name: "Search guests" }).fill("oduya");
    await staff.getByRole("button", { name: "Search" }).click();
    await expect(staff.getByRole("region", { name: "Guests" }).getByRole("row")).toHaveCount(2);
    await expect(staff.getByText("Registered online")).toBeVisible();
  });
  test("staff give a guest a new link (the old one stops working) and take another off the list, confirming each in one dialog", async ({ staffPage, openPage, request }) => {
    const staff = await staffPage(DEMO.editor);
    const guest = await openPage();
    const name = "H.E. Mr. Mostafa Benkhayi";
    const email = "m.benkhayi@maec.example.org";
    const openMikta = async () => {
      await staff.goto("/staff/events");
      await staff.getByRole("link", { name: /MIKTA and the Future of UN Peacekeeping/ }).first().click();
      await staff.getByRole("link", { name: /^Guests/ }).click();
      await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    };
    await openMikta();
    await staff.getByRole("button", { name: `Re-send to ${name}` }).click();
    await expect(staff.getByText(`Invitation sent again to ${email}.`).first()).toBeVisible();
    const oldLink = await linkInEmail(guest, email, /Invitation: MIKTA/, "Respond");

    // The row's other actions are in its menu. Going back changes nothing, and focus returns to the row's button.
    await staff.locator("summary", { hasText: `More actions for ${name}` }).click();
    const newLink = staff.getByRole("button", { name: `New link for ${name}` });
    await newLink.click();
    const dialog = staff.getByRole("alertdialog", { name: `Give ${name} a new link?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Go back" }).click();
    await expect(dialog).toBeHidden();
    await expect(newLink).toBeFocused();
    await newLink.click();
    await staff.getByRole("alertdialog").getByRole("button", { name: "Revoke and send a new link" }).click();
    await expect(staff.getByText(`The old link no longer works; a new one is on its way to ${email}.`).first()).toBeVisible();
    expect((await request.get(oldLink)).status()).toBe(404);
    await expect(async () => {
      const fresh = await linkInEmail(guest, email, /Invitation: MIKTA/, "Respond");
      expect(fresh).not.toBe(oldLink);
      expect((await request.get(fresh)).status()).toBe(200);
    }).toPass({ timeout: 20_000 });

    await openMikta();
    await staff.locator("summary", { hasText: "More actions for H.E. Mr. Salim Gahriani" }).click();
    await staff.getByRole("button", { name: "Remove H.E. Mr. Salim Gahriani" }).click();
    await staff.getByRole("alertdialog", { name: "Remove H.E. Mr. Salim Gahriani from the guest list?" }).getByRole("button", { name: "Remove" }).click();
    await expect(staff.getByText("1 guest removed from the list.").first()).toBeVisible();
    await expect(staff.getByRole("button", { name: "Remove H.E. Mr. Salim Gahriani" })).toHaveCount(0);
  });
});
