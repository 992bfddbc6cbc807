import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

const TITLE = "Arctic Governance and the High North";
const TRYGVE_LIE = "IPI Trygve Lie Center for Peace, Security & Development";
const FINLAND = "Permanent Mission of Finland to the United Nations";

test("an event's history reads in words: names for venues, co-hosts, the speaker and the guest, times on the event's clock and the reader's", async ({ staffPage }) => {
  // The reader sits in Vienna; the event is in New York.
  const page = await staffPage(DEMO.editor, { timezoneId: "Europe/Vienna" });
  await page.goto("/staff/events/new");
  await expect(page.locator("form[data-ready]")).toBeAttached();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(TITLE);
  await page.getByLabel("Format").selectOption("seminar");
  await page.getByLabel("Status").selectOption("scheduled");
  await page.getByLabel("Venue").selectOption({ label: `${TRYGVE_LIE}, New York` });
  await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");
  await page.getByLabel("Starts").fill("2027-02-11T10:00");
  await page.getByLabel("Ends").fill("2027-02-11T12:00");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  // Later in the day, at the mission, with a co-host.
  await page.getByRole("link", { name: "Edit details" }).click();
  await expect(page.locator("form[data-ready]")).toBeAttached();
  await page.getByLabel("Venue").selectOption({ label: `${FINLAND}, New York` });
  await page.getByLabel("Starts").fill("2027-02-11T14:00");
  await page.getByLabel("Ends").fill("2027-02-11T16:00");
  await page.getByLabel("Add a co-host").selectOption({ label: "Government of Canada" });
  await expect(page.getByRole("list", { name: "Co-hosts in order" })).toContainText("Government of Canada");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // A moderator.
  await page.getByRole("main").getByRole("link", { name: /^Programme/ }).click();
  await page.getByLabel("Find by name, affiliation or email").fill("Søreide");
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByLabel(/Role for .*Ine Eriksen Søreide/).selectOption("moderator");
  await page.getByRole("button", { name: /Add .*Ine Eriksen Søreide/ }).click();
  await expect(page.getByRole("region", { name: "Moderator" })).toContainText("Ine Eriksen Søreide");

  // A guest, invited, whose answer came by phone.
  await page.getByRole("main").getByRole("link", { name: /^Guests/ }).click();
  await page.getByRole("link", { name: "Add from directory" }).first().click();
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  await page.getByRole("checkbox", { name: /Domenico Bellato/ }).check();
  await page.getByRole("button", { name: "Add 1 to the guest list" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 guest added." })).toBeVisible();
  await page.getByRole("link", { name: "Send invitations (1)" }).click();
  await page.getByRole("button", { name: /^Send 1 invitation/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "on the way" })).toBeVisible();
  await page.locator("summary", { hasText: /More actions for .*Domenico Bellato/ }).click();
  await page.getByRole("link", { name: /Record an answer for .*Domenico Bellato/ }).click();
  await page.getByRole("radio", { name: "Attending", exact: true }).check();
  await page.getByRole("textbox", { name: /How did the answer reach you/ }).fill("Phoned by the embassy, 3 February");
  await page.getByRole("button", { name: "Record the answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Answer recorded: accepted." })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "History" }).click();
  const history = page.getByRole("list", { name: "History, newest first" });
  const entry = (text: RegExp) => history.getByRole("listitem").filter({ has: page.locator("p", { hasText: text }) }).first();

  const answer = entry(/recorded an answer for/);
  await expect(answer).toContainText("recorded an answer for H.E. Mr. Domenico Bellato: accepted — “Phoned by the embassy, 3 February”");

  await expect(entry(/to the programme/)).toContainText("added H.E. Ms. Ine Eriksen Søreide to the programme as moderator");
  await expect(entry(/invitation to/)).toContainText("sent the invitation to H.E. Mr. Domenico Bellato");

  const edit = entry(/changed the start/);
  await expect(edit).toContainText("changed the start, the end, the venue and the co-hosts");
  await expect(edit).toContainText("The start: Thursday 11 February 2027, 10 am EST → Thursday 11 February 2027, 2 pm EST");
  await expect(edit).toContainText("The end: Thursday 11 February 2027, 12 pm EST → Thursday 11 February 2027, 4 pm EST");
  await expect(edit).toContainText(`The venue: ${TRYGVE_LIE} → ${FINLAND}`);
  await expect(edit).toContainText("The co-hosts: none → Government of Canada");

  // When: the event's clock (New York), then the reader's (Vienna).
  await expect(edit.locator("time").first()).toHaveText(/^\w+day \d+ \w+ \d{4}, \d+(:\d\d)? [ap]m E[SD]T$/);
  await expect(edit).toContainText(/your time: .*CES?T/);

  await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}/);
  await expect(history).not.toContainText(/\d{4}-\d\d-\d\dT\d\d:/);
  await expect(history).not.toContainText(/\b1 item\b/);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`history-${width}.png`), fullPage: true });
  }
});
