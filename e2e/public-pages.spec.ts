import { slugify } from "../lib/events/slug";
import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

test.describe("the public events pages", () => {
  test("a visitor finds an upcoming forum and reads its programme", async ({ page }) => {
    const title = "An Agenda for the People by the People: Consolidating Peace and Advancing Development in Sierra Leone";
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
    const upcoming = page.getByRole("region", { name: "Upcoming" });
    await expect(upcoming.getByRole("link", { name: title })).toBeVisible();
    // Drafts and internal meetings never reach the public list.
    await expect(page.getByText("The Importance of Multilateralism and Women’s Rights")).toHaveCount(0);
    await expect(page.getByText(/Staff Meeting/)).toHaveCount(0);

    await upcoming.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/events\/an-agenda-for-the-people-by-the-people/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const details = page.getByRole("complementary", { name: "Event details" });
    await expect(details).toContainText(/10 am–12 pm (EST|EDT)/);
    await expect(details).toContainText("Government of Sierra Leone");

    // Speakers by role, in protocol order, each with title and affiliation.
    const programme = page.getByRole("region", { name: "Programme" });
    const roles = await programme.getByRole("heading", { level: 3 }).allTextContents();
    expect(roles).toEqual(["Welcoming remarks", "Opening remarks", "Speakers", "Moderator", "Closing remarks"]);
    await expect(programme.getByRole("region", { name: "Speakers" })).toContainText("Mr. Mohamed Ibn Chambas");
    await expect(programme.getByRole("region", { name: "Speakers" })).toContainText("Special Representative of the Secretary-General, United Nations");
    await expect(programme.getByRole("region", { name: "Moderator" })).toContainText("Ms. Jimena Leiva Roesch");

    // Into the reader's calendar, or passed on: plain links, and the event's own .ics file.
    const calendar = details.getByRole("region", { name: "Add to calendar" });
    const google = new URL((await calendar.getByRole("link", { name: /^Google/ }).getAttribute("href"))!);
    expect(google.hostname).toBe("calendar.google.com");
    expect(google.searchParams.get("text")).toBe(title);
    await expect(calendar.getByRole("link", { name: /^Outlook/ })).toHaveAttribute("href", /^https:\/\/outlook\.office\.com\//);
    const ics = (await calendar.getByRole("link", { name: "Apple and others (.ics)" }).getAttribute("href"))!;
    const file = await page.request.get(ics);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("text/calendar");
    const body = await file.text();
    expect(body).toContain("BEGIN:VEVENT");
    expect(body.replace(/\r\n /g, "")).toContain("SUMMARY:An Agenda for the People by the People");
    expect((await page.request.get("/events/no-such-event/calendar.ics")).status()).toBe(404);
    const share = details.getByRole("region", { name: "Share" });
    await expect(share.getByRole("link", { name: "By email" })).toHaveAttribute("href", /^mailto:\?subject=/);
    await expect(share.getByRole("link", { name: /^LinkedIn/ })).toHaveAttribute("href", /linkedin\.com/);
    // On paper: the programme, not the forms and buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("region", { name: "Register" })).toBeHidden();
    await expect(calendar).toBeHidden();
    await expect(programme).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    // Feed readers find the news feed from the page's head.
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  });

  test("a Chatham House roundtable explains the rule and shows no guests", async ({ page }) => {
    await page.goto("/events/women-peace-and-security-and-the-protection-of-civilians");
    const badge = page.getByText("Chatham House rule", { exact: true }).first();
    await expect(badge).toBeVisible();
    await badge.focus();
    await expect(page.getByRole("tooltip")).toContainText("may not reveal the identity or affiliation");
    await expect(page.getByRole("complementary", { name: "Event details" })).toContainText(
      "Held under the Chatham House rule",
    );
    // The agenda says which parts are on the record.
    await expect(page.getByText("Opening remarks on the record; discussion: comparing", { exact: false })).toBeVisible();
    // Invited guests (accepted, declined, waitlisted) are never named.
    for (const guest of ["Whitfield", "Amiri", "Tapesh", "Lindborg", "Erdberg", "Elshami"]) {
      await expect(page.getByText(guest, { exact: false })).toHaveCount(0);
    }
  });

  test("a past event leads with its published recap", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("region", { name: "Recent recaps" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Afghan Women and an Inclusive, Enduring Peace" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Related coverage" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Watch the full forum/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "The programme" })).toBeVisible();
  });

  test("drafts, internal meetings and unknown addresses are a real 404", async ({ page, request }) => {
    for (const slug of ["the-importance-of-multilateralism-and-womens-rights", "no-such-event", "UPPER-case", "a%00b"]) {
      const response = await request.get(`/events/${slug}`);
      expect(response.status(), slug).toBe(404);
    }
    const internalSlug = slugify("Staff Meeting with the US State Department’s Civil Society Delegation of African Women Leaders");
    const internal = await request.get(`/events/${internalSlug}`);
    expect(internal.status()).toBe(404);
    await page.goto("/events/no-such-event");
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    // The site's own header and footer, once, so a lost visitor knows where they are.
    for (const address of ["/events/no-such-event", "/no-such-page"]) {
      await page.goto(address);
      await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("banner").getByRole("link", { name: /International Peace Institute/ })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
    }
    await page.getByRole("link", { name: "See upcoming events" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("the pages read well on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/", "/events", "/events/human-rights-and-the-2030-agenda", "/events/an-agenda-for-the-people-by-the-people-consolidating-peace-and-advancing"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    // On a phone the date and place come before the description.
    const details = page.getByRole("complementary", { name: "Event details" });
    const detailsTop = (await details.boundingBox())?.y ?? Infinity;
    const programmeTop = (await page.getByRole("heading", { name: "Programme" }).boundingBox())?.y ?? 0;
    expect(detailsTop).toBeLessThan(programmeTop);
  });
});

test("the public calendar feed lists open events in their own zones, never drafts or invitation-only ones", async ({ request }) => {
  const response = await request.get("/events.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const body = await response.text();
  expect(body).toContain("SUMMARY:MIKTA and the Future of UN Peacekeeping");
  expect(body).toMatch(/DTSTART;TZID=America\/New_York:\d{8}T100000/);
  expect(body).toMatch(/DTSTART;TZID=Asia\/Bahrain:\d{8}T180000/);
  expect(body).not.toContain("Importance of Multilateralism");
  expect(body).not.toContain("United Nations Peace Operations and Partnerships");
  expect(body).not.toContain("Staff Meeting");
});

test("every page carries the security headers; a guest's page is private and never sends its address on", async ({ request }) => {
  const home = await request.get("/");
  const h = home.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const guest = await request.get(`/rsvp/${"A".repeat(43)}`);
  expect(guest.status()).toBe(404);
  expect(guest.headers()["referrer-policy"]).toBe("same-origin");
  expect(guest.headers()["x-robots-tag"]).toBe("noindex, nofollow");
});

test("an event titled with emoji gets its social card, drawn without the internet", async ({ staffPage, request }) => {
  // next/og fetches emoji pictures from a CDN while rendering; with no internet
  // that was an empty reply. The card leaves out what its font cannot draw.
  const title = `Climate 🌍 and Peace 🕊️ in the Sahel 🇸🇳 ${Date.now()}`;
  const page = await staffPage(DEMO.editor);
  await page.goto("/staff/events/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Format").selectOption("seminar");
  await page.getByLabel("Status").selectOption("scheduled");
  await page.getByLabel("Who can see it").selectOption("public");
  await page.getByLabel("Venue").selectOption({ label: "IPI Europe, Vienna" });
  await page.getByLabel("Starts").fill("2027-05-04T10:00");
  await page.getByLabel("Ends").fill("2027-05-04T12:00");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/staff\/events\/[0-9a-f-]{36}/);

  const listing = await (await request.get("/events")).text();
  const slug = listing.match(/href="\/events\/(climate-and-peace-in-the-sahel[a-z0-9-]*)"/)?.[1];
  expect(slug, "the event on /events").toBeTruthy();
  for (const path of [`/og/events/${slug}`, "/og"]) {
    const card = await request.get(path);
    expect(card.status(), path).toBe(200);
    expect(card.headers()["content-type"], path).toBe("image/png");
    const png = await card.body();
    expect(png.subarray(0, 8).toString("hex"), path).toBe("89504e470d0a1a0a");
    expect(png.length, path).toBeGreaterThan(5_000);
  }
});

test("a staff page for a record that is gone says so inside the staff pages, with the way back", async ({ staffPage }) => {
  const staff = await staffPage(DEMO.editor);
  const response = await staff.goto("/staff/events/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(staff.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(staff.getByRole("main")).toHaveCount(1);
  await expect(staff.getByRole("navigation").getByRole("link", { name: "Events" }).first()).toBeVisible();
  await staff.getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(staff).toHaveURL(/\/staff$/);
});
