import type { Page } from "@playwright/test";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

// The year in numbers, read by a viewer: the demo's Peace Operations year is a
// briefing and a policy forum on the record and a workshop under the Chatham
// House rule (lib/reports/confidentiality.ts), so its numbers are known here.

// Who came to the Chatham House workshop and to nothing else on the record.
const CHATHAM_ONLY = ["Ministry of Foreign Affairs of Finland", "Salovaara"];

/** A headline figure by its label: the value a person reads above it. */
const figure = (page: Page, label: string) => page.locator(`xpath=//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);

async function csvOf(page: Page, link: string): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

test.describe("the year in numbers", () => {
  test("a viewer reads a programme's year, downloads a table, prints it, and never sees who attended a Chatham House event", async ({ staffPage }) => {
    const page = await staffPage(DEMO.viewer);
    await page.goto("/staff");
    await page.getByRole("navigation").getByRole("link", { name: "Reports" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "The year in numbers" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Period" })).toHaveValue("last-12-months");

    await page.getByRole("combobox", { name: "Programme" }).selectOption({ label: "Peace Operations" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/staff\/reports\?period=last-12-months&program=peace-operations$/);

    // Three events, one confidential; 20 invitations sent, 16 accepted; 13 of the 16 arrived; one walk-in.
    await expect(figure(page, "Events")).toHaveText("3");
    await expect(figure(page, "Invitations sent")).toHaveText("20");
    await expect(figure(page, "Acceptance rate")).toHaveText("80 %");
    await expect(figure(page, "Attendance")).toHaveText("81 %");
    await expect(figure(page, "No-shows")).toHaveText("3");
    await expect(figure(page, "Walk-ins")).toHaveText("1");
    await expect(page.getByText(/^Events under the Chatham House rule or off the record .* no table shows who attended them\.$/)).toBeVisible();
    // The figures say when they were counted, and count again when asked.
    await expect(page.getByText(/^Counted at \d\d:\d\d; counted again every five minutes\./)).toBeVisible();
    await page.getByRole("link", { name: "Count again now" }).click();
    await expect(page).toHaveURL(/\/staff\/reports\?period=last-12-months&program=peace-operations&fresh=1$/);
    await expect(figure(page, "Invitations sent")).toHaveText("20");

    const formats = page.getByRole("region", { name: "Events by format" });
    await expect(formats.getByRole("row", { name: "Workshop 1 1" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Events by format, as a bar chart: .*Workshop 1/ })).toBeVisible();
    const engaged = page.getByRole("region", { name: "Most engaged organizations" });
    await expect(engaged.getByRole("row", { name: "United Nations UN body 2 2" })).toBeVisible();
    // Favre came to the briefing and to the Chatham House workshop: only the briefing counts here.
    await expect(engaged.getByRole("row", { name: "Mission of Switzerland to the United Nations Permanent mission 1 1" })).toBeVisible();
    for (const hidden of CHATHAM_ONLY) await expect(page.getByText(hidden)).toHaveCount(0);

    const csv = await csvOf(page, "Download CSV: Most engaged organizations");
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Organization,Kind,Events attended,Attendances");
    expect(lines).toContain("United Nations,UN body,2,2");
    for (const hidden of CHATHAM_ONLY) expect(csv).not.toContain(hidden);
    const kinds = await csvOf(page, "Download CSV: Organizations engaged, by kind");
    expect(kinds.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Kind,Organizations that attended,Attendances");
    expect(kinds).not.toContain("Government");

    await page.getByRole("link", { name: "Print view" }).click();
    await expect(page).toHaveURL(/\/staff\/reports\/print\?period=last-12-months&program=peace-operations$/);
    await expect(page.getByRole("heading", { level: 1, name: "The last twelve months" })).toBeVisible();
    await expect(page.getByText(/· Peace Operations$/)).toBeVisible();
    await expect(page.getByRole("link", { name: /^Download CSV/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Most engaged organizations" }).getByRole("row", { name: "United Nations UN body 2 2" })).toBeVisible();
    for (const hidden of CHATHAM_ONLY) await expect(page.getByText(hidden)).toHaveCount(0);
    await page.getByRole("link", { name: "Back to the reports" }).click();
    await expect(page.getByRole("combobox", { name: "Programme" })).toHaveValue("peace-operations");

    // Another period: last year held none of the demo's events.
    const lastYear = String(new Date().getUTCFullYear() - 1);
    await page.getByRole("combobox", { name: "Period" }).selectOption(lastYear);
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`period=${lastYear}&program=peace-operations$`));
    await expect(figure(page, "Events")).toHaveText("0");
    await expect(page.getByText("No events in this period.")).toBeVisible();
  });

  test("an unknown period or programme is said next to its field, and a CSV of one is refused", async ({ staffPage }) => {
    const page = await staffPage(DEMO.viewer);
    await page.goto("/staff/reports?period=1999&program=no-such-programme");
    await expect(page.getByRole("combobox", { name: "Period" })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/^Choose a period from the list/)).toBeVisible();
    await expect(page.getByText("There is no programme by that name: choose one from the list, or every programme.")).toBeVisible();
    await expect(page.getByRole("definition")).toHaveCount(0);
    const refused = await page.request.get("/staff/reports/export?table=never-came&period=1999");
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toMatch(/^Choose a period from the list/);
    expect((await page.request.get("/staff/reports/export?table=guests")).status()).toBe(400);
  });
});
