import fs from "node:fs";
import type { Page } from "@playwright/test";
import { readPdf } from "./pdf-text";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { openEmail } from "./mail";

// An admin changes who the institute is: its name, logo and sender. The next
// invitation email, the public pages and the share image say it at once; an
// editor cannot open the page; bad input is refused next to its field and
// nothing is half-saved. Other journeys read the institute's name: the
// settings are put back at the end.

const ORIGINAL = {
  Name: "International Peace Institute",
  "Short name": "IPI",
  "Sender name": "Convene",
  "Sender address": "events@convene.local",
  "Reply-to address": "",
  "Reminder, hours before": "48",
};
const NEW_NAME = "Institute for Quiet Diplomacy";
const GUEST = "d.bellato@esteri.example.org";
const inDays = (days: number, time: string) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    // From the start of the name: an optional field's name ends in "(optional)".
    const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
    await page.getByRole("textbox", { name }).or(page.getByRole("spinbutton", { name })).fill(value);
  }
}

const save = (page: Page) => page.getByRole("button", { name: "Save settings" }).click();

test("an admin renames the institute, gives it a logo and a sender; emails, public pages and share images follow, and bad input is refused", async ({ staffPage, page, request }) => {
  test.setTimeout(180_000);
  const shareBefore = await (await request.get("/og")).body();

  // An editor sees no Settings in the menu, and the page answers 403.
  const editor = await staffPage(DEMO.editor);
  await editor.goto("/staff");
  await expect(editor.getByRole("link", { name: "Settings" })).toHaveCount(0);
  const refused = await editor.goto("/staff/settings");
  expect(refused?.status()).toBe(403);
  await expect(editor.getByRole("heading", { name: "This page needs another role" })).toBeVisible();

  const admin = await staffPage(DEMO.admin);
  await admin.goto("/staff");
  await admin.getByRole("link", { name: "Settings" }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(admin.locator("html[data-hydrated]")).toBeAttached();
  await expect(admin.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(ORIGINAL.Name);

  // Bad input: an empty name and an address that is not one, each in words next to its field.
  await fill(admin, { Name: "", "Sender address": "events at ipi" });
  await save(admin);
  await expect(admin.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
  await expect(admin.getByRole("textbox", { name: "Name", exact: true })).toHaveAccessibleDescription(/Enter the institute’s name/);
  await expect(admin.getByRole("textbox", { name: "Sender address" })).toHaveAccessibleDescription(/Enter the sender address like events@example.org/);

  // A file that is not an image, with everything else right: refused next to the logo, nothing saved.
  await fill(admin, { Name: "Half Saved Institute", "Sender address": "events@convene.local" });
  await admin.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("name,email\nnot,an image\n") });
  await save(admin);
  await expect(admin.getByLabel("Logo")).toHaveAccessibleDescription(/“logo.png” is not a JPEG, PNG or WebP image./);
  // A file too large is stopped before it is sent.
  await admin.getByLabel("Logo").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: Buffer.alloc(1_300_000, 1) });
  await expect(admin.getByLabel("Logo")).toHaveAccessibleDescription(/poster.png is 1.3 MB; a logo can be at most 1 MB./);
  await expect(admin.getByRole("button", { name: "Save settings" })).toBeDisabled();
  await admin.reload();
  await expect(admin.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(ORIGINAL.Name);
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText(ORIGINAL.Name);

  // Without JavaScript, the server says the same about a file too large, and saves nothing.
  const plain = await staffPage(DEMO.admin, { javaScriptEnabled: false });
  await plain.goto("/staff/settings");
  await plain.getByRole("textbox", { name: "Name", exact: true }).fill("Half Saved Institute");
  await plain.getByLabel("Logo").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: Buffer.alloc(1_300_000, 1) });
  await plain.getByRole("button", { name: "Save settings" }).click();
  await expect(plain.getByLabel("Logo")).toHaveAccessibleDescription(/The logo is 1.3 MB; a logo can be at most 1 MB. Export it smaller and try again./);
  await plain.goto("/staff/settings");
  await expect(plain.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(ORIGINAL.Name);

  // The house style's preview follows the words as they are typed.
  const hosted = admin.getByRole("textbox", { name: "Opening sentence, hosted" });
  await hosted.fill("On {date}, {shortName} convened {event}.");
  await expect(admin.getByTestId("recap-preview").first()).toContainText("IPI, together with the Norwegian Ministry"); // the cohosted sample keeps its own sentence
  await admin.getByRole("textbox", { name: "Opening sentence, cohosted" }).fill("On {date}, {shortName} and {cohosts} convened {event}.");
  await expect(admin.getByTestId("recap-preview").first()).toContainText("IPI and the Norwegian Ministry of Foreign Affairs convened");
  await expect(admin.getByTestId("recap-preview").nth(1)).toContainText("IPI convened a roundtable");
  // Put back before saving: the house style is not what this journey changes.
  await admin.getByRole("textbox", { name: "Opening sentence, cohosted" }).fill("On {date}, {shortName}, together with {cohosts}, cohosted {event}.");
  await hosted.fill("On {date}, {shortName} hosted {event}.");

  // The change itself: a new name, a logo, a sender with a reply-to address, a shorter reminder.
  await fill(admin, { Name: NEW_NAME, "Short name": "IQD", "Sender name": "IQD Events", "Sender address": "events@iqd.example", "Reply-to address": "desk@iqd.example", "Reminder, hours before": "24" });
  await admin.getByLabel("Logo").setInputFiles({ name: "iqd-logo.png", mimeType: "image/png", buffer: fs.readFileSync("public/icon-192.png") });
  await save(admin);
  await expect(admin.getByText("Settings saved.").first()).toBeVisible();
  await expect(admin.getByRole("img", { name: "The institute’s logo now" })).toBeVisible();

  // The public pages, at once: the name and the logo, at a public address.
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText(NEW_NAME);
  await expect(page.getByRole("contentinfo")).toContainText(NEW_NAME);
  const logo = page.getByRole("banner").locator("img");
  await expect(logo).toHaveAttribute("src", /^\/assets\/[0-9a-f-]{36}$/);
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // A logo and a long name still fit a phone's header.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  const logoAnswer = await request.get((await logo.getAttribute("src"))!);
  expect(logoAnswer.status()).toBe(200);
  expect(logoAnswer.headers()["content-type"]).toBe("image/png");
  expect(logoAnswer.headers()["cache-control"]).toBe("public, no-cache");

  // The share image is drawn again with the logo.
  const share = await request.get("/og");
  expect(share.status()).toBe(200);
  expect(share.headers()["content-type"]).toBe("image/png");
  expect(Buffer.compare(await share.body(), shareBefore)).not.toBe(0);

  // A printed document: the seated dinner's name badges carry the new name (the logo on them: lib/print/print.test.ts).
  await admin.goto("/staff/events?filter=upcoming");
  const dinner = await admin.getByRole("link", { name: /Regional Partnerships for Peace/ }).first().getAttribute("href");
  const badges = await admin.context().request.get(`${dinner}/print/badges`);
  expect(badges.status()).toBe(200);
  expect(badges.headers()["content-type"]).toContain("application/pdf");
  const badgesPdf = await badges.body();
  expect((await readPdf(badgesPdf)).text).toContain(NEW_NAME);

  // A new event takes the reminder setting; its invitation goes from the new sender.
  await admin.goto("/staff/events/new");
  await expect(admin.locator("form[data-ready]")).toBeAttached();
  await expect(admin.getByLabel("Reminder, hours before")).toHaveValue("24");
  await admin.getByRole("textbox", { name: "Title", exact: true }).fill("Quiet Diplomacy: A Briefing");
  await admin.getByLabel("Format").selectOption("briefing");
  await admin.getByLabel("Status").selectOption("scheduled");
  await admin.getByLabel("Starts").fill(inDays(25, "10:00"));
  await admin.getByLabel("Ends").fill(inDays(25, "11:30"));
  await admin.getByRole("button", { name: "Create event" }).click();
  await expect(admin.getByText("Saved.")).toBeVisible();
  await admin.getByRole("link", { name: /^Guests/ }).click();
  await admin.getByRole("link", { name: "Add from directory" }).first().click();
  await expect(admin.locator("html[data-hydrated]")).toBeAttached();
  await admin.getByRole("checkbox", { name: /Domenico Bellato/ }).check();
  await admin.getByRole("button", { name: "Add 1 to the guest list" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "1 guest added." })).toBeVisible();
  await admin.getByRole("link", { name: "Send invitations (1)" }).click();
  await admin.getByRole("button", { name: "Send 1 invitation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: /on the way/ })).toBeVisible();

  const mailbox = await staffPage(DEMO.admin);
  await openEmail(mailbox, GUEST, /Invitation: Quiet Diplomacy/);
  await expect(mailbox.getByRole("definition").filter({ hasText: "IQD Events <events@iqd.example>" })).toBeVisible();
  await expect(mailbox.getByRole("definition").filter({ hasText: "desk@iqd.example" })).toBeVisible();
  const email = mailbox.frameLocator("iframe");
  // Where a reader sees it, not only in the hidden preheader.
  await expect(email.getByText(NEW_NAME).filter({ visible: true }).first()).toBeVisible();
  await expect(email.locator("img[src*='/assets/']")).toHaveCount(1);

  // Put back as it was, logo removed, for the journeys that read the institute's name.
  await admin.goto("/staff/settings");
  await expect(admin.locator("html[data-hydrated]")).toBeAttached();
  await fill(admin, ORIGINAL);
  await admin.getByRole("checkbox", { name: "Remove the logo" }).check();
  await save(admin);
  await expect(admin.getByText("Settings saved.").first()).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText(ORIGINAL.Name);
  await expect(page.getByRole("banner").locator("img")).toHaveCount(0);
});
