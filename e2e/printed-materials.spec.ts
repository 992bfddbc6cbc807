import { DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { readPdf } from "./pdf-text";

// Printed materials: staff open the Guests tab, follow each PDF link and get
// the document, with the institute's name and the guests' names in it; a
// viewer may print too; nobody signed out gets one.

const DINNER = /United Nations Peace Operations and Partnerships/;

test("staff print an event's badges, place cards and table documents from the Guests tab; signed out, nothing", async ({ staffPage, openPage }) => {
  const staff = await staffPage(DEMO.editor);
  await staff.goto("/staff/events?filter=upcoming");
  await staff.getByRole("link", { name: DINNER }).first().click();
  await staff.getByRole("link", { name: "Guests" }).first().click();
  const materials = staff.getByRole("region", { name: "Printed materials" });
  await expect(materials).toBeVisible();

  const links = materials.getByRole("link");
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  expect(hrefs.some((h) => h.endsWith("/print/badges"))).toBe(true);
  expect(hrefs.some((h) => h.endsWith("/print/place-cards"))).toBe(true);

  for (const href of hrefs) {
    const response = await staff.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const { text, pages } = await readPdf(await response.body());
    expect(pages, href).toBeGreaterThan(0);
    expect(text, href).toContain("International Peace Institute");
    if (/badges|place-cards/.test(href)) expect(text, href).toContain("Mr. Achim Steiner");
    if (href.endsWith("badges?chatham=1")) expect(text).toContain("Held under the Chatham House rule");
  }
  const eventPath = hrefs[0].split("/print/")[0];
  for (const kind of ["table-plan", "table-numbers", "escort-cards"]) {
    const response = await staff.request.get(`${eventPath}/print/${kind}`);
    expect(response.status(), kind).toBe(200);
    expect((await readPdf(await response.body())).text).toMatch(/No tables yet|Nobody is seated yet/);
  }
  expect((await staff.request.get(`${eventPath}/print/guest-list`)).status()).toBe(404);

  // A viewer may print; nobody signed out may.
  const viewer = await staffPage(DEMO.viewer);
  const viewed = await viewer.request.get(`${eventPath}/print/badges`);
  expect(viewed.status()).toBe(200);
  expect((await readPdf(await viewed.body())).text).toContain("Mr. Achim Steiner");
  const anon = await openPage();
  const refused = await anon.request.get(`${eventPath}/print/badges`, { maxRedirects: 0 });
  expect([307, 401]).toContain(refused.status());
  expect(refused.headers()["content-type"] ?? "").not.toContain("application/pdf");
});
