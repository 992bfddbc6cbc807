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
});
