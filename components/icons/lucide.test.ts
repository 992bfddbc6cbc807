import * as lucide from "@/components/icons/lucide";
import { createElement, type ComponentType, type SVGProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as server from "./lucide";

// lucide-react adds a class per alias of an icon ("lucide-check-circle-2"); nothing styles them.
const withoutAliasClasses = (html: string, name: string) => html.replace(/class="([^"]*)"/, (_, c: string) => `class="${c.split(" ").filter((k) => !k.startsWith("lucide-") || k === `lucide-${name}`).join(" ")}"`);

describe("server-drawn lucide icons", () => {
  const icons = Object.entries(server).filter(([, v]) => typeof v === "function") as [string, server.LucideIcon][];

  it("write each icon's shapes as markup, with nothing to escape that React would not", () => {
    const [, Icon] = icons[0];
    expect(renderToStaticMarkup(createElement(Icon, {}))).toMatch(/^<svg [^>]*><(path|circle|rect|line) [^<]*><\/(path|circle|rect|line)>/);
  });

  it("draw every icon as lucide-react does, with the classes, sizes and stroke a page gives them", () => {
    expect(icons.length).toBeGreaterThan(40);
    for (const [name, Icon] of icons) {
      const original = (lucide as unknown as Record<string, ComponentType<SVGProps<SVGSVGElement>>>)[name];
      expect(original, name).toBeDefined();
      const cases: SVGProps<SVGSVGElement>[] = [
        {},
        { className: "size-4", "aria-hidden": "true" },
        { strokeWidth: 3, className: "m-auto" },
        { "aria-label": "Warning" },
        // With children the shapes are elements beside them, not a string.
        { children: createElement("title", null, "Due <soon> & \"now\"") },
      ];
      for (const props of cases) {
        const ours = renderToStaticMarkup(createElement(Icon, props));
        const theirs = withoutAliasClasses(renderToStaticMarkup(createElement(original, props)), Icon.iconName);
        expect(ours, `${name} ${JSON.stringify(props)}`).toBe(theirs);
      }
    }
  });
});
