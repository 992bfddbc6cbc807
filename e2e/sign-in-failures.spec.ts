import { readSignInLink, DEMO } from "./auth";
import { expect, test } from "./fixtures";
import { loopback, postActionFrom } from "./from-address";
import { EXPIRED_LINK } from "./sign-in-fixture-data";

// Every way a sign-in can go wrong ends on a page that says which, in words.
test.describe("when sign-in cannot go ahead", () => {
  test("an expired link says it has expired", async ({ page }) => {
    await page.goto(`/sign-in/verify?${new URLSearchParams({ token: EXPIRED_LINK.token, email: EXPIRED_LINK.email, callbackUrl: "/staff" })}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "This sign-in link has expired" })).toBeVisible();
    await expect(page.getByText("Links work for 10 minutes after they are sent.")).toBeVisible();
    await page.getByRole("link", { name: "Ask for a new link" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Convene" })).toBeVisible();
  });

  test("someone taken off the staff list after asking for a link is told they are not on it", async ({ page, staffPage }) => {
    const admin = await staffPage(DEMO.admin);
    await admin.goto("/staff/users");
    await admin.getByLabel("Name").fill("Leila Farouk");
    await admin.getByLabel("Work email").fill("leila.farouk@example.org");
    await admin.getByRole("combobox", { name: "Role", exact: true }).selectOption("viewer");
    await admin.getByRole("button", { name: "Add staff member" }).click();
    await expect(admin.getByRole("row", { name: /Leila Farouk/ })).toBeVisible();

    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill("leila.farouk@example.org");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = await readSignInLink(page, "leila.farouk@example.org");

    await admin.getByRole("button", { name: "Remove Leila Farouk" }).click();
    await admin.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
    await expect(admin.getByRole("row", { name: /Leila Farouk/ })).toHaveCount(0);

    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "This address is not on the staff list" })).toBeVisible();
    await expect(page.getByText("Only staff added by an admin can sign in.")).toBeVisible();
  });

  test("asking for many links for one address: the page says the last one still works, and nothing about who is staff", async ({ page }) => {
    // From a loopback address of its own, so these asks do not count against the rest of the suite's.
    const from = loopback();
    const ask = () => postActionFrom(from, "/sign-in", "app/sign-in/actions.ts#requestSignIn", { email: "much-asked@example.org", callbackUrl: "/staff" });
    for (let i = 0; i < 5; i++) {
      const answer = await ask();
      expect(answer.redirect, `ask ${i + 1}`).toContain("/sign-in/check-email");
      expect(answer.redirect, `ask ${i + 1}`).not.toContain("limited=1");
    }
    const sixth = await ask();
    expect(sixth.redirect).toContain("/sign-in/check-email");
    expect(sixth.redirect).toContain("limited=1");
    await page.goto(sixth.redirect.split(";")[0]);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect(page.getByText("Many links were asked for this address in the last hour.")).toBeVisible();
    await expect(page.getByText("No new link is sent while the last one still works: use the newest sign-in email in that inbox.")).toBeVisible();
    // The form is not refused: a member of staff is never locked out.
    await expect(page.getByText("Too many sign-in links")).toHaveCount(0);
  });

  test("a signed-in member of staff is never sent to another site after sign-in", async ({ staffPage, baseURL }) => {
    const admin = await staffPage(DEMO.admin);
    const origin = new URL(baseURL!).origin;
    // As written in issue 14: the callbackUrl part of the address, percent-encoded or not.
    for (const callbackUrl of [
      "%2F.%2F%2Fevil.example%2Fphish",
      "/%2e//evil.example/phish",
      "/..//evil.example/phish",
      "/staff/..//evil.example/phish",
      "/./\\evil.example/phish",
      "%2F%2Fevil.example",
      "https%3A%2F%2Fevil.example",
    ]) {
      const response = await admin.request.get(`/sign-in?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
      expect(response.status(), callbackUrl).toBe(307);
      const location = response.headers()["location"];
      expect(new URL(location, `${origin}/sign-in`).origin, `${callbackUrl} -> ${location}`).toBe(origin);
    }
    // A page of this site is kept.
    const kept = await admin.request.get(`/sign-in?callbackUrl=%2Fstaff%2Fusers`, { maxRedirects: 0 });
    expect(kept.headers()["location"]).toMatch(/^(\/|https?:\/\/[^/]+\/)staff\/users$/);
  });
});
