import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Button } from "./button";

// Button asChild gives its one child the button's props as Radix's Slot did:
// the child's own props win, classes are joined, styles merged, handlers both called.
describe("Button asChild", () => {
  it("draws the child with the button's classes before its own, and no <button>", () => {
    const html = renderToStaticMarkup(createElement(Button, { asChild: true, variant: "secondary", className: "w-full" }, createElement("a", { href: "/staff/x", className: "mine" }, "Go")));
    expect(html).toMatch(/^<a [^>]*>Go<\/a>$/);
    expect(html).toContain('href="/staff/x"');
    expect(html).toMatch(/ class="btn [^"]*btn-secondary[^"]* w-full mine"/);
  });

  it("lets the child's own props win, merges styles, and calls both handlers, the child's first", () => {
    const calls: string[] = [];
    const child = createElement("a", { href: "/own", title: "own", style: { color: "red" }, onClick: () => calls.push("child") });
    const element = Button({ asChild: true, title: "button", style: { margin: 1 }, onClick: () => calls.push("button"), children: child }) as unknown as { props: Record<string, unknown> };
    expect(element.props.title).toBe("own");
    expect(element.props.style).toEqual({ margin: 1, color: "red" });
    (element.props.onClick as () => void)();
    expect(calls).toEqual(["child", "button"]);
  });

  it("refuses anything but one element", () => {
    expect(() => Button({ asChild: true, children: "text" })).toThrow();
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => Button({ asChild: true, children: [createElement("a", { key: 1 }), createElement("a", { key: 2 })] })).toThrow();
    warn.mockRestore();
  });

  it("is a <button> with its classes otherwise", () => {
    expect(renderToStaticMarkup(createElement(Button, { type: "submit" }, "Save"))).toMatch(/^<button class="btn [^"]*btn-primary[^"]*btn-md[^"]*" type="submit">Save<\/button>$/);
  });
});
