import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { reportTableToCsv } from "./csv";
import { headlines, rate, reportTable, REPORT_CSV_TABLES } from "./figures";
import type { Report } from "./queries";

const REPORT: Report = {
  formats: [{ format: "policy_forum", events: 3, confidential: 1 }],
  totals: { events: 3, eventsHeld: 2, confidentialEvents: 1, sent: 8, acceptedOfSent: 6, registrations: 1, acceptedHeld: 5, arrived: 4, noShows: 1, walkIns: 2 },
  organizationKinds: [{ kind: "permanent_mission", organizations: 2, attendances: 3 }],
  topOrganizations: [{ id: "1", name: '=HYPERLINK("http://x")', kind: "ngo", events: 2, attendances: 2 }],
  neverCame: [{ id: "2", name: "Stimson Center, Washington", kind: "institute", invitations: 3, events: 2 }],
  speakerKinds: [{ kind: null, appearances: 1, speakers: 1 }],
};

describe("report figures and CSV", () => {
  it("rounds shares to whole percentages and says nothing when there is nothing to divide", () => {
    expect(rate(2, 3)).toBe(67);
    expect(rate(0, 0)).toBeNull();
    expect(headlines(REPORT.totals).find((h) => h.key === "attendance")).toMatchObject({ value: "80 %", detail: "4 of 5 who accepted arrived" });
    expect(headlines(REPORT.totals).find((h) => h.key === "sent")?.detail).toBe("and 1 registration");
    expect(headlines({ ...REPORT.totals, sent: 0, acceptedOfSent: 0 }).find((h) => h.key === "acceptance")?.value).toBe("—");
  });

  it("writes every table with its header, a BOM and CRLF lines", () => {
    for (const table of REPORT_CSV_TABLES) {
      const data = reportTable(REPORT, table);
      const csv = reportTableToCsv(data);
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: "\r\n" }).data;
      expect(parsed[0]).toEqual(data.columns);
      expect(parsed).toHaveLength(data.rows.length + 1);
    }
  });

  it("quotes commas and never lets a cell run as a formula", () => {
    const top = reportTableToCsv(reportTable(REPORT, "top-organizations"));
    expect(top).toContain(`"'=HYPERLINK(""http://x"")",NGO,2,2`);
    expect(reportTableToCsv(reportTable(REPORT, "never-came"))).toContain('"Stimson Center, Washington",Institute,3,2');
    expect(reportTableToCsv(reportTable(REPORT, "speaker-kinds"))).toContain("No organization,1,1");
  });
});
