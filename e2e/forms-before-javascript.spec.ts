import type { Locator, Page } from "@playwright/test";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { linkInEmail } from "./mail";

// A form is right before its scripts run: the server's HTML carries what is
// stored (a browser without JavaScript, a slow phone, a person typing while
// the page hydrates), and a form posted without JavaScript saves.

const PARALLEL = /Forces Operating in Parallel to UN Peace Operations/;
const PEOPLE_POWER = /People Power and Preventing Violent Extremism/;

async function openEvent(page: Page, title: RegExp, filter: "past" | "upcoming" = "past"): Promise<string> {
  await page.goto(`/staff/events?filter=${filter}`);
  const link = page.getByRole("link", { name: title }).first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/staff\/events\/[0-9a-f-]{36}$/);
  return href!;
}

/** The selected option's text: what a person sees in the closed select. */
const shown = (select: Locator) => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");

test.describe("forms before JavaScript", () => {
  test("the event edit page shows what is stored and saves it with JavaScript off", async ({ staffPage }) => {
    const page = await staffPage(DEMO.editor, { javaScriptEnabled: false });
    const event = await openEvent(page, PARALLEL);
    await page.goto(`${event}/edit`);

    await expect(page.getByRole("textbox", { name: /^Title/ })).toHaveValue("Forces Operating in Parallel to UN Peace Operations");
    await expect(page.getByRole("textbox", { name: /^Subtitle/ })).toHaveValue("Briefing on IPI’s report on parallel forces");
    await expect(page.getByRole("spinbutton", { name: /^Capacity/ })).toHaveValue("60");
    await expect(page.getByLabel(/^Starts/)).toHaveValue(/T10:00$/);
    await expect(page.getByLabel(/^Ends/)).toHaveValue(/T11:15$/);
    await expect(page.getByLabel(/^Reply by/)).toHaveValue(/T10:00$/);
    expect(await shown(page.getByRole("combobox", { name: /^Format/ }))).toBe("Briefing");
    expect(await shown(page.getByRole("combobox", { name: /^Status/ }))).toBe("Scheduled");
    expect(await shown(page.getByRole("combobox", { name: /^Venue/ }))).toMatch(/^IPI Trygve Lie Center/);
    expect(await shown(page.getByRole("combobox", { name: /^Programme area/ }))).toBe("Peace Operations");
    expect(await shown(page.getByRole("combobox", { name: /^Time zone/ }))).toBe("America/New York");
    expect(await shown(page.getByRole("combobox", { name: /^Who can see it/ }))).toMatch(/^Public/);
    await expect(page.getByRole("textbox", { name: /^Summary/ })).toHaveValue(/^Since the end of the Cold War/);
    await expect(page.getByRole("checkbox", { name: /^Ask about accessibility needs/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Guests may bring a plus-one/ })).not.toBeChecked();

    // Saved without JavaScript: the one change made, and nothing else.
    await page.getByRole("spinbutton", { name: /^Capacity/ }).fill("64");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`${event}\\?saved=1$`));
    await page.goto(`${event}/history`);
    const newest = page.getByRole("list", { name: "History, newest first" }).getByRole("listitem").first();
    await expect(newest).toContainText("64");
    await expect(newest.getByRole("listitem")).toHaveCount(1);
    await page.goto(`${event}/edit`);
    await expect(page.getByRole("spinbutton", { name: /^Capacity/ })).toHaveValue("64");
    expect(await shown(page.getByRole("combobox", { name: /^Format/ }))).toBe("Briefing");
  });

  test("a refused save without JavaScript says why and keeps what was typed", async ({ staffPage }) => {
    const page = await staffPage(DEMO.editor, { javaScriptEnabled: false });
    const event = await openEvent(page, PARALLEL);
    await page.goto(`${event}/edit`);
    await page.getByRole("textbox", { name: /^Title/ }).fill("");
    await page.getByRole("textbox", { name: /^Subtitle/ }).fill("Briefing on the report, second edition");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^Title/ })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("textbox", { name: /^Subtitle/ })).toHaveValue("Briefing on the report, second edition");
    expect(await shown(page.getByRole("combobox", { name: /^Format/ }))).toBe("Briefing");
  });

  test("what is typed before the page's scripts arrive is kept, not merged with what is stored", async ({ staffPage }) => {
    const page = await staffPage(DEMO.editor);
    const event = await openEvent(page, PEOPLE_POWER);
    // The scripts are held back until the person has typed, as on a slow connection.
    let release = () => {};
    const scripts = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/.*\.js/, async (route) => {
      await scripts;
      await route.continue();
    });
    await page.goto(`${event}/edit`, { waitUntil: "commit" });
    const capacity = page.getByRole("spinbutton", { name: /^Capacity/ });
    await expect(capacity).toHaveValue("120");
    await capacity.fill("80");
    const subtitle = page.getByRole("textbox", { name: /^Subtitle/ });
    await subtitle.fill("A policy forum, with the report’s authors");
    release();
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await expect(capacity).toHaveValue("80");
    await expect(subtitle).toHaveValue("A policy forum, with the report’s authors");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`${event}\\?saved=1$`));
    await page.goto(`${event}/history`);
    const newest = page.getByRole("list", { name: "History, newest first" }).getByRole("listitem").first();
    await expect(newest.getByRole("listitem")).toHaveCount(2);
    await expect(newest).toContainText("80");
    await expect(newest).not.toContainText("12080");
  });

  test("the directory's forms and the recap editor show what is stored before JavaScript runs", async ({ staffPage }) => {
    const page = await staffPage(DEMO.editor, { javaScriptEnabled: false });

    await page.goto("/staff/people?q=Pierce");
    await page.getByRole("link", { name: /Karen Pierce/ }).first().click();
    await expect(page.getByRole("textbox", { name: /^Honorific/ })).toHaveValue("H.E. Ms.");
    await expect(page.getByRole("textbox", { name: /^Given name/ })).toHaveValue("Karen");
    await expect(page.getByRole("textbox", { name: /^Family name/ })).toHaveValue("Pierce");
    await expect(page.getByRole("textbox", { name: /^Affiliation/ })).toHaveValue("United Kingdom");
    await expect(page.getByRole("textbox", { name: /^Email/ })).toHaveValue("k.pierce@uk-mission.example.org");

    await page.goto("/staff/venues");
    await page.getByRole("link", { name: "IPI MENA Office" }).first().click();
    await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue("IPI MENA Office");
    await expect(page.getByRole("textbox", { name: /^City/ })).toHaveValue("Manama");
    expect(await shown(page.getByRole("combobox", { name: /^Time zone/ }))).toBe("Asia/Bahrain");
    await expect(page.getByRole("textbox", { name: /^Capacity/ })).toHaveValue("60");

    await page.goto("/staff/organizations?q=Stimson");
    await page.getByRole("link", { name: "Stimson Center" }).first().click();
    await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue("Stimson Center");
    expect(await shown(page.getByRole("combobox", { name: /^Kind/ }))).toMatch(/institute/i);

    await page.goto("/staff/programs");
    await page.getByRole("link", { name: "Peace Operations" }).first().click();
    await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue("Peace Operations");
    await expect(page.getByRole("textbox", { name: /^Description/ })).toHaveValue(/^The Brian Urquhart Center/);

    // The recap editor's fields, with the draft's text.
    const minusca = await openEvent(page, /MINUSCA’s Mandate and Political Strategy/);
    await page.goto(`${minusca}/recap`);
    await expect(page.getByRole("textbox", { name: /^Text/ })).toHaveValue(/\S/);
    await expect(page.getByRole("textbox", { name: /^Topics/ })).toHaveValue("Central African Republic, MINUSCA, Security Council");
    expect(await shown(page.getByRole("combobox", { name: /^Programme area/ }))).toBe("Peace Operations");
  });

  test("the guest's page shows their stored answer before JavaScript runs", async ({ staffPage, openPage }) => {
    const staff = await staffPage(DEMO.editor);
    await openEvent(staff, /Sigh of Relief Reception/, "upcoming").then((event) => staff.goto(`${event}/guests`));
    await expect(staff.locator("html[data-hydrated]")).toBeAttached();
    await staff.getByRole("button", { name: "Re-send to Ms. Nancy Lindborg" }).click();
    await expect(staff.getByText("Invitation sent again to n.lindborg@usip.example.org.").first()).toBeVisible();

    const guest = await openPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const link = await linkInEmail(guest, "n.lindborg@usip.example.org", /Invitation: Sigh of Relief/, "Respond");
    await guest.goto(link);
    await guest.getByRole("link", { name: "Change my details" }).click();
    await expect(guest.getByRole("textbox", { name: /^Bringing someone/ })).toHaveValue("Ms. Leanne Erdberg");
  });
});
