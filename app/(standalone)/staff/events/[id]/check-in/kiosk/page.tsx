import type { Metadata } from "next";
import NextLink from "next/link";
import { ArrowLeft } from "@/components/icons/lucide";
import { DoorCheckIn } from "@/components/door/door-check-in";
import { ZoneCookie } from "@/components/staff/zone-cookie";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { formatEventWhen } from "@/lib/events/time";
import { viewerTimeZone } from "@/lib/events/viewer-zone";
import { addWalkInAction, admitAnywayAction, markArrived, scanArrival, undoArrival } from "@/app/(staff)/staff/events/[id]/check-in/actions";
import { doorGuests } from "@/app/(staff)/staff/events/[id]/check-in/door-guests";
import { loadEvent } from "@/app/(staff)/staff/events/[id]/load";

export const metadata: Metadata = { title: "Check-in kiosk — Convene", robots: { index: false } };

/**
 * Check-in for a tablet held by someone who has never seen Convene: no
 * sidebar, large type, one search field, the counts always in view. Outside
 * the staff shell, so it checks the session and role itself, as the check-in
 * page does.
 */
export default async function KioskPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const back = `/staff/events/${event.id}/check-in`;
  return (
    <div className="min-h-dvh bg-surface">
      <ZoneCookie known={await viewerTimeZone()} />
      <header className="border-b border-line bg-paper">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
          <div className="min-w-0">
            <p className="text-sm font-semibold uppercase tracking-[0.14em] text-accent">Check-in</p>
            <h1 className="text-xl font-semibold leading-7 text-ink sm:text-2xl">{event.title}</h1>
            <p className="text-sm text-muted">{formatEventWhen(event.startsAt, event.endsAt, event.timeZone)}</p>
          </div>
          <NextLink href={back} className="inline-flex min-h-11 items-center gap-2 rounded-sm px-2 text-sm font-medium text-ink underline underline-offset-4">
            <ArrowLeft aria-hidden="true" className="size-4" />
            Leave kiosk mode
          </NextLink>
        </div>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
        <DoorCheckIn
          kiosk
          eventId={event.id}
          timeZone={event.timeZone}
          canMark={hasRole(staff.role, "editor") && event.status !== "cancelled"}
          guests={await doorGuests(event)}
          actions={{ mark: markArrived, admit: admitAnywayAction, undo: undoArrival, walkIn: addWalkInAction, scan: scanArrival }}
        />
      </main>
    </div>
  );
}
