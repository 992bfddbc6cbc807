import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { tabTo } from "./keyboard";

const ROUNDTABLE = "Women, Peace and Security and the Protection of Civilians";
const SLUG = "women-peace-and-security-and-the-protection-of-civilians";
const SOREIDE = "H.E. Ms. Ine Eriksen Søreide";

test.describe("speakers by agenda item", () => {
  test("staff tie the opening speaker to the on-the-record opening of a Chatham House roundtable: the public page names her for it, and nobody under the Rule", async ({ staffPage, page }) => {
    const staff = await staffPage(DEMO.editor);
    await staff.goto("/staff/events");
    await staff.getByRole("link", { name: "Past" }).click();
    await staff.getByRole("link", { name: ROUNDTABLE }).first().click();
    await staff.getByRole("main").getByRole("link", { name: /^Programme/ }).click();
    await staff.getByLabel("Find by name, affiliation or email").fill("Søreide");
    await staff.getByRole("button", { name: "Find" }).click();
    await staff.getByLabel(/Role for .*Ine Eriksen Søreide/).selectOption("opening_remarks");
    await staff.getByRole("button", { name: /Add .*Ine Eriksen Søreide/ }).click();
    const opening = staff.getByRole("region", { name: "Opening remarks" });
    await expect(opening).toContainText("Ine Eriksen Søreide");
    // Attached to nothing yet, she may have spoken anywhere: under the Rule.
    await expect(opening).toContainText("Not named on the public page");
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();

    // By keyboard: tick the opening item in her "Speaks at" group, then save.
    const speaksAt = staff.getByRole("group", { name: `Speaks at (${SOREIDE})` });
    const item = speaksAt.getByRole("checkbox", { name: /^Opening remarks/ });
    await tabTo(staff, item, { back: true });
    await staff.keyboard.press("Space");
    await expect(item).toBeChecked();
    await tabTo(staff, speaksAt.getByRole("button", { name: `Save the agenda items ${SOREIDE} speaks at` }));
    await staff.keyboard.press("Enter");
    await expect(staff.getByRole("status").filter({ hasText: `${SOREIDE} speaks at: Opening remarks.` })).toBeVisible();
    await expect(opening).toContainText("Named on the public page: speaks only outside the Chatham House rule.");
    // The discussants speak in the sessions under the Rule.
    await expect(staff.getByRole("region", { name: "Discussants" })).toContainText("Not named on the public page: speaks under the Chatham House rule.");
    await staff.reload();
    await expect(staff.getByRole("group", { name: `Speaks at (${SOREIDE})` }).getByRole("checkbox", { name: /^Opening remarks/ })).toBeChecked();

    // The public page: named for the opening, and nobody under the Rule.
    await page.goto(`/events/${SLUG}`);
    await expect(page.getByRole("list", { name: "Speakers: Opening remarks" })).toHaveText(SOREIDE);
    const programme = page.getByRole("region", { name: /programme/i });
    expect(await programme.getByRole("heading", { level: 3 }).allTextContents()).toEqual(["Opening remarks"]);
    for (const name of ["Taylor", "Sherman"]) await expect(page.getByText(name, { exact: false })).toHaveCount(0);
    await expect(page.getByText("Other speakers are not named: the discussion is held under the Chatham House rule.")).toBeVisible();
  });

  test("a speaker booked at an overlapping event is warned on the Programme tab", async ({ staffPage }) => {
    const staff = await staffPage(DEMO.editor);
    await staff.goto("/staff/events");
    await staff.getByRole("link", { name: /MIKTA and the Future of UN Peacekeeping/ }).first().click();
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    // A copy keeps the time and the speakers: each of them is now booked twice.
    await staff.getByRole("button", { name: "Duplicate as draft" }).click();
    await expect(staff).toHaveURL(/\/edit\?duplicated=1$/);
    await staff.getByRole("main").getByRole("link", { name: /^Programme/ }).click();
    const warning = staff.getByRole("alert").filter({ hasText: "booked at another event at the same time" });
    await expect(warning).toContainText("5 speakers are booked at another event at the same time");
    await expect(warning).toContainText("Dr. Dongsuk Kim also speaks at MIKTA and the Future of UN Peacekeeping.");
    await expect(warning.getByRole("link", { name: "MIKTA and the Future of UN Peacekeeping" }).first()).toHaveAttribute("href", /\/staff\/events\/[0-9a-f-]+\/programme$/);
    await expect(staff.getByRole("listitem").filter({ hasText: "Dr. Dongsuk Kim" }).filter({ hasText: "Korea National Diplomatic Academy" })).toContainText(
      "Also speaks at MIKTA and the Future of UN Peacekeeping at the same time.",
    );

    // The copy goes again, so no other journey meets it.
    await staff.getByRole("link", { name: "Overview" }).click();
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await staff.getByRole("button", { name: "Delete draft" }).click();
    await staff.getByRole("alertdialog").getByRole("button", { name: "Delete draft" }).click();
    await expect(staff).toHaveURL(/filter=drafts&deleted=1/);
  });

  test("an agenda item is changed in place, not deleted and added again, and the history says how", async ({ staffPage }) => {
    const staff = await staffPage(DEMO.editor);
    await staff.goto("/staff/events");
    await staff.getByRole("link", { name: /MIKTA and the Future of UN Peacekeeping/ }).first().click();
    await staff.getByRole("main").getByRole("link", { name: /^Programme/ }).click();
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    const add = staff.getByRole("region", { name: "Add an agenda item" });
    await add.getByRole("textbox", { name: "Item", exact: true }).fill("Coffee break");
    await add.getByLabel("Starts").fill("11:00");
    await add.getByRole("button", { name: "Add to agenda" }).click();
    const agenda = staff.getByRole("region", { name: "Agenda", exact: true });
    await expect(agenda.getByRole("listitem").filter({ hasText: "Coffee break" })).toContainText("11 am");

    await agenda.getByText("Edit Coffee break").click();
    const item = agenda.getByRole("listitem").filter({ hasText: "Coffee break" });
    await item.getByRole("textbox", { name: "Item", exact: true }).fill("Networking coffee");
    await item.getByLabel("Starts").fill("11:15");
    await item.getByLabel("Ends").fill("11:45");
    await item.getByRole("button", { name: "Save item" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "“Networking coffee” saved." })).toBeVisible();
    const changed = agenda.getByRole("listitem").filter({ hasText: "Networking coffee" });
    await expect(changed).toContainText(/11:15.*11:45/);
    await expect(agenda.getByText("Coffee break")).toHaveCount(0);
    // Saved, the form closes.
    await expect(changed.getByRole("button", { name: "Save item" })).toBeHidden();

    // A time that ends before it starts is refused beside the field, and nothing changes.
    await agenda.getByText("Edit Networking coffee").click();
    await changed.getByLabel("Ends").fill("11:00");
    await changed.getByRole("button", { name: "Save item" }).click();
    await expect(changed.getByText("The item must end after it starts")).toBeVisible();
    await staff.reload();
    await expect(staff.getByRole("region", { name: "Agenda", exact: true }).getByRole("listitem").filter({ hasText: "Networking coffee" })).toContainText(/11:15.*11:45/);

    await staff.getByRole("main").getByRole("link", { name: /^History/ }).click();
    await expect(staff.getByText("changed the agenda item “Networking coffee” (renamed from “Coffee break”; now 11:15–11:45)")).toBeVisible();

    // Tidy up: the item goes again.
    await staff.getByRole("main").getByRole("link", { name: /^Programme/ }).click();
    await staff.getByRole("button", { name: "Remove Networking coffee" }).click();
    await expect(staff.getByRole("region", { name: "Agenda", exact: true }).getByText("Networking coffee")).toHaveCount(0);
  });
});
