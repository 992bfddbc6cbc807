import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

test.describe("the people directory", () => {
  test("an editor searches, imports a CSV after fixing a bad row, and finds the new people", { tag: "@pglite" }, async ({ staffPage }) => {
    const page = await staffPage(DEMO.editor);
    await page.goto("/staff/people");
    await page.getByRole("searchbox").or(page.getByLabel(/Search/)).first().fill("Søreide");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("table")).toContainText("Ine Eriksen Søreide");

    await page.goto("/staff/people/import");
    const bad = 'honorific,given name,family name,title,affiliation,email\nDr.,Leila,Haddad,Senior Adviser,"Ministry of Foreign Affairs, Jordan",leila.haddad@example.org\n,,Nameless,,,not-an-email\n';
    await page.locator('input[type="file"]').setInputFiles({ name: "guests.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: /Import/ }).click();
    await expect(page.getByRole("heading", { name: /Nothing was imported/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Rows to fix" }).getByRole("row", { name: /^3 Missing given name; invalid email/ })).toBeVisible();

    const good = 'honorific,given name,family name,title,affiliation,email\nDr.,Leila,Haddad,Senior Adviser,"Ministry of Foreign Affairs, Jordan",leila.haddad@example.org\n';
    await page.locator('input[type="file"]').setInputFiles({ name: "guests.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await page.getByRole("button", { name: /Import/ }).click();
    await expect(page.getByRole("region", { name: "Imported" })).toContainText("added to the directory");

    await page.goto("/staff/people?q=haddad");
    await expect(page.getByRole("table")).toContainText("Ministry of Foreign Affairs, Jordan");
  });

  test("a search with thousands of matches says so instead of counting them all, and pages on", async ({ staffPage }) => {
    const page = await staffPage(DEMO.editor);
    // An alumni roster of 2,050 people, imported as an institute would.
    const rows = Array.from({ length: 2050 }, (_, i) => `,Delegate,Roster${String(i + 1).padStart(4, "0")},,Geneva Alumni Roster,roster${i + 1}@alumni.example.org`);
    const csv = `honorific,given name,family name,title,affiliation,email\n${rows.join("\n")}\n`;
    await page.goto("/staff/people/import");
    await page.locator('input[type="file"]').setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: /Import/ }).click();
    await expect(page.getByRole("region", { name: "Imported" })).toContainText("added to the directory", { timeout: 30_000 });

    await page.goto("/staff/people");
    await page.getByRole("searchbox").or(page.getByLabel(/Search/)).first().fill("alumni roster");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "More than 2,000 people match “alumni roster”" })).toBeVisible();
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText("1–50 of more than 2,000 · page 1");
    await expect(page.getByRole("table")).toContainText("Delegate Roster0001");
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(pages).toContainText("51–100 of more than 2,000 · page 2");
    await expect(page.getByRole("table")).toContainText("Delegate Roster0051");
    await expect(page.getByRole("table")).not.toContainText("Delegate Roster0050");

    // A narrower search is counted exactly again.
    await page.goto("/staff/people?q=roster2049");
    await expect(page.getByRole("heading", { level: 2, name: "1 person matches “roster2049”" })).toBeVisible();
  });
});
