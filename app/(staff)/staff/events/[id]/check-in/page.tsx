import type { Metadata } from "next";
import NextLink from "next/link";
import { cn } from "@/components/ui/cn";
import { DoorCheckIn } from "@/components/door/door-check-in";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { loadEvent } from "../load";
import { addWalkInAction, admitAnywayAction, markArrived, scanArrival, undoArrival } from "./actions";
import { doorGuests } from "./door-guests";

export const metadata: Metadata = { title: "Check-in" };

export default async function CheckInPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const base = `/staff/events/${event.id}/check-in`;
  // By family name, as the printed door list; or in the event's order of precedence (a minister before an ambassador).
  const order = (await searchParams).order === "precedence" ? "precedence" : "name";
  const orders = [
    { value: "name", label: "Family name", href: base },
    { value: "precedence", label: "Precedence", href: `${base}?order=precedence` },
  ] as const;
  return (
    <>
      <nav aria-label="Order of the list" className="mb-3 flex flex-wrap items-center gap-1.5 text-sm text-muted">
        <span>Order:</span>
        {orders.map((o) => (
          <NextLink
            key={o.value}
            href={o.href}
            aria-current={order === o.value ? "page" : undefined}
            className={cn("inline-flex min-h-8 items-center rounded-full border px-3 text-[13px] font-medium", order === o.value ? "border-ink bg-ink text-paper" : "border-line-strong bg-paper text-ink hover:border-ink")}
          >
            {o.label}
          </NextLink>
        ))}
      </nav>
      <DoorCheckIn
        eventId={event.id}
        timeZone={event.timeZone}
        canMark={hasRole(staff.role, "editor") && event.status !== "cancelled"}
        links={{ print: `${base}/print`, kiosk: `${base}/kiosk`, badges: `/staff/events/${event.id}/print/badges` }}
        guests={await doorGuests(event, order)}
        actions={{ mark: markArrived, admit: admitAnywayAction, undo: undoArrival, walkIn: addWalkInAction, scan: scanArrival }}
      />
    </>
  );
}
