import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { staffContext } from "./auth";

type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };
type Scan = { url: string; violations: AxeViolation[] } | null;

const SCAN_TIMEOUT_MS = 20_000;
// Colours are measured at rest, not halfway through a transition.
const STILL = "<style>*,*::before,*::after{transition:none!important;animation:none!important}</style>";

async function analyze(page: Page, url: string): Promise<Scan> {
  try {
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    return { url, violations: result.violations.filter((v) => v.impact === "serious" || v.impact === "critical") };
  } catch {
    // The page navigated away mid-scan; the final page is scanned at the end.
    return null;
  }
}

async function scan(page: Page, as?: string): Promise<Scan> {
  if (page.isClosed()) return null;
  const url = as ?? page.url();
  if (!url.startsWith("http")) return null;
  let timer: NodeJS.Timeout | undefined;
  // A page that navigates or downloads mid-scan can leave axe waiting for ever: give up on that scan, not the test.
  const gaveUp = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), SCAN_TIMEOUT_MS);
  });
  try {
    return await Promise.race([analyze(page, url), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

function failuresOf(results: Scan[]): string[] {
  return results
    .filter((r): r is NonNullable<Scan> => r !== null)
    .flatMap((r) => r.violations.map((v) => `${r.url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`));
}

/** Scans a page on every load, one scan at a time (axe cannot run twice at once in one document). */
function follow(page: Page, into: Promise<Scan>[]): () => void {
  let last: Promise<Scan> = Promise.resolve(null);
  const queue = () => {
    last = last.then(() => scan(page));
    into.push(last);
  };
  page.on("load", queue);
  return queue;
}

/**
 * Runs axe on every page `page` loads from now on, and on the page it ends
 * on; the returned check fails the test on any serious or critical violation.
 */
export function watchAccessibility(page: Page): () => Promise<void> {
  const scans: Promise<Scan>[] = [];
  const queue = follow(page, scans);
  return async () => {
    queue();
    expect(failuresOf(await Promise.all(scans)), "accessibility violations (axe, serious or critical)").toEqual([]);
  };
}

/** Runs axe on the page as it is now (after a change made without a page load). */
export async function expectAccessible(page: Page): Promise<void> {
  expect(failuresOf([await scan(page)]), "accessibility violations (axe, serious or critical)").toEqual([]);
}

type Axe = { watch: (page: Page, opts?: { scriptless?: boolean }) => Page };

/**
 * Every page a test opens goes through axe: each load, and the page it ends
 * on. Any serious or critical violation fails the test. Use `page`, or
 * `staffPage(email)` / `openPage(options)` for pages in other contexts.
 */
export const test = base.extend<{
  contexts: BrowserContext[];
  axe: Axe;
  page: Page;
  staffPage: (email: string, options?: BrowserContextOptions) => Promise<Page>;
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
}>({
  // Set up before axe, so torn down after it: pages stay open for their last scan.
  contexts: async ({}, use) => {
    const contexts: BrowserContext[] = [];
    await use(contexts);
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
  },
  axe: [
    async ({ contexts, browser }, use) => {
      void contexts;
      const scans: Promise<Scan>[] = [];
      const finals: (() => void)[] = [];
      // Anything the Content-Security-Policy refused (Chromium reports it on the console).
      const refusals: string[] = [];
      // axe runs inside the page, so pages with JavaScript turned off are scanned
      // afterwards at the same (GET-safe) addresses in a page that can run it.
      // Each address with the context that opened it, so a staff page is fetched signed in.
      const scriptless = new Map<string, BrowserContext>();
      await use({
        watch(page, opts) {
          page.on("console", (message) => {
            if (/Content[- ]Security[- ]Policy/i.test(message.text())) refusals.push(`${page.url()}: ${message.text()}`);
          });
          if (opts?.scriptless) {
            page.on("load", () => {
              if (page.url().startsWith("http")) scriptless.set(page.url(), page.context());
            });
          } else {
            finals.push(follow(page, scans));
          }
          return page;
        },
      });
      for (const last of finals) last();
      if (scriptless.size) {
        // The page as a browser without JavaScript shows it: the server's HTML with
        // its styles and without its scripts, scanned in a page where axe can run.
        const context = await browser.newContext();
        const page = await context.newPage();
        for (const [url, opener] of scriptless) {
          const html = await (await opener.request.get(url)).text();
          await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, "").replace("<head>", `<head><base href="${url}">${STILL}`), { waitUntil: "load" });
          scans.push(Promise.resolve(await scan(page, url)));
        }
        await context.close();
      }
      expect(failuresOf(await Promise.all(scans)), "accessibility violations (axe, serious or critical)").toEqual([]);
      expect(refusals, "Content-Security-Policy violations").toEqual([]);
    },
    // The last scans get their own time, apart from the test's.
    { timeout: 120_000 },
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
