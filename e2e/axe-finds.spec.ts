import { accessibilityFailures, expect, test } from "./fixtures";

// The scanner every journey relies on still finds what it is there to find:
// a page with the faults it must fail on is failed, in words, and the same
// page mended passes. (A page opened outside the fixtures, so the faulty one
// is not itself swept at the end.)
test("axe, as the journeys run it, fails a page with low contrast, an unnamed button and an image without alt, and passes it mended", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const html = (mended: boolean) => `<!doctype html><html lang="en"><head><title>Check</title></head><body><main>
    <h1>Guests</h1>
    <p style="color:${mended ? "#333" : "#bbb"};background:#fff">Three guests have not answered.</p>
    <button>${mended ? "Remind them" : ""}</button>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${mended ? 'alt="A seat"' : ""}>
  </main></body></html>`;
  await page.setContent(html(false));
  const found = (await accessibilityFailures(page)).join("\n");
  expect(found).toMatch(/\[serious\] color-contrast/);
  expect(found).toMatch(/\[critical\] button-name/);
  expect(found).toMatch(/\[critical\] image-alt/);
  await page.setContent(html(true));
  expect(await accessibilityFailures(page)).toEqual([]);
  await context.close();
});
