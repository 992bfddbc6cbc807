import fs from "node:fs";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

const TITLE = "Sigh of Relief Reception";
const SLUG = "sigh-of-relief-reception";
const ALT = "Guests in conversation under the chandeliers of the reception hall";

test("staff give an event a cover photo with its alt text; it leads the public page and its card, and comes off again", async ({ staffPage, page, request }) => {
  // The public page as the public saw it before: cached (lib/public-cache), it must still show the change.
  await page.goto(`/events/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator("header img")).toHaveCount(0);

  const editor = await staffPage(DEMO.editor);
  await editor.goto("/staff/events");
  await editor.getByRole("link", { name: TITLE }).first().click();
  await editor.getByRole("link", { name: "Edit details" }).click();
  const cover = editor.getByRole("region", { name: "Cover photo" });
  await expect(cover.getByText("No cover yet")).toBeVisible();

  // A file that is not a photo, and no alt text: each refused in words, next to its field.
  await cover.locator('input[type="file"]').setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<html>not a photo</html>") });
  await cover.getByRole("button", { name: "Save cover" }).click();
  await expect(cover.getByText("Enter the alt text")).toBeVisible();
  await cover.getByRole("textbox", { name: /Alt text/ }).fill(ALT);
  await cover.locator('input[type="file"]').setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<html>not a photo</html>") });
  await cover.getByRole("button", { name: "Save cover" }).click();
  await expect(cover.getByText("“cover.jpg” is not a JPEG, PNG or WebP image.")).toBeVisible();
  // A photo too small to lead a page.
  await cover.locator('input[type="file"]').setInputFiles({ name: "roundtable.png", mimeType: "image/png", buffer: fs.readFileSync("e2e/files/roundtable.png") });
  await cover.getByRole("button", { name: "Save cover" }).click();
  await expect(cover.getByText(/a cover needs at least 800 × 450/)).toBeVisible();

  await cover.locator('input[type="file"]').setInputFiles("db/seed/images/dinner-candles.jpg");
  await cover.getByRole("button", { name: "Save cover" }).click();
  // The toast's words, not the screen reader's copy of them ("Notification Cover saved. …").
  await expect(editor.getByText("Cover saved. It shows on the public page and in the lists.", { exact: true })).toBeVisible();
  await expect(cover.getByRole("img", { name: ALT })).toBeVisible();

  // The public page leads with it, at an address the public may open.
  await page.goto(`/events/${SLUG}`);
  const photo = page.getByRole("img", { name: ALT });
  await expect(photo).toBeVisible();
  await expect(photo).toHaveAttribute("src", /^\/assets\/[0-9a-f-]{36}\/\d+$/);
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const src = (await photo.getAttribute("src"))!;
  const answer = await request.get(src);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toBe("public, no-cache");

  // Its card in the lists carries it, with the same words.
  await page.goto("/events");
  const card = page.getByRole("region", { name: "Upcoming" }).getByRole("listitem").filter({ hasText: TITLE });
  await expect(card.getByRole("img", { name: ALT })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Upcoming" }).getByRole("img", { name: ALT })).toBeVisible();
  // Events without a photo are drawn: format, date and title.
  await expect(page.locator('[data-cover="drawn"]').first()).toBeVisible();

  // The social card of the page is drawn in the site's faces.
  const og = await request.get(`/og/events/${SLUG}`);
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/png");
  expect((await og.body()).length).toBeGreaterThan(5_000);

  // Taken off: the page shows no photo, and its address answers 404 to the public.
  await editor.reload();
  await cover.getByRole("button", { name: "Remove cover" }).click();
  await editor.getByRole("alertdialog", { name: "Remove the cover photo?" }).getByRole("button", { name: "Remove cover" }).click();
  await expect(editor.getByText("Cover removed. The event is shown with its drawn cover.", { exact: true })).toBeVisible();
  await expect(cover.getByText("No cover yet")).toBeVisible();
  await page.goto(`/events/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole("img", { name: ALT })).toHaveCount(0);
  expect((await request.get(src)).status()).toBe(404);
});
