import fs from "node:fs";
import config from "../playwright.config";
import { DEMO, readSignInLink, signIn } from "./auth";
import { expect, test } from "./fixtures";

// The variables an operator is told about: the rows of the README's Environment table.
const documented = [...fs.readFileSync("README.md", "utf8").matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);

test.describe("staff sign-in and roles", () => {
  test("the demo admin signs in at the operator's own address, with only the README's variables, and signs out", { tag: "@pglite" }, async ({ page, baseURL }) => {
    // The server runs as an operator would run it: APP_URL, no AUTH_URL, not at `localhost`.
    const given = Object.keys(config.webServer && !Array.isArray(config.webServer) ? (config.webServer.env ?? {}) : {});
    expect(given.filter((name) => name !== "PORT" && !documented.includes(name)), "variables the README does not tell an operator about").toEqual([]);
    expect(given).not.toContain("AUTH_URL");
    const origin = new URL(baseURL!).origin;
    expect(new URL(origin).hostname).toBe("127.0.0.1");

    const started = Date.now();
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill(DEMO.admin);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = await readSignInLink(page, DEMO.admin);
    expect(new URL(link).origin).toBe(origin);
    await page.goto(link);
    const callback = page.waitForResponse((r) => r.url().includes("/api/auth/callback/email"));
    await page.getByRole("button", { name: "Sign in" }).click();
    const answer = await callback;
    expect(answer.status()).toBe(302);
    expect(new URL(answer.headers()["location"], origin).origin, "Auth.js redirects to APP_URL, where the page's CSP lets the form go").toBe(origin);
    await expect(page).toHaveURL(`${origin}/staff`);
    console.log(`sign-in round trip: ${Date.now() - started} ms`);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Staff" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff/);
  });

  test("an unknown address sees the same page and gets no email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill("stranger@example.org");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("If stranger@example.org belongs to a member of staff");
    // The lookup runs after the answer. A staff member's link asked for next goes through the same
    // work, begun later: once that email is in, the stranger's outcome is in the outbox too.
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill(DEMO.viewer);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await readSignInLink(page, DEMO.viewer);
    await page.goto("/dev/mailbox?to=stranger%40example.org");
    await expect(page.getByText("No messages to stranger@example.org yet.")).toBeVisible();
  });

  test("a bad address is explained next to the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill("not an address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter an email address like name@example.org")).toBeVisible();
    await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  });

  test("opening the link does not use it up; the button does, once", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill(DEMO.editor);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = await readSignInLink(page, DEMO.editor);
    // A mail scanner opens the link twice: nothing happens.
    await page.goto(link);
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/staff$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "This sign-in link has already been used" })).toBeVisible();
    await expect(page.getByText("Each link signs in once.")).toBeVisible();
  });

  test("anonymous visitors to staff pages are sent to sign in", async ({ page }) => {
    await page.goto("/staff/users");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff%2Fusers/);
    await expect(page.getByRole("heading", { name: "Sign in to Convene" })).toBeVisible();
  });

  test("on a phone, the staff menu opens from the top bar, leads to a section and closes behind it; on a desk it is the sidebar", async ({ staffPage }) => {
    const page = await staffPage(DEMO.admin);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/staff");
    const nav = page.getByRole("navigation", { name: "Staff" });
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(nav).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await nav.getByRole("link", { name: "Venues" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Venues" })).toBeVisible();
    await expect(nav).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(nav.getByRole("link", { name: "Venues" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a viewer cannot reach an admin page or retry emails", async ({ staffPage }) => {
    const page = await staffPage(DEMO.viewer);
    const response = await page.goto("/staff/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "This page needs another role" })).toBeVisible();
    await page.goto("/staff/email");
    await expect(page.getByRole("heading", { level: 1, name: "Email" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Send again/ })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Staff" })).toHaveCount(0);
  });

  test("an admin adds a staff member, who can then sign in", async ({ staffPage, page }) => {
    const admin = await staffPage(DEMO.admin);
    await admin.goto("/staff/users");
    await admin.getByLabel("Name").fill("Nadia Haddad");
    await admin.getByLabel("Work email").fill("N.Haddad@Example.org");
    await admin.getByRole("combobox", { name: "Role", exact: true }).selectOption("editor");
    await admin.getByRole("button", { name: "Add staff member" }).click();
    const row = admin.getByRole("row", { name: /Nadia Haddad/ });
    await expect(row).toContainText("n.haddad@example.org");
    await expect(row.getByRole("combobox", { name: "Role for Nadia Haddad" })).toHaveValue("editor");
    // The same address again is refused in words.
    await admin.getByLabel("Name").fill("Nadia Again");
    await admin.getByLabel("Work email").fill("n.haddad@example.org");
    await admin.getByRole("button", { name: "Add staff member" }).click();
    await expect(admin.getByText("Someone with this email address is already on the staff list.")).toBeVisible();

    await signIn(page, "n.haddad@example.org");
    await expect(page.getByText("Editor · n.haddad@example.org").first()).toBeAttached();
  });
});
