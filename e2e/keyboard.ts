import { expect, type Locator, type Page } from "@playwright/test";

/** The focused element shows a focus indicator (an outline or a ring), or nothing is focused. */
export async function focusIsVisible(page: Page): Promise<{ ok: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: true, what: "body" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
    const ring = style.boxShadow !== "none" && style.boxShadow !== "";
    const what = `${el.tagName.toLowerCase()} “${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}”`;
    return { ok: outline || ring, what };
  });
}

/**
 * Presses Tab (Shift+Tab when `back`) until `target` has focus, as a person
 * at the keyboard would, checking at every stop that focus can be seen.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const focus = await focusIsVisible(page);
    expect(focus.ok, `focus on ${focus.what} is visible`).toBe(true);
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

type Stop = { name: string; top: number; bottom: number; left: number; right: number };

/**
 * The Tab stops inside `scope`, in the order Tab reaches them, each with
 * where it sits on the page (sticky bars measured where they belong in the
 * flow, not where they float).
 */
export async function tabStops(page: Page, scope: Locator, { max = 120, attempt = 1 } = {}): Promise<Stop[]> {
  // Start just before the scope's first control, as if the person had read down to it.
  await scope.evaluate((el) => {
    for (const old of document.querySelectorAll("[data-tab-stop]")) old.removeAttribute("data-tab-stop");
    const start = document.createElement("span");
    start.tabIndex = -1;
    start.dataset.tabStart = "";
    el.prepend(start);
    start.focus();
  });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const where = await scope.evaluate((el, index) => {
      const active = document.activeElement;
      if (!active || active === document.body || !el.contains(active)) return "left";
      if (active.hasAttribute("data-tab-stop")) return "again";
      active.setAttribute("data-tab-stop", String(index));
      return "inside";
    }, i);
    if (where !== "inside") break;
  }
  // The page was still settling (a navigation made by the router swaps the
  // content once it has arrived): the start marker went with what React
  // replaced, and focus with it. Read down the page again, as the person would.
  const replaced = await scope.evaluate((el) => !el.querySelector("[data-tab-start]"));
  if (replaced && attempt < 3) return tabStops(page, scope, { max, attempt: attempt + 1 });
  return scope.evaluate((el) => {
    el.querySelector("[data-tab-start]")?.remove();
    const stuck = [...document.querySelectorAll<HTMLElement>("*")].filter((e) => ["sticky", "fixed"].includes(getComputedStyle(e).position) && e.querySelector("[data-tab-stop]"));
    for (const e of stuck) e.style.setProperty("position", "static", "important");
    const stops = [...el.querySelectorAll<HTMLElement>("[data-tab-stop]")]
      .sort((a, b) => Number(a.dataset.tabStop) - Number(b.dataset.tabStop))
      .map((e) => {
        const r = e.getBoundingClientRect();
        const label = e.getAttribute("aria-label") ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? e.textContent ?? e.tagName;
        return { name: `${e.tagName.toLowerCase()} “${label.trim().replace(/\s+/g, " ").slice(0, 50)}”`, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left + scrollX, right: r.right + scrollX };
      });
    for (const e of stuck) e.style.removeProperty("position");
    for (const e of el.querySelectorAll("[data-tab-stop]")) e.removeAttribute("data-tab-stop");
    return stops;
  });
}

/**
 * Tab moves through `scope` in the order the eye reads it (WCAG 2.4.3): each
 * stop is on a later line than the one before, or on the same line further
 * right. CSS that shows things in another order than the page's source
 * (flex-direction reversed, `order`, grid placement) fails it.
 */
export async function expectTabOrderFollowsLayout(page: Page, scope: Locator, what: string): Promise<void> {
  const stops = await tabStops(page, scope);
  expect(stops.length, `${what}: Tab reaches its controls`).toBeGreaterThan(1);
  const slack = 2;
  const wrong: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]];
    const laterLine = b.top >= a.bottom - slack;
    const sameLine = b.top < a.bottom && a.top < b.bottom;
    const furtherRight = b.left >= a.right - slack;
    if (!(laterLine || (sameLine && furtherRight))) wrong.push(`${a.name} → ${b.name}: the second is shown ${b.top < a.top ? "above" : "to the left of"} the first`);
  }
  expect(wrong, `${what}: Tab order follows the order on screen`).toEqual([]);
}
