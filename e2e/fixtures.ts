import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };

async function scan(page: Page): Promise<{ url: string; violations: AxeViolation[] } | null> {
  const url = page.url();
  if (!url.startsWith("http")) return null;
  try {
    const result = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    return { url, violations: result.violations.filter((v) => v.impact === "serious" || v.impact === "critical") };
  } catch {
    // The page navigated away mid-scan; the final page is scanned at the end.
    return null;
  }
}

/**
 * Runs axe on every page `page` loads from now on, and on the page it ends
 * on; the returned check fails the test on any serious or critical
 * violation. The `page` fixture does this for every test; pages of other
 * contexts (signed-in staff) call it themselves.
 */
export function watchAccessibility(page: Page): () => Promise<void> {
  const scans: Promise<Awaited<ReturnType<typeof scan>>>[] = [];
  page.on("load", () => {
    scans.push(scan(page));
  });
  return async () => {
    if (!page.isClosed()) scans.push(scan(page));
    const results = (await Promise.all(scans)).filter((r): r is NonNullable<typeof r> => r !== null);
    const failures = results.flatMap((r) =>
      r.violations.map((v) => `${r.url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`),
    );
    expect(failures, "accessibility violations (axe, serious or critical)").toEqual([]);
  };
}

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const check = watchAccessibility(page);
    await use(page);
    await check();
  },
});

export { expect };

/** Runs axe on the page as it is now (after a change made without a page load). */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await scan(page);
  const failures = (result?.violations ?? []).map((v) => `${result?.url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`);
  expect(failures, "accessibility violations (axe, serious or critical)").toEqual([]);
}
