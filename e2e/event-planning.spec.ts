import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

test.describe("planning an event", () => {
  test("an editor sets up a Chatham House roundtable, sees a clash, and the public page reads right", { tag: "@pglite" }, async ({ staffPage }) => {
    const page = await staffPage(DEMO.editor);
    await page.goto("/staff/events");
    await page.getByRole("link", { name: "New event" }).click();
    await expect(page.locator("form[data-ready]")).toBeAttached();

    await page.getByRole("textbox", { name: "Title", exact: true }).fill("Climate, Peace and Security in the Sahel");
    await page.getByLabel("Format").selectOption("roundtable");
    // The roundtable's defaults arrive with the format.
    await expect(page.getByLabel("Attribution")).toHaveValue("chatham_house");
    await page.getByLabel("Status").selectOption("scheduled");
    await page.getByLabel("Who can see it").selectOption("public");
    await page.getByLabel("Venue").selectOption({ label: "IPI Europe, Vienna" });
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Vienna");
    await page.getByLabel("Starts").fill("2027-03-04T10:00");
    await page.getByLabel("Ends").fill("2027-03-04T12:00");
    await page.getByLabel("Capacity").fill("30");
    await page.getByLabel("Add a co-host").selectOption({ label: "Government of Canada" });
    // A co-host not yet in Convene is created without leaving the form.
    await page.getByRole("button", { name: "New organization" }).click();
    const dialog = page.getByRole("dialog", { name: "Add an organization" });
    await dialog.getByRole("textbox", { name: /^Name/ }).fill("Institute for Security Studies");
    await dialog.getByLabel("Kind").selectOption("institute");
    await dialog.getByRole("button", { name: "Add" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("list", { name: "Co-hosts in order" })).toContainText("2.Institute for Security Studies");
    await page.getByRole("checkbox", { name: /Name the speakers/ }).check();
    await page.getByRole("button", { name: "Create event" }).click();

    await expect(page.getByText("Saved.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Climate, Peace and Security in the Sahel" })).toBeVisible();
    await expect(page.getByText("Thursday 4 March 2027, 10 am–12 pm CET").first()).toBeVisible();

    // Three speakers in three roles, found in the directory or created on the spot.
    await page.getByRole("main").getByRole("link", { name: /^Programme/ }).click();
    await page.getByLabel("Find by name, affiliation or email").fill("Søreide");
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByLabel(/Role for .*Ine Eriksen Søreide/).selectOption("opening_remarks");
    await page.getByRole("button", { name: /Add .*Ine Eriksen Søreide/ }).click();
    await expect(page.getByRole("region", { name: "Opening remarks" })).toContainText("Ine Eriksen Søreide");

    await page.getByLabel("Find by name, affiliation or email").fill("Sherman");
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByLabel(/Role for .*Jake Sherman/).selectOption("moderator");
    await page.getByRole("button", { name: /Add .*Jake Sherman/ }).click();
    await expect(page.getByRole("region", { name: "Moderator" })).toContainText("Jake Sherman");

    await page.getByLabel("Given name").fill("Aminata");
    await page.getByLabel("Family name").fill("Touré");
    await page.getByRole("textbox", { name: /^Title/ }).fill("Former Prime Minister");
    await page.getByRole("textbox", { name: /^Affiliation/ }).fill("Senegal");
    await page.locator("#new-role").selectOption("discussant");
    await page.getByRole("button", { name: "Create and add" }).click();
    await expect(page.getByRole("region", { name: "Discussant" })).toContainText("Aminata Touré");

    // An agenda whose opening is on the record.
    const addItem = page.getByRole("region", { name: "Add an agenda item" });
    await addItem.getByLabel("Starts").fill("10:00");
    await addItem.getByLabel("Ends").fill("10:15");
    await addItem.getByRole("textbox", { name: "Item", exact: true }).fill("Opening remarks");
    await addItem.getByLabel("Attribution").selectOption("on_record");
    await addItem.getByRole("button", { name: "Add to agenda" }).click();
    await expect(page.getByRole("button", { name: "Remove Opening remarks" })).toBeVisible();
    await expect(addItem.getByRole("textbox", { name: "Item", exact: true })).toHaveValue("");
    await addItem.getByLabel("Starts").fill("10:15");
    await addItem.getByRole("textbox", { name: "Item", exact: true }).fill("Discussion");
    await addItem.getByLabel("Attribution").selectOption("inherit");
    await addItem.getByRole("button", { name: "Add to agenda" }).click();
    await expect(page.getByText("Public page: “Opening remarks on the record; discussion under the Chatham House rule.”")).toBeVisible();

    // Moving it onto another event's venue and time warns but saves.
    await page.getByRole("link", { name: "Overview" }).click();
    await page.getByRole("link", { name: "Edit details" }).click();
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await page.getByLabel("Venue").selectOption({ label: "IPI MENA Office, Manama" });
    // The seminar's day as the seed counts it: nine days on in Manama's own calendar (from 21:00 UTC that is a day ahead of UTC's).
    const seminarDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bahrain", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + 9 * 86_400_000));
    await page.getByLabel("Starts").fill(`${seminarDay}T18:30`);
    await page.getByLabel("Ends").fill(`${seminarDay}T19:30`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "clashes" })).toContainText("MIKTA and the Future of UN Peacekeeping");
    await expect(page.getByRole("alert").filter({ hasText: "clashes" })).toContainText("same venue at the same time");

    // The public page: badge, co-host, speakers by role, the agenda note.
    await page.getByRole("link", { name: "View public page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Climate, Peace and Security in the Sahel" })).toBeVisible();
    await expect(page.getByText("Chatham House rule", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Event details" })).toContainText("Government of Canada and Institute for Security Studies");
    await expect(page.getByText("Opening remarks on the record; discussion under the Chatham House rule.")).toBeVisible();
    const programme = page.getByRole("region", { name: "Programme" });
    expect(await programme.getByRole("heading", { level: 3 }).allTextContents()).toEqual(["Opening remarks", "Discussant", "Moderator"]);
  });

  test("a viewer sees events and their history but can change nothing", async ({ staffPage }) => {
    const page = await staffPage(DEMO.viewer);
    await page.goto("/staff/events");
    await expect(page.getByRole("link", { name: "New event" })).toHaveCount(0);
    await page.getByRole("link", { name: /Consolidating Peace and Advancing Development in Sierra Leone/ }).click();
    await expect(page.getByRole("link", { name: "Edit details" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Cancel event" })).toHaveCount(0);
    await page.getByRole("main").getByRole("link", { name: /^Programme/ }).click();
    await expect(page.getByRole("region", { name: "Speakers", exact: true })).toContainText("Mohamed Ibn Chambas");
    await expect(page.getByRole("button", { name: /Move .* up/ })).toHaveCount(0);
    const url = page.url().replace(/\/programme$/, "/edit");
    const response = await page.goto(url);
    expect(response?.status()).toBe(403);
    await page.goto("/staff/events/new");
    await expect(page.getByRole("heading", { name: "This page needs another role" })).toBeVisible();
  });
});

test("the calendar shows each event in the reader's zone with its own time noted", async ({ staffPage }) => {
  const page = await staffPage(DEMO.viewer, { timezoneId: "Europe/London" });
  const day = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/staff/calendar?view=week&date=${day}`);
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  const seminar = page.getByRole("link", { name: /MIKTA and the Future of UN Peacekeeping/ });
  await expect(seminar).toContainText("6 pm GMT+3 there");
  await expect(page.getByText(/Times in your zone \(Europe\/London\)/)).toBeVisible();
  await page.getByLabel("Venue").selectOption({ label: "IPI Europe" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("link", { name: /MIKTA/ })).toHaveCount(0);
});

test("on a phone the calendar is an agenda, and the view chosen stays in the address", async ({ staffPage }) => {
  const page = await staffPage(DEMO.viewer, { viewport: { width: 390, height: 844 }, timezoneId: "Europe/London" });
  const day = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/staff/calendar?date=${day}`);
  const title = (await page.getByRole("heading", { level: 2, name: /^[A-Z][a-z]+ \d{4}$/ }).textContent())!;
  // No grid showing Monday to Wednesday: the month's events as a list, each at its time here.
  await expect(page.getByRole("region", { name: title, exact: true })).toBeHidden();
  const agenda = page.getByRole("region", { name: `${title}, as a list` });
  await expect(agenda.getByRole("link", { name: /MIKTA and the Future of UN Peacekeeping/ })).toContainText("6 pm GMT+3 there");
  await expect(page.getByRole("navigation", { name: "Calendar view" }).getByRole("link", { name: "Agenda" })).toHaveAttribute("aria-current", "page");
  // A month chosen on a phone: every day of the week in view, above the same list.
  await page.getByRole("navigation", { name: "Calendar view" }).getByRole("link", { name: "Month" }).click();
  await expect(page).toHaveURL(/[?&]view=month/);
  const grid = page.getByRole("region", { name: title, exact: true });
  await expect(grid.getByRole("columnheader")).toHaveCount(7);
  expect(await grid.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(agenda.getByRole("link", { name: /MIKTA/ })).toBeVisible();
  // The filters keep the view chosen.
  await page.getByLabel("Venue").selectOption({ label: "IPI Europe" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]view=month/);
  await expect(agenda.getByRole("link", { name: /MIKTA/ })).toHaveCount(0);
});

test("the dashboard gives the reader's own time in the same style as the event's", async ({ staffPage }) => {
  const page = await staffPage(DEMO.viewer, { timezoneId: "Europe/London" });
  await page.goto("/staff");
  const table = page.getByRole("region", { name: "Events this week and next" });
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  const readerTimes = table.locator("time");
  await expect(readerTimes.first()).toHaveText(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}, \d{1,2}(:\d{2})? (am|pm) (GMT|BST)$/);
});
