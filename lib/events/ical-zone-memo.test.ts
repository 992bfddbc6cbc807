import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { describe, expect, it, vi } from "vitest";
import { vtimezoneOf } from "./ical";

// The package reads a zone's file from disk on every lookup; count its lookups.
vi.mock("@touch4it/ical-timezones", async (importOriginal) => {
  const real = await importOriginal<typeof import("@touch4it/ical-timezones")>();
  return { ...real, getVtimezoneComponent: vi.fn(real.getVtimezoneComponent) };
});

describe("a zone's VTIMEZONE", () => {
  it("is read once per zone, then kept; an unknown zone is null every time and never kept", () => {
    const lookups = vi.mocked(getVtimezoneComponent);
    const bahrain = vtimezoneOf("Asia/Bahrain");
    expect(bahrain).toMatch(/^BEGIN:VTIMEZONE\r?\nTZID:Asia\/Bahrain/);
    expect(vtimezoneOf("Asia/Bahrain")).toBe(bahrain);
    expect(vtimezoneOf("Asia/Bahrain")).toBe(bahrain);
    expect(lookups).toHaveBeenCalledTimes(1);
    expect(vtimezoneOf("Europe/Oslo")).toMatch(/TZID:Europe\/Oslo/);
    expect(vtimezoneOf("Europe/Oslo")).toMatch(/TZID:Europe\/Oslo/);
    expect(lookups).toHaveBeenCalledTimes(2);
    expect(vtimezoneOf("Mars/Olympus_Mons")).toBeNull();
    expect(vtimezoneOf("Mars/Olympus_Mons")).toBeNull();
    expect(lookups).toHaveBeenCalledTimes(4);
  });
});
