import { describe, expect, it } from "vitest";
import { barChartSvg } from "./charts";

describe("report charts", () => {
  it("draws one bar per row on the server, labelled, hidden from screen readers", async () => {
    const svg = await barChartSvg(
      [
        { label: "Policy forum", value: 4 },
        { label: "Roundtable", value: 2 },
      ],
      { unit: "Events" },
    );
    expect(svg.startsWith('<svg aria-hidden="true"')).toBe(true);
    expect(svg).toContain("Policy forum");
    expect(svg).toContain("Roundtable");
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
    expect(svg).not.toContain("<script");
  });

  it("draws each chart from its own data though the compiled chart is shared", async () => {
    const [a, b] = await Promise.all([
      barChartSvg([{ label: "UN body", value: 4 }], { unit: "Organizations" }),
      barChartSvg([{ label: "NGO", value: 3 }, { label: "Media", value: 1 }, { label: "Other", value: 2 }], { unit: "Organizations" }),
    ]);
    expect(a).toContain("UN body");
    expect(a).not.toContain("NGO");
    expect(a.match(/aria-roledescription="bar"/g)).toHaveLength(1);
    expect(b.match(/aria-roledescription="bar"/g)).toHaveLength(3);
  });

  it("draws an empty chart without failing", async () => {
    const svg = await barChartSvg([], { unit: "Events" });
    expect(svg).toContain("<svg");
  });
});
