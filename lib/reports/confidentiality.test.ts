import { describe, expect, it } from "vitest";
import { ATTRIBUTIONS } from "@/db/enum-values";
import { ATTRIBUTIONS_NAMEABLE, isConfidential, mayDrawOnConfidential, REPORT_TABLES } from "./confidentiality";

describe("the Chatham House rule in reports", () => {
  it("treats Chatham House and off-the-record events as confidential, on-record ones not", () => {
    expect(isConfidential({ attribution: "chatham_house", agendaAttributions: [] })).toBe(true);
    expect(isConfidential({ attribution: "off_record", agendaAttributions: [] })).toBe(true);
    expect(isConfidential({ attribution: "on_record", agendaAttributions: [null, "on_record"] })).toBe(false);
  });

  it("treats an on-record event with one confidential session as confidential", () => {
    expect(isConfidential({ attribution: "on_record", agendaAttributions: [null, "chatham_house"] })).toBe(true);
    expect(isConfidential({ attribution: "on_record", agendaAttributions: ["off_record"] })).toBe(true);
  });

  it("lets the queries name attendance only under the on-record attribution", () => {
    expect(ATTRIBUTIONS_NAMEABLE).toEqual(["on_record"]);
    for (const a of ATTRIBUTIONS) expect(ATTRIBUTIONS_NAMEABLE.includes(a)).toBe(!isConfidential({ attribution: a, agendaAttributions: [] }));
  });

  it("keeps confidential events out of every table by organization, and in the totals", () => {
    expect(mayDrawOnConfidential("formats")).toBe(true);
    expect(mayDrawOnConfidential("invitations")).toBe(true);
    for (const table of ["organizationKinds", "topOrganizations", "neverCame", "speakerKinds"] as const) expect(mayDrawOnConfidential(table)).toBe(false);
    expect(Object.keys(REPORT_TABLES)).toHaveLength(6);
  });
});
