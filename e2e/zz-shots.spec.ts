import { DEMO } from "./auth";
import { test } from "./fixtures";

test("shots", async ({ staffPage, openPage }) => {
  for (const width of [1280, 390]) {
    const page = await openPage({ viewport: { width, height: 900 } });
    await page.goto("/");
    await page.screenshot({ path: `/tmp/shots/home-${width}.png` });
    await page.goto("/events/an-agenda-for-the-people-by-the-people-consolidating-peace-and-advancing");
    await page.screenshot({ path: `/tmp/shots/event-${width}.png` });
    const staff = await staffPage(DEMO.editor, { viewport: { width, height: 900 } });
    await staff.goto("/staff");
    await staff.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await staff.screenshot({ path: `/tmp/shots/dashboard-${width}.png` });
    await staff.goto("/staff/events");
    await staff.getByRole("link", { name: "Past" }).click();
    await staff.getByRole("link", { name: "Women, Peace and Security and the Protection of Civilians" }).first().click();
    await staff.screenshot({ path: `/tmp/shots/event-overview-${width}.png` });
  }
});
