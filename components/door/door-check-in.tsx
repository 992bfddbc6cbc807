"use client";

import { useEffect, useMemo, useState } from "react";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { IdCard, Printer, Search, TabletSmartphone } from "lucide-react";
import { Input } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import { doorCounts } from "@/lib/invitations/door-counts";
import { matchesDoorSearch } from "@/lib/invitations/door-search";
import { DoorGuestRow } from "./door-guest-row";
import { BadgeScanner } from "./badge-scanner";
import { WalkInForm } from "./walk-in-form";
import { useDoorMarks, type DoorActions, type DoorGuest } from "./use-door-marks";

export type { DoorActions, DoorGuest };

/**
 * The door, on a tablet: type part of a name or an organization, tap
 * "Arrived". The list is here already, so finding someone needs no network;
 * marking does, and a failed mark says so and can be tried again (marking
 * twice records one arrival). `kiosk` sets it large, for a tablet held by
 * someone who has never seen Convene.
 */
export function DoorCheckIn({
  eventId,
  timeZone,
  guests,
  canMark,
  kiosk = false,
  links,
  actions,
}: {
  eventId: string;
  timeZone: string;
  guests: DoorGuest[];
  canMark: boolean;
  kiosk?: boolean;
  links?: { print: string; kiosk: string; badges?: string };
  actions: DoorActions;
}) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const { arrivedAt, noteOf, busy, failed, mark, undo, admit, arrived } = useDoorMarks(eventId, actions);

  // Other tablets at the same door: their marks arrive every 20 seconds.
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 20_000);
    return () => clearInterval(timer);
  }, [router]);

  const shown = useMemo(() => {
    const q = query.trim();
    const list = q ? guests.filter((g) => matchesDoorSearch(g.search, q)) : guests;
    return list.slice(0, 60);
  }, [guests, query]);
  const counts = doorCounts(guests.map((g) => ({ ...g, checkedInAt: arrivedAt(g) })));

  return (
    <div className={cn("space-y-5", kiosk && "space-y-6")}>
      {/* In kiosk mode the numbers and the search stay in view while the list scrolls beneath them. */}
      <div className={cn("space-y-5", kiosk && "-mx-4 space-y-4 bg-surface px-4 pb-3 pt-1 sm:sticky sm:top-0 sm:z-10 sm:-mx-6 sm:px-6")}>
        <DoorCounts counts={counts} kiosk={kiosk} />

        {/* The search row has room for a second control beside the field (a "Scan QR code" button, when guests carry one). */}
        <div className="flex items-end gap-3">
          <DoorSearch
            kiosk={kiosk}
            query={query}
            onQuery={setQuery}
            shownCount={shown.length}
            total={guests.length}
            // Enter marks the one expected guest found, so a practised hand never leaves the keyboard.
            onEnter={() => {
              if (shown.length === 1 && canMark && shown[0].expected && !arrivedAt(shown[0])) mark(shown[0]);
            }}
          />
        </div>
        {canMark && actions.scan ? (
          <BadgeScanner
            eventId={eventId}
            scan={actions.scan}
            kiosk={kiosk}
            onArrived={(id, at) => {
              arrived(id, at);
              router.refresh();
            }}
            // Not expected: the guest is shown in the list below, where "Admit anyway" asks for a reason.
            onNotExpected={setQuery}
          />
        ) : null}
      </div>

      <ul aria-label="Guests" className="divide-y divide-line overflow-hidden rounded-md border border-line bg-paper">
        {shown.map((g) => (
          <DoorGuestRow
            key={g.id}
            g={g}
            at={arrivedAt(g)}
            note={noteOf(g)}
            timeZone={timeZone}
            canMark={canMark}
            kiosk={kiosk}
            busy={busy[g.id]}
            failed={failed[g.id]}
            onMark={() => mark(g)}
            onUndo={() => undo(g)}
            onAdmit={(reason, done, onReasonError) => admit(g, reason, done, onReasonError)}
          />
        ))}
        {shown.length === 0 ? <li className={cn("px-4 py-6 text-center text-muted", kiosk && "text-lg")}>Nobody on the list matches “{query}”. Add them as a walk-in below.</li> : null}
      </ul>

      {canMark ? <WalkInForm eventId={eventId} action={actions.walkIn} kiosk={kiosk} /> : null}

      {links ? (
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <NextLink href={links.kiosk} className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-ink underline underline-offset-4">
            <TabletSmartphone aria-hidden="true" className="size-4" />
            Kiosk mode, for a tablet at the door
          </NextLink>
          <NextLink href={links.print} className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-ink underline underline-offset-4">
            <Printer aria-hidden="true" className="size-4" />
            Printable door list, for when the network is down
          </NextLink>
          {links.badges ? (
            <a href={links.badges} className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-ink underline underline-offset-4">
              <IdCard aria-hidden="true" className="size-4" />
              Name badges with check-in QR codes (PDF)
            </a>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function DoorCounts({ counts, kiosk }: { counts: { expected: number; arrived: number; walkIns: number }; kiosk: boolean }) {
  return (
    <dl className="grid grid-cols-3 gap-px overflow-hidden rounded-md border border-line bg-line" aria-live="polite">
      {[
        ["expected", counts.expected],
        ["arrived", counts.arrived],
        ["walk-ins", counts.walkIns],
      ].map(([label, n]) => (
        <div key={label} className={cn("bg-paper", kiosk ? "px-5 py-4" : "p-4")}>
          <dt className={cn("text-muted", kiosk ? "text-base" : "text-sm")}>{label}</dt>
          <dd className={cn("font-semibold tabular-nums text-ink", kiosk ? "text-5xl leading-tight" : "text-3xl")}>{n}</dd>
        </div>
      ))}
    </dl>
  );
}

function DoorSearch({ kiosk, query, onQuery, shownCount, total, onEnter }: { kiosk: boolean; query: string; onQuery: (q: string) => void; shownCount: number; total: number; onEnter: () => void }) {
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1.5">
      <label htmlFor="door-search" className={cn("font-medium text-ink", kiosk ? "text-lg" : "text-sm")}>
        Find a guest
      </label>
      <div className="relative">
        <Search aria-hidden="true" className={cn("pointer-events-none absolute left-3 top-1/2 -translate-y-1/2 text-muted", kiosk ? "size-6" : "size-5")} />
        <Input
          id="door-search"
          type="search"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") onEnter();
          }}
          placeholder="Name or organization"
          aria-describedby="door-search-hint"
          className={cn(kiosk ? "h-16 pl-12 text-2xl sm:text-2xl" : "h-14 pl-11 text-lg sm:text-lg")}
        />
      </div>
      <p id="door-search-hint" className={cn("text-muted", kiosk ? "text-sm" : "text-[13px]")}>
        {query ? `${shownCount === 60 ? "The first 60" : shownCount} of ${total} shown.` : `${total} on the list.`} With one expected guest found, Enter marks them arrived.
      </p>
    </div>
  );
}
