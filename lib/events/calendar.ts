// Calendar arithmetic on plain dates ("2026-12-07"), independent of the
// server's zone: weeks start on Monday, as in most of the institute's offices.

import { dateFormatter } from "@/lib/date-formatters";

export type Day = string; // YYYY-MM-DD

const pad = (n: number) => String(n).padStart(2, "0");
const toDay = (d: Date): Day => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const fromDay = (day: Day): Date => new Date(`${day}T00:00:00Z`);

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && toDay(fromDay(value)) === value;
}

export function addDays(day: Day, n: number): Day {
  const d = fromDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

/** Monday of the week that contains `day`. */
export function startOfWeek(day: Day): Day {
  const weekday = (fromDay(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

export function weekDays(day: Day): Day[] {
  const monday = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The weeks shown for a month: from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthGrid(year: number, month: number): Day[][] {
  const first = `${year}-${pad(month)}-01`;
  const last = toDay(new Date(Date.UTC(year, month, 0)));
  const weeks: Day[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDays(monday));
  return weeks;
}

export function monthOf(day: Day): { year: number; month: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

export function shiftMonth(day: Day, by: number): Day {
  const { year, month } = monthOf(day);
  const d = new Date(Date.UTC(year, month - 1 + by, 1));
  return toDay(d);
}

/** The calendar day an instant falls on in a zone. */
export function dayIn(date: Date, timeZone: string): Day {
  return dateFormatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
