import { DEMO } from "./auth";
import { expect, expectAccessible, test } from "./fixtures";

const TITLE = "Baltic Sea Security Roundtable";

test("a drafted recap names the roundtable once, and the editor lists its placeholder before anyone presses submit", async ({ staffPage }) => {
  const page = await staffPage(DEMO.editor);
  await page.goto("/staff/events/new");
  await expect(page.locator("form[data-ready]")).toBeAttached();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(TITLE);
  await page.getByLabel("Format").selectOption("roundtable");
  await page.getByLabel("Attribution").selectOption("on_record");
  await page.getByLabel("Time zone").selectOption("Europe/Stockholm");
  await page.getByLabel("Starts").fill("2027-05-12T09:30");
  await page.getByLabel("Ends").fill("2027-05-12T12:00");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Recap" }).click();
  await page.getByRole("button", { name: "Draft from the event" }).click();
  const text = page.getByRole("textbox", { name: "Text", exact: true });
  await expect(text).toHaveValue(/^On 12 May, IPI hosted the Baltic Sea Security Roundtable\.\n/);
  await expect(text).not.toHaveValue(/a roundtable on/);

  // The placeholder is a finding while writing, not a surprise at submit.
  const placeholders = page.getByRole("list", { name: "Placeholders to replace" });
  await expect(page.getByRole("heading", { name: "1 placeholder from the first draft is still in the text" })).toBeVisible();
  await expect(placeholders.getByRole("listitem")).toHaveCount(1);
  await expect(placeholders).toContainText("[Summarize the discussion");
  await expect(placeholders).toContainText("Replace this placeholder before submitting.");
  await expectAccessible(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole("region", { name: /placeholder from the first draft/ }).screenshot({ path: test.info().outputPath(`placeholder-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // "Show" selects it in the text, ready to be typed over.
  await placeholders.getByRole("button", { name: "Show the placeholder in the text" }).click();
  await expect(text).toBeFocused();
  const selected = await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toMatch(/^\[Summarize the discussion.*\]$/);
  await page.keyboard.type("Participants weighed deterrence against dialogue in the Baltic Sea region.");
  await expect(placeholders).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /placeholder/ })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /^Saved \d{1,2}(:\d\d)? [ap]m$/ })).toBeVisible();
});
