import fs from "node:fs";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

// An events officer builds the table for a dinner from the directory: tags
// mission people in bulk, makes a smart list from the tag, adds the seeded
// smart list "All permanent missions" to the dinner from its Guests tab
// (seeing who is added, who is already invited, and who is skipped and why:
// the demo holds a mission member with no address, one who opted out, and
// one whose address bounced), then moves a list out and back in by CSV.

const DINNER = "United Nations Peace Operations and Partnerships";

test.describe("contact lists", () => {
  test("tag in bulk, make a smart list, add a list to a dinner with its skips, and move a list by CSV", { tag: "@pglite" }, async ({ staffPage }) => {
    test.setTimeout(180_000);
    const page = await staffPage(DEMO.editor);
    const stamp = Date.now().toString(36);

    // Bulk tagging on the People page, filtered to permanent missions.
    await page.goto("/staff/people");
    await page.getByLabel("Organization kind").selectOption("permanent_mission");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/kind=permanent_mission/);
    const table = page.getByRole("region", { name: "People", exact: true });
    await expect(table).toContainText("Mona Juul");
    await expect(table).not.toContainText("Terje Rød-Larsen");
    await page.getByRole("checkbox", { name: /Mona Juul/ }).check();
    await page.getByRole("checkbox", { name: /Elina Lassila/ }).check();
    const tag = `Ministerial dinner ${stamp}`;
    await page.getByLabel("Add a tag").fill(tag);
    await page.getByRole("button", { name: "Add tag" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Tagged 2 people “${tag}”` })).toBeVisible();
    await expect(page.getByRole("row", { name: /Mona Juul/ })).toContainText(tag);

    // A smart list from that tag.
    await page.goto("/staff/people/lists");
    await expect(page.getByRole("region", { name: "Contact lists" })).toContainText("All permanent missions");
    await page.getByLabel("Name").fill(`Dinner table ${stamp}`);
    await page.getByLabel(/^Smart/).check();
    await page.getByLabel("Tag").selectOption({ label: tag });
    await page.getByRole("button", { name: "Create list" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Dinner table ${stamp}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "2 people" })).toBeVisible();

    // The seeded smart list onto the dinner, from its Guests tab.
    await page.goto("/staff/events");
    const dinner = await page.getByRole("link", { name: DINNER }).first().getAttribute("href");
    await page.goto(`${dinner}/guests`);
    await page.getByRole("link", { name: "Add a list" }).click();
    const missions = await page.locator("#list option", { hasText: "All permanent missions" }).getAttribute("value");
    await page.getByLabel("List").selectOption(missions!);
    await page.getByRole("button", { name: "Show who would be added" }).click();
    const toAdd = page.getByRole("region", { name: /Will be added/ });
    const already = page.getByRole("region", { name: /Already on the guest list/ });
    const skipped = page.getByRole("region", { name: /Skipped/ });
    await expect(toAdd).toContainText("Mona Juul");
    await expect(toAdd).toContainText("Valentine Rugwabiza");
    await expect(already).toContainText("Dominique Favre");
    await expect(skipped.getByRole("listitem").filter({ hasText: "Akosua Agyeman" })).toContainText("No email address");
    await expect(skipped.getByRole("listitem").filter({ hasText: "Lars Aune" })).toContainText("Asked for no more invitations");
    await expect(skipped.getByRole("listitem").filter({ hasText: "Nadia Cortés" })).toContainText("stopped after a bounce");
    await expect(toAdd).not.toContainText("Lars Aune");
    await page.getByRole("button", { name: /^Add 6 guests$/ }).click();
    await expect(page).toHaveURL(/\/guests\?status=not_sent/);
    await expect(page.getByRole("status").filter({ hasText: /^6 guests added from “All permanent missions”; \d+ (was|were) already on the list; 3 people skipped\.$/ })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Valentine Rugwabiza");
    await expect(page.getByRole("table")).not.toContainText("Lars Aune");

    // Then sends: the new guests' invitations go out; the people skipped were never added, so nothing goes to them.
    await page.getByRole("link", { name: /^Send invitations \(\d+\)$/ }).click();
    await expect(page.getByText("Valentine Rugwabiza").first()).toBeVisible();
    await expect(page.getByText("Lars Aune")).toHaveCount(0);
    await page.getByRole("button", { name: /^Send \d+ invitations?$/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /on the way/ })).toBeVisible();

    // Adding it again adds nobody twice.
    await page.goto(page.url().replace(/\/guests.*$/, `/guests/add-list?list=${missions}`));
    await expect(page.getByRole("region", { name: /Will be added/ })).toContainText("Nobody new");
    await expect(page.getByText("Nobody new to add")).toBeVisible();

    // A static list out by CSV, and into a new list.
    await page.goto("/staff/people/lists");
    await page.getByRole("link", { name: "WPS dinner regulars" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const csv = fs.readFileSync((await (await download).path())!, "utf8");
    expect(csv).toContain("Tags");
    expect(csv).toContain("WPS network");
    expect(csv).toContain("s.taylor@ipi.example.org");

    await page.goto("/staff/people/lists");
    await page.getByLabel("Name").fill(`Spring roundtable ${stamp}`);
    await page.getByRole("button", { name: "Create list" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Spring roundtable ${stamp}` })).toBeVisible();
    await page.getByRole("link", { name: "Import CSV" }).click();

    // Bad rows first: every one named by its line, nothing written.
    const bad = "Email,Tags\nnot-an-email,Board\nnobody.here@example.org,Board\ns.taylor@ipi.example.org,Board\n";
    await page.locator('input[type="file"]').setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: "Import into the list" }).click();
    const problems = page.getByRole("region", { name: "Rows to fix" });
    await expect(problems.getByRole("row", { name: /^2 Invalid email “not-an-email”/ })).toBeVisible();
    await expect(problems.getByRole("row", { name: /^3 No one in the directory has the address nobody\.here@example\.org/ })).toBeVisible();

    await page.locator('input[type="file"]').setInputFiles({ name: "wps.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Import into the list" }).click();
    await expect(page.getByRole("region", { name: "Imported" })).toContainText(`added to “Spring roundtable ${stamp}”`);
    await page.getByRole("link", { name: "See the list" }).click();
    await expect(page.getByRole("heading", { name: "6 people" })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Sarah Taylor");
  });
});
