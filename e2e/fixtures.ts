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
 * `page` runs axe on every page a test visits (each load, and the page it
 * ends on) and fails the test on any serious or critical violation.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const scans: Promise<Awaited<ReturnType<typeof scan>>>[] = [];
    page.on("load", () => {
      scans.push(scan(page));
    });
    await use(page);
    scans.push(scan(page));
    const results = (await Promise.all(scans)).filter((r): r is NonNullable<typeof r> => r !== null);
    const failures = results.flatMap((r) =>
      r.violations.map((v) => `${r.url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`),
    );
    expect(failures, "accessibility violations (axe, serious or critical)").toEqual([]);
  },
});

export { expect };
