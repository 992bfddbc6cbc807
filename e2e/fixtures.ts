import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "@playwright/test";
import { staffContext } from "./auth";

type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };
/** A page's serious violations, or why axe could not scan it (which fails the test as a violation does). */
type Scan = { url: string; violations: AxeViolation[] } | { url: string; unscanned: string } | { url: string; tooWide: string };

// Time for one axe run on a page at rest: generous, for a busy machine.
const SCAN_TIMEOUT_MS = 60_000;
// Colours are measured at rest, not halfway through a transition.
const STILL = "<style>*,*::before,*::after{transition:none!important;animation:none!important}</style>";
const NAVIGATED = /Execution context was destroyed|because of a navigation|frame was detached/i;

/*
 * How pages are checked. axe never runs while a test is acting on the page
 * (a scan racing the test's clicks measured colours halfway through a change,
 * or never finished, and a scan that could not run had to be forgiven).
 * Instead, once the test is over, every page it showed is checked at rest:
 *  - the page each tab ends on, as the test left it (toasts, open dialogs, errors shown);
 *  - every other address a tab showed (loads and client-side moves alike), opened
 *    again in the same browser context, so a staff page is seen signed in, at the same width.
 * An address whose route was already checked at that width in this worker's run is
 * not opened again (e2e/a11y-sweep.spec.ts, first in the run, checks every route
 * at rest at desktop and phone width, and the end states are always checked). `expectAccessible(page)` checks a state in the middle of a test.
 * A page axe cannot scan fails the test.
 */

async function analyze(page: Page, url: string): Promise<Scan> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<Scan>((resolve) => {
    timer = setTimeout(() => resolve({ url, unscanned: `axe did not finish within ${SCAN_TIMEOUT_MS / 1000} s` }), SCAN_TIMEOUT_MS);
  });
  const run = new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    // One axe.run in the page itself. The default injects axe into every frame,
    // runs it in parts, then opens a blank page to join the parts: three copies
    // of axe and a page per scan, for frames we do not have (the only frame,
    // the mail preview's, is left out below). Only violations come back whole.
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    // axe cannot run inside a frame that forbids scripts and waits for it for
    // ever: such frames (the dev mailbox's email preview) are left out, the page around them is scanned.
    .exclude('iframe[sandbox]:not([sandbox~="allow-scripts"])')
    .analyze()
    .then(
      (result): Scan => ({ url, violations: result.violations.filter((v) => v.impact === "serious" || v.impact === "critical") }),
      (e: unknown): Scan => ({ url, unscanned: String(e instanceof Error ? e.message : e).split("\n")[0] }),
    );
  try {
    return await Promise.race([run, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** Scans the page as it is; a page that moves on by itself meanwhile (a redirect) is scanned once more where it lands. */
async function scan(page: Page, as?: string): Promise<Scan> {
  await page.waitForLoadState("load").catch(() => {});
  const first = await analyze(page, as ?? page.url());
  if (!("unscanned" in first) || !NAVIGATED.test(first.unscanned) || page.isClosed()) return first;
  await page.waitForLoadState("load").catch(() => {});
  const again = await analyze(page, as ?? page.url());
  return "unscanned" in again ? { url: again.url, unscanned: `${first.unscanned}; once more, where it landed: ${again.unscanned}` } : again;
}

function failuresOf(results: Scan[]): string[] {
  return results.flatMap((r) =>
    "tooWide" in r
      ? [`${r.url}: ${r.tooWide}`]
      : "unscanned" in r
      ? [`${r.url}: axe could not scan it (${r.unscanned})`]
      : r.violations.map((v) => `${r.url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`),
  );
}

// Routes checked at rest in this worker's run, by width and by whether scripts ran.
const checkedRoutes = new Set<string>();
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TOKEN = /[A-Za-z0-9_-]{32,}/g;
function routeOf(url: string, width: number, scriptless: boolean): string {
  const u = new URL(url);
  const plain = (s: string) => decodeURIComponent(s).replace(ID, ":id").replace(TOKEN, ":token");
  return `${width}${scriptless ? " no-js" : ""} ${plain(u.pathname)}${plain(u.search)}`;
}

/** A tab to check: where it went, and how to open those addresses again. */
type Watched = { page: Page; context: BrowserContext; scriptless: boolean; visited: string[] };

function record(page: Page, scriptless: boolean): Watched {
  const watched: Watched = { page, context: page.context(), scriptless, visited: [] };
  page.on("framenavigated", (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = frame.url();
    if (url.startsWith("http") && !watched.visited.includes(url)) watched.visited.push(url);
  });
  return watched;
}

/** Opens `url` again in `context` and scans it at rest (a page without scripts as the server sent it). */
async function revisit(context: BrowserContext, url: string, scriptless: boolean, helper: { page?: Page }): Promise<Scan | null> {
  if (scriptless) {
    // axe runs inside the page: the server's HTML with its styles and without its scripts, in a page that can run it.
    const response = await context.request.get(url);
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) return null;
    const html = await response.text();
    helper.page ??= await (await context.browser()!.newContext()).newPage();
    await helper.page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, "").replace("<head>", `<head><base href="${url}">${STILL}`), { waitUntil: "load" });
    return scan(helper.page, url);
  }
  try {
    helper.page ??= await context.newPage();
  } catch {
    return null; // the test closed this context itself, once it was done with it
  }
  const response = await helper.page.goto(url).catch((e: unknown) => String(e));
  if (typeof response === "string") return /net::ERR_ABORTED|Download is starting/.test(response) ? null : { url, unscanned: response.split("\n")[0] };
  if (response && !(response.headers()["content-type"] ?? "").includes("text/html")) return null;
  return scan(helper.page, url);
}

// The screens a journey's end state must fit without scrolling sideways (the
// a11y sweep checks every page at rest at the same widths).
const NARROW_WIDTHS = [390, 768];

/**
 * The tab as the test left it (a menu open, a dialog, an error shown), resized
 * in place to a phone's and a tablet's width: how far it scrolls sideways at
 * each. The tab gets its own size back afterwards.
 */
async function tooWideAt(page: Page): Promise<Scan[]> {
  const size = page.viewportSize();
  if (!size) return [];
  const url = page.url();
  const found: Scan[] = [];
  try {
    for (const width of NARROW_WIDTHS) {
      await page.setViewportSize({ width, height: width < 500 ? 844 : 1024 });
      const overflow = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => {
              const root = document.scrollingElement ?? document.documentElement;
              resolve(root.scrollWidth - root.clientWidth);
            }),
          ),
      );
      if (overflow > 0) found.push({ url, tooWide: `${overflow} px wider than a ${width} px screen, as the test left it` });
    }
  } catch (e) {
    // A page that moves on by itself meanwhile was checked where it landed by axe; its width is the sweep's to judge.
    if (!NAVIGATED.test(String(e))) throw e;
  } finally {
    await page.setViewportSize(size).catch(() => {});
  }
  return found;
}

/** Checks a tab: where it ends, as the test left it, then each other address it showed, at rest. */
async function check(w: Watched): Promise<Scan[]> {
  const width = w.page.viewportSize()?.width ?? 0;
  const results: Scan[] = [];
  let current: string | null = null;
  if (!w.page.isClosed() && w.page.url().startsWith("http")) {
    current = w.page.url();
    if (w.scriptless) {
      // The tab ran without JavaScript: its last address is opened again below, with axe able to run.
    } else {
      results.push(await scan(w.page));
      checkedRoutes.add(routeOf(current, width, false));
      results.push(...(await tooWideAt(w.page)));
    }
  }
  const helper: { page?: Page } = {};
  try {
    for (const url of w.visited) {
      const route = routeOf(url, width, w.scriptless);
      if ((url === current && !w.scriptless) || checkedRoutes.has(route)) continue;
      checkedRoutes.add(route);
      const result = await revisit(w.context, url, w.scriptless, helper);
      if (result) results.push(result);
    }
  } finally {
    if (helper.page) await (w.scriptless ? helper.page.context().close() : helper.page.close()).catch(() => {});
  }
  return results;
}

/**
 * For a tab opened outside the fixtures (`context.newPage()`): the returned
 * check, called before the context closes, scans where the tab is and the
 * addresses it showed, and fails on any serious or critical violation.
 */
export function watchAccessibility(page: Page): () => Promise<void> {
  const watched = record(page, false);
  return async () => {
    expect(failuresOf(await check(watched)), "accessibility violations (axe, serious or critical)").toEqual([]);
  };
}

/**
 * Waits for `target`; when it does not come, prints what the page shows (its
 * address and the start of its main text, into the run's output) and reads
 * the page once more. For a step that has failed in a full run but never
 * alone: the next failure says what the person saw.
 */
export async function secondLook(page: Page, target: Locator, what: string): Promise<void> {
  const seen = await target.first().waitFor({ timeout: 20_000 }).then(
    () => true,
    () => false,
  );
  if (seen) return;
  const main = await page
    .locator("main")
    .first()
    .innerText({ timeout: 5_000 })
    .catch(() => page.locator("body").innerText({ timeout: 5_000 }).catch((e: Error) => `(unreadable: ${e.message})`));
  console.log(`[second look] ${what}: not there at ${page.url()} after 20 s; the page showed:\n${main.slice(0, 1500)}\n[second look] reading the page again`);
  await page.reload();
}

/** What axe finds on the page as it is now, in words: serious or critical violations, or why it could not scan. */
export async function accessibilityFailures(page: Page): Promise<string[]> {
  return failuresOf([await scan(page)]);
}

/** Runs axe on the page as it is now (a state in the middle of a test, such as an error shown after a change). */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await scan(page);
  checkedRoutes.add(routeOf(page.url(), page.viewportSize()?.width ?? 0, false));
  expect(failuresOf([result]), "accessibility violations (axe, serious or critical)").toEqual([]);
}

type Axe = { watch: (page: Page, opts?: { scriptless?: boolean }) => Page };

/**
 * Every page a test opens goes through axe once the test is over (see above).
 * Any serious or critical violation, or a page axe cannot scan, fails the
 * test. Use `page`, or `staffPage(email)` / `openPage(options)` for pages in other contexts.
 */
export const test = base.extend<{
  contexts: BrowserContext[];
  axe: Axe;
  page: Page;
  staffPage: (email: string, options?: BrowserContextOptions) => Promise<Page>;
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
}>({
  // Set up before axe, so torn down after it: pages stay open for their checks.
  contexts: async ({}, use) => {
    const contexts: BrowserContext[] = [];
    await use(contexts);
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
  },
  axe: [
    async ({ contexts }, use, testInfo) => {
      void contexts;
      const watched: Watched[] = [];
      // Anything the Content-Security-Policy refused (Chromium reports it on the console).
      const refusals: string[] = [];
      await use({
        watch(page, opts) {
          page.on("console", (message) => {
            if (/Content[- ]Security[- ]Policy/i.test(message.text())) refusals.push(`${page.url()}: ${message.text()}`);
          });
          watched.push(record(page, opts?.scriptless ?? false));
          return page;
        },
      });
      // A test that failed has said why; its pages are not checked on top.
      if (testInfo.status !== testInfo.expectedStatus) return;
      const results: Scan[] = [];
      for (const w of watched) results.push(...(await check(w)));
      expect(failuresOf(results), "accessibility violations (axe, serious or critical)").toEqual([]);
      expect(refusals, "Content-Security-Policy violations").toEqual([]);
    },
    // The checks get their own time, apart from the test's.
    { timeout: 240_000 },
  ],
  page: async ({ page, axe }, use) => {
    await use(axe.watch(page));
  },
  staffPage: async ({ browser, axe, contexts }, use) => {
    await use(async (email, options) => {
      const context = await staffContext(browser, email, options);
      contexts.push(context);
      return axe.watch(await context.newPage(), { scriptless: options?.javaScriptEnabled === false });
    });
  },
  openPage: async ({ browser, axe, contexts }, use) => {
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return axe.watch(await context.newPage(), { scriptless: options?.javaScriptEnabled === false });
    });
  },
});

export { expect };
