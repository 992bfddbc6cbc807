import fs from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO } from "./auth";
import { readPdf } from "./pdf-text";
import { expect, test } from "./fixtures";

// The table plan of the demo's seated dinner: an editor seats it by protocol
// in one click, reads why, moves a guest by keyboard alone, sees a guest who
// declines leave the plan with a warning; a viewer reads it; an edit made
// from a tab showing an older plan is refused without losing either move.

const DINNER = "Regional Partnerships for Peace: A Ministerial Dinner";
const SHOTS = "/tmp/shots-seating";
const WIDTHS = [390, 768, 1280];

test.describe.configure({ mode: "serial" });

async function openPlan(page: Page) {
  await page.goto("/staff/events");
  await page.getByRole("link", { name: DINNER }).first().click();
  await page.getByRole("main").getByRole("link", { name: "Seating" }).click();
  await expect(page.getByRole("heading", { name: "Table plan" })).toBeVisible();
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
}

async function shoot(staffPage: (email: string, options?: object) => Promise<Page>, url: string, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of WIDTHS) {
    const page = await staffPage(DEMO.editor, { viewport: { width, height: 900 } });
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "Table plan" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

const seats = (page: Page, table: string) => page.getByRole("list", { name: `Seats at ${table}` }).getByRole("listitem");

test("an editor seats the dinner by protocol, reads why, and moves a guest by keyboard alone", async ({ staffPage }) => {
  const page = await staffPage(DEMO.editor);
  await openPlan(page);
  const url = page.url();
  await expect(page.getByText("0 of 40 places seated")).toBeVisible();
  await shoot(staffPage, url, "before");

  await page.getByRole("button", { name: "Seat by protocol" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Seated 40 places by protocol." })).toBeVisible();
  await expect(page.getByText("40 of 40 places seated")).toBeVisible();

  // The head table in the classic order: host in seat 1, co-host opposite, the guest of honour to the host's right.
  const head = seats(page, "Head table");
  await expect(head.nth(0)).toContainText("Ms. Ingrid Halvorsen");
  await expect(head.nth(0)).toContainText("Host");
  await expect(head.nth(5)).toContainText("Mr. Daniel Okonkwo-Reyes");
  await expect(head.nth(9)).toContainText("H.E. Ms. Aino Virtanen");
  await expect(head.nth(9)).toContainText("Guest of honour");
  const why = page.getByRole("group").filter({ hasText: "How the plan was made" });
  await expect(why).toContainText("Guest of honour H.E. Ms. Aino Virtanen to the host's right (Head table, seat 10).");
  await expect(why).toContainText("Co-host Mr. Daniel Okonkwo-Reyes opposite the host, in seat 6.");
  await expect(why).toContainText(/Ambassadors seated by credentials/);
  await expect(why).toContainText("2 plus-ones seated beside their guest.");
  await shoot(staffPage, url, "seated");

  // By keyboard: focus the guest's Move link, Enter, then the seat's button, Enter. No mouse.
  await page.getByRole("link", { name: "Move Ms. Rosa Méndez" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Choose a seat for Ms. Rosa Méndez" })).toBeVisible();
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  const target = page.getByRole("button", { name: /^Seat Ms\. Rosa Méndez at Table 1, seat 1, in place of / });
  await target.focus();
  await page.keyboard.press("Enter");
  await expect(seats(page, "Table 1").nth(0)).toContainText("Ms. Rosa Méndez");
  await page.reload();
  await expect(seats(page, "Table 1").nth(0)).toContainText("Ms. Rosa Méndez");
  await expect(page.getByText("40 of 40 places seated")).toBeVisible();

  // The plan as printed: the table plan, place cards and name badges, read back from their PDFs.
  const event = new URL(url).pathname.replace(/\/seating$/, "");
  const pdf = async (document: string) => {
    const answer = await page.context().request.get(`${event}/print/${document}`);
    expect(answer.status(), document).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/pdf");
    return readPdf(await answer.body());
  };
  const plan = await pdf("table-plan");
  // An overview, then a page for each of the four tables.
  expect(plan.pages).toBe(5);
  expect(plan.text).toMatch(/Head table[\s\S]*Ms\. Ingrid Halvorsen[\s\S]*H\.E\. Ms\. Aino Virtanen/);
  expect(plan.text).toMatch(/Table 1[\s\S]*Ms\. Rosa Méndez/);
  const cards = await pdf("place-cards");
  // Each card carries its name twice (once upside down, for the fold), two cards a page.
  expect(cards.text.split("H.E. Ms. Aino Virtanen").length - 1).toBe(2);
  expect(cards.pages).toBe(20);
  // A badge's name may wrap onto a second line.
  const badges = (await pdf("badges")).text.replace(/\s+/g, " ");
  expect(badges).toContain("H.E. Ms. Aino Virtanen");
  expect(badges).toContain("Ms. Rosa Méndez");
});

test("a guest who declines leaves the plan, and the page says so", async ({ staffPage }) => {
  const page = await staffPage(DEMO.editor);
  await openPlan(page);
  const plan = page.url();
  await page.getByRole("main").getByRole("link", { name: /^Guests/ }).click();
  await page.locator("summary", { hasText: /More actions for .*Lars Eriksen/ }).click();
  await page.getByRole("link", { name: /Record an answer for .*Lars Eriksen/ }).click();
  await page.getByRole("radio", { name: "Not attending" }).check();
  await page.getByRole("textbox", { name: /How did the answer reach you/ }).fill("Phoned by the mission");
  await page.getByRole("button", { name: "Record the answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Answer recorded: declined/ })).toBeVisible();

  await page.goto(plan);
  const warning = page.getByRole("alert").filter({ hasText: "A guest left the plan" });
  await expect(warning).toContainText(/H\.E\. Mr\. Lars Eriksen declined on \d+ \w+ and left Table \d \(seat \d+\)\./);
  await expect(page.getByText("38 of 38 places seated")).toBeVisible();
  await expect(page.getByRole("list", { name: /^Seats at / }).getByText("Lars Eriksen")).toHaveCount(0);
});

test("a viewer sees the plan but cannot change it", async ({ staffPage }) => {
  const page = await staffPage(DEMO.viewer);
  await openPlan(page);
  await expect(seats(page, "Head table").nth(0)).toContainText("Ms. Ingrid Halvorsen");
  await expect(page.getByRole("button", { name: "Seat by protocol" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Move / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Unseat / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Move .* (up|down)$/ })).toHaveCount(0);
});

test("an edit from a tab showing an older plan is refused, and neither move is lost", async ({ staffPage }) => {
  const first = await staffPage(DEMO.editor);
  await openPlan(first);
  const second = await staffPage(DEMO.editor);
  await second.goto(first.url());
  await expect(second.locator("html[data-hydrated]")).toBeAttached();

  await first.getByRole("button", { name: "Unseat Prof. Michael Hartmann" }).click();
  await expect(first.getByRole("list", { name: /^Seats at / }).getByText("Prof. Michael Hartmann")).toHaveCount(0);

  // The second tab still shows the plan before that move.
  await second.getByRole("button", { name: "Unseat Dr. Priya Raman" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else changed the plan; here it is now." })).toBeVisible();
  const unseated = second.getByRole("region", { name: /^Unseated/ }).or(second.locator("section", { has: second.getByRole("heading", { name: /^Unseated/ }) }));
  await expect(unseated.first()).toContainText("Prof. Michael Hartmann");
  await expect(second.getByRole("list", { name: /^Seats at / }).getByText("Dr. Priya Raman")).toHaveCount(1);

  // Made again on the plan as it is now, the move is saved; the first tab's stays.
  await second.getByRole("button", { name: "Unseat Dr. Priya Raman" }).click();
  await expect(second.getByRole("list", { name: /^Seats at / }).getByText("Dr. Priya Raman")).toHaveCount(0);
  await first.reload();
  await expect(first.getByRole("list", { name: /^Seats at / }).getByText("Prof. Michael Hartmann")).toHaveCount(0);
  await expect(first.getByRole("list", { name: /^Seats at / }).getByText("Dr. Priya Raman")).toHaveCount(0);
});

test("the person form takes a precedence class and a date of credentials; the guest list sorts by precedence", async ({ staffPage }) => {
  const page = await staffPage(DEMO.editor);
  await page.goto("/staff/people?q=Lindqvist");
  await page.getByRole("link", { name: /Sofia Lindqvist/ }).first().click();
  await expect(page.getByLabel("Precedence")).toHaveValue("ambassador");
  await expect(page.getByLabel("Date of credentials")).toHaveValue("2019-09-12");
  const person = page.url();
  await openPlan(page);
  await page.getByRole("main").getByRole("link", { name: /^Guests/ }).click();
  await page.getByRole("navigation", { name: "Sort the guest list" }).getByRole("link", { name: "Precedence" }).click();
  await expect(page).toHaveURL(/sort=precedence/);
  const guests = page.url();

  // The door's list too: by family name as printed, or in the order of precedence.
  await page.goto(guests.replace(/\/guests\?.*$/, "/check-in"));
  const door = page.getByRole("list", { name: "Guests" }).getByRole("listitem");
  await expect(page.getByRole("link", { name: "Family name", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(door.first()).not.toContainText("Budi Santoso");
  await page.getByRole("navigation", { name: "Order of the list" }).getByRole("link", { name: "Precedence" }).click();
  await expect(page).toHaveURL(/check-in\?order=precedence$/);
  await expect(page.getByRole("link", { name: "Precedence", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(door.first()).toContainText("H.E. Mr. Budi Santoso");
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of WIDTHS) {
    const shot = await staffPage(DEMO.editor, { viewport: { width, height: 900 } });
    for (const [name, url] of [
      ["person-form", person],
      ["guests-by-precedence", guests],
    ]) {
      await shot.goto(url);
      const overflow = await shot.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
      await shot.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    }
  }
});
