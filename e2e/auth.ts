import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

// Links this run has already read: each is used once, so seeing one again
// means the new email has not arrived yet (delivery is asynchronous). Kept in
// a file of the run's own (its port), since a failed test restarts the worker
// process and a set in memory would forget the links read before it.
const readLinksFile = path.join("test-results", `.sign-in-links-read-${process.env.E2E_PORT ?? "local"}`);
const readLinks = {
  has: (href: string) => fs.existsSync(readLinksFile) && fs.readFileSync(readLinksFile, "utf8").split("\n").includes(href),
  add: (href: string) => {
    fs.mkdirSync(path.dirname(readLinksFile), { recursive: true });
    fs.appendFileSync(readLinksFile, `${href}\n`);
  },
};

/** The newest sign-in link sent to `email`, read from the dev mailbox as a person would. */
export async function readSignInLink(page: Page, email: string): Promise<string> {
  let href: string | null = null;
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    const first = page.getByRole("list", { name: "Messages" }).getByRole("link").first();
    await expect(first).toContainText("Sign in", { timeout: 1000 });
    await first.click();
    // The email as the mailbox holds it (the preview frame's document): its "Sign in" button's address.
    const html = (await page.locator("iframe").first().getAttribute("srcdoc", { timeout: 5000 })) ?? "";
    const found = html.match(/href="([^"]*\/sign-in\/verify\?[^"]+)"/)?.[1];
    href = found ? found.replace(/&amp;/g, "&") : null;
    expect(href).toBeTruthy();
    expect(readLinks.has(href!), "a sign-in link read before: the new email is not there yet").toBe(false);
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
  readLinks.add(href!);
  return href!;
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await readSignInLink(page, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff/);
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const states = new Map<string, StorageState>();

// Signed-in states are kept for the whole run (Playwright empties its output
// folder when a run starts, and the database is fresh then too): a worker
// started after a failure reuses them instead of asking for another link,
// so retries never run into the sign-in rate limit (5 links an hour).
const stateDir = path.join(process.env.E2E_OUTPUT_DIR ?? path.join("test-results", "playwright"), ".auth");
const stateFile = (email: string) => path.join(stateDir, `${email.replace(/[^a-z0-9.@-]/gi, "_")}.json`);

/** Whether a kept state still opens a session (an admin may have signed everyone out since). */
async function stillSignedIn(browser: Browser, state: StorageState): Promise<boolean> {
  const context = await browser.newContext({ storageState: state });
  try {
    const session = (await (await context.request.get("/api/auth/session")).json()) as { user?: unknown } | null;
    return Boolean(session?.user);
  } finally {
    await context.close();
  }
}

/** A signed-in browser context for `email`, signing in through the dev mailbox once per run (and again if signed out). */
export async function staffContext(browser: Browser, email: string, options: BrowserContextOptions = {}) {
  let state = states.get(email);
  if (!state && fs.existsSync(stateFile(email))) state = JSON.parse(fs.readFileSync(stateFile(email), "utf8")) as StorageState;
  if (state && !(await stillSignedIn(browser, state))) state = undefined;
  if (!state) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    state = await context.storageState();
    await context.close();
    fs.mkdirSync(stateDir, { recursive: true });
    fs.writeFileSync(stateFile(email), JSON.stringify(state));
  }
  states.set(email, state);
  return browser.newContext({ ...options, storageState: state });
}

export const DEMO = {
  admin: "admin@convene.local",
  editor: "editor@convene.local",
  viewer: "viewer@convene.local",
} as const;
