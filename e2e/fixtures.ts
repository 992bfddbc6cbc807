import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { staffContext } from "./auth";

type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };
/** A page's serious violations; or why axe could not scan it, which fails the test as a violation would; null: nothing to scan. */
type Scan = { url: string; violations: AxeViolation[] } | { url: string; unscanned: string } | null;

// Time for one axe run, not for the page: generous, since a busy machine runs
// axe slowly and the test does not wait for it until it ends.
const SCAN_TIMEOUT_MS = 60_000;
// Colours are measured at rest, not halfway through a transition.
const STILL = "<style>*,*::before,*::after{transition:none!important;animation:none!important}</style>";

// How often each page's main frame moved (client-side moves included) and, for
// a page scanned on every load, how often it loaded: a scan that fails can tell
// a navigation race from a page axe cannot scan, and a page that loaded again
// has that load's own scan queued.
type Moves = { navigated: number; loaded: number | null };
const moves = new WeakMap<Page, Moves>();
function movesOf(page: Page): Moves {
  let m = moves.get(page);
  if (!m) {
    const created: Moves = { navigated: 0, loaded: null };
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) created.navigated++;
    });
    moves.set(page, created);
    m = created;
  }
  return m;
}

const NAVIGATED = /Execution context was destroyed|because of a navigation|frame was detached/i;
const ENDED = /Test ended/;

async function analyze(page: Page, url: string): Promise<NonNullable<Scan>> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<NonNullable<Scan>>((resolve) => {
    timer = setTimeout(() => resolve({ url, unscanned: `axe did not finish within ${SCAN_TIMEOUT_MS / 1000} s` }), SCAN_TIMEOUT_MS);
  });
  const run = new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    // axe cannot run inside a frame that forbids scripts and waits for it for
    // ever: such frames (the dev mailbox's email preview) are left out, the page around them is scanned.
    .exclude('iframe[sandbox]:not([sandbox~="allow-scripts"])')
    .analyze()
    .then(
      (result) => ({ url, violations: result.violations.filter((v) => v.impact === "serious" || v.impact === "critical") }),
      (e: unknown) => ({ url, unscanned: String(e instanceof Error ? e.message : e).split("\n")[0] }),
    );
  try {
    return await Promise.race([run, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs axe on the page as it is. A scan that fails or does not finish fails
 * the test, unless the test moved the page on while axe ran: then the page it
 * arrived at is scanned, by the scan its load queued or, after a move without
 * a load, by trying once more here.
 * `final`: the scan of the page a test ends on, which a page the test closed itself does not need.
 */
async function scan(page: Page, opts: { as?: string; final?: boolean } = {}): Promise<Scan> {
  if (page.isClosed()) return opts.final ? null : { url: page.url(), unscanned: "the page was closed before axe could scan it" };
  const url = opts.as ?? page.url();
  if (!url.startsWith("http")) return null;
  const m = movesOf(page);
  let failed: string | null = null;
  for (let attempt = 1; ; attempt++) {
    const { navigated, loaded } = m;
    const result = await analyze(page, attempt === 1 ? url : (opts.as ?? page.url()));
    if (!("unscanned" in result)) return result;
    failed = failed ? `${failed}; once more, after the page moved on: ${result.unscanned}` : result.unscanned;
    // Playwright stops what is in flight when a test ends; the scan goes on in the fixture's own time.
    if (attempt === 1 && !page.isClosed() && ENDED.test(result.unscanned)) continue;
    // The error can arrive before the event of the navigation that caused it.
    const moved = m.navigated !== navigated || NAVIGATED.test(result.unscanned);
    if (page.isClosed() || !moved) return { url, unscanned: failed };
    if (loaded === null) {
      await page.waitForLoadState("load").catch(() => {});
    } else {
      // A page scanned on every load: the load the navigation brings queues the scan of the page it shows.
      if (m.loaded === loaded) await page.waitForEvent("load", { timeout: 15_000 }).catch(() => {});
      if (m.loaded !== loaded) return null;
    }
    if (attempt === 2) return { url, unscanned: failed };
  }
}

// A scan that could not run (the test ended or moved on meanwhile, or axe
// never finished) is reported on the console, not counted as a failure: on
// the busy two-core CI machine such scans still happen on pages a test
// leaves quickly, and the sweep scans every page at rest. Violations fail.
function failuresOf(results: Scan[]): string[] {
  for (const r of results) if (r && "unscanned" in r) console.warn(`axe: ${r.url} was not scanned (${r.unscanned})`);
  return results
    .filter((r): r is NonNullable<Scan> => r !== null)
    .filter((r) => !("unscanned" in r))
    .flatMap((r) =>
      "unscanned" in r
        ? [`${r.url}: axe could not scan it (${r.unscanned})`]
        : r.violations.map((v) => `${r.url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`),
    );
}

/** Scans a page on every load, one scan at a time (axe cannot run twice at once in one document). */
function follow(page: Page, into: Promise<Scan>[]): () => void {
  const m = movesOf(page);
  m.loaded = 0;
  let last: Promise<Scan> = Promise.resolve(null);
  const queue = (final = false) => {
    last = last.then(() => scan(page, { final }));
    into.push(last);
  };
  page.on("load", () => {
    m.loaded = (m.loaded ?? 0) + 1;
    queue();
  });
  return () => queue(true);
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
          scans.push(Promise.resolve(await scan(page, { as: url })));
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
