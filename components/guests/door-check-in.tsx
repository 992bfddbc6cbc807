"use client";

import { useActionState, useEffect, useMemo, useState, useTransition } from "react";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { Check, Printer, RotateCcw, Search, UserPlus } from "lucide-react";
import { Button, Field, Input } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import { doorCounts } from "@/lib/invitations/door-counts";
import { matchesDoorSearch } from "@/lib/invitations/door-search";
import type { ActionState } from "@/lib/safe-action";

type Guest = {
  id: string;
  name: string;
  credentials: string;
  search: string;
  status: string;
  source: string;
  plusOneName: string | null;
  checkedInAt: string | null;
};

type Action<T = undefined> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

const ANSWER: Record<string, string> = { accepted: "Expected", invited: "No answer", waitlisted: "On the waitlist", declined: "Declined", delegate_pending: "Delegate pending" };

/**
 * The door, on a tablet: type part of a name or an organization, tap
 * "Arrived". The list is here already, so finding someone needs no network;
 * marking does, and a failed mark says so and can be tried again (marking
 * twice records one arrival).
 */
export function DoorCheckIn({
  eventId,
  timeZone,
  guests,
  canMark,
  printHref,
  actions,
}: {
  eventId: string;
  timeZone: string;
  guests: Guest[];
  canMark: boolean;
  printHref: string;
  actions: DoorActions;
}) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const { arrivedAt, busy, failed, send } = useDoorMarks(eventId, actions);

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
    <div className="space-y-5">
      <DoorCounts counts={counts} />

      <DoorSearch
        query={query}
        onQuery={setQuery}
        shownCount={shown.length}
        total={guests.length}
        // Enter marks the one guest found, so a practised hand never leaves the keyboard.
        onEnter={() => {
          if (shown.length === 1 && canMark && !arrivedAt(shown[0])) send(shown[0], false);
        }}
      />

      <ul aria-label="Guests" className="divide-y divide-line overflow-hidden rounded-md border border-line bg-paper">
        {shown.map((g) => (
          <GuestRow key={g.id} g={g} at={arrivedAt(g)} timeZone={timeZone} canMark={canMark} busy={busy[g.id]} failed={failed[g.id]} send={send} />
        ))}
        {shown.length === 0 ? <li className="px-4 py-6 text-center text-muted">Nobody on the list matches “{query}”. Add them as a walk-in below.</li> : null}
      </ul>

      {canMark ? <WalkInForm eventId={eventId} action={actions.walkIn} /> : null}

      <p>
        <NextLink href={printHref} className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-ink underline underline-offset-4">
          <Printer aria-hidden="true" className="size-4" />
          Printable door list, for when the network is down
        </NextLink>
      </p>
    </div>
  );
}

function DoorCounts({ counts }: { counts: { expected: number; arrived: number; walkIns: number } }) {
  return (
    <dl className="grid grid-cols-3 gap-px overflow-hidden rounded-md border border-line bg-line" aria-live="polite">
      {[
        ["expected", counts.expected],
        ["arrived", counts.arrived],
        ["walk-ins", counts.walkIns],
      ].map(([label, n]) => (
        <div key={label} className="bg-paper p-4">
          <dt className="text-sm text-muted">{label}</dt>
          <dd className="text-3xl font-semibold tabular-nums text-ink">{n}</dd>
        </div>
      ))}
    </dl>
  );
}

function DoorSearch({ query, onQuery, shownCount, total, onEnter }: { query: string; onQuery: (q: string) => void; shownCount: number; total: number; onEnter: () => void }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="door-search" className="text-sm font-medium text-ink">
        Find a guest
      </label>
      <div className="relative">
        <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 size-5 -translate-y-1/2 text-muted" />
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
          placeholder="Part of a name or an organization"
          aria-describedby="door-search-hint"
          className="h-14 pl-11 text-lg sm:text-lg"
        />
      </div>
      <p id="door-search-hint" className="text-[13px] text-muted">
        {query ? `${shownCount === 60 ? "The first 60" : shownCount} of ${total} shown.` : `${total} on the list.`} With one match, Enter marks them arrived.
      </p>
    </div>
  );
}

/** One guest at the door: who they are, and their arrival to mark or undo. */
function GuestRow({
  g,
  at,
  timeZone,
  canMark,
  busy,
  failed,
  send,
}: {
  g: Guest;
  at: string | null;
  timeZone: string;
  canMark: boolean;
  busy: boolean | undefined;
  failed: string | undefined;
  send: (g: Guest, undo: boolean) => void;
}) {
  const time = (iso: string) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));
  return (
    <li key={g.id} className={cn("flex flex-wrap items-center gap-3 px-4 py-3", at && "bg-success-tint/50")}>
      <div className="min-w-0 flex-1">
        <p className="text-lg font-medium leading-6 text-ink">{g.name}</p>
        {g.credentials ? <p className="text-sm leading-5 text-muted">{g.credentials}</p> : null}
        <p className="text-[13px] leading-5 text-muted">
          {g.source === "walk_in" ? "Walk-in" : (ANSWER[g.status] ?? g.status)}
          {g.plusOneName ? ` · with ${g.plusOneName}` : ""}
        </p>
        {failed ? (
          <p role="alert" className="mt-1 text-sm font-medium text-danger">
            {failed}
          </p>
        ) : null}
      </div>
      {canMark ? (
        at ? (
          <div className="flex items-center gap-2">
            <span className="inline-flex items-center gap-1.5 text-sm font-medium text-success">
              <Check aria-hidden="true" className="size-5" />
              Arrived {time(at)}
            </span>
            <Button type="button" variant="ghost" size="md" disabled={busy} onClick={() => send(g, true)}>
              <RotateCcw aria-hidden="true" />
              Undo<span className="sr-only"> arrival of {g.name}</span>
            </Button>
          </div>
        ) : (
          <Button type="button" variant={failed ? "danger" : "primary"} className="h-12 min-w-36 px-5 text-base" disabled={busy} onClick={() => send(g, false)}>
            {busy ? "Saving…" : failed ? "Try again" : "Arrived"}
            <span className="sr-only"> {g.name}</span>
          </Button>
        )
      ) : at ? (
        <span className="text-sm font-medium text-success">Arrived {time(at)}</span>
      ) : null}
    </li>
  );
}

function WalkInForm({ eventId, action }: { eventId: string; action: Action }) {
  const [walkInState, walkIn, addingWalkIn] = useActionState(action, null);
  return (
    <details className="rounded-md border border-line bg-paper p-4" open={walkInState?.ok === false || undefined}>
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 font-medium text-ink">
        <UserPlus aria-hidden="true" className="size-5" />
        Add a walk-in
      </summary>
      <form action={walkIn} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
        <input type="hidden" name="eventId" value={eventId} />
        {walkInState?.ok === false && walkInState.formError ? (
          <p role="alert" className="text-sm text-danger sm:col-span-2">
            {walkInState.formError}
          </p>
        ) : null}
        {walkInState?.ok ? (
          <p role="status" className="text-sm text-success sm:col-span-2">
            {walkInState.message}
          </p>
        ) : null}
        {(
          [
            ["givenName", "Given name", true],
            ["familyName", "Family name", true],
            ["honorific", "Honorific", false],
            ["affiliation", "Organization", false],
            ["positionTitle", "Title", false],
            ["email", "Email", false],
          ] as const
        ).map(([name, label, required]) => (
          <Field key={name} label={label} htmlFor={`walk-in-${name}`} required={required} optional={!required} error={walkInState?.ok === false ? walkInState.fieldErrors?.[name] : undefined}>
            {(p) => <Input name={name} type={name === "email" ? "email" : "text"} autoComplete="off" defaultValue={walkInState?.ok === false ? (walkInState.values?.[name] ?? "") : ""} {...p} />}
          </Field>
        ))}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={addingWalkIn} className="h-12 px-5 text-base">
            {addingWalkIn ? "Adding…" : "Add and mark arrived"}
          </Button>
        </div>
      </form>
    </details>
  );
}

type DoorActions = { mark: Action<{ checkedInAt: string; already: boolean }>; undo: Action; walkIn: Action };

/** Arrivals marked on this tablet: sent one guest at a time, shown at once, a failure shown on its guest. */
function useDoorMarks(eventId: string, actions: DoorActions) {
  // What this tablet changed, over what the server last said; cleared as the server catches up.
  const [marks, setMarks] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [failed, setFailed] = useState<Record<string, string>>({});
  const [, startTransition] = useTransition();
  const arrivedAt = (g: Guest) => (g.id in marks ? marks[g.id] : g.checkedInAt);

  function send(g: Guest, undo: boolean) {
    const form = new FormData();
    form.set("eventId", eventId);
    form.set("invitationId", g.id);
    setBusy((b) => ({ ...b, [g.id]: true }));
    setFailed((f) => without(f, g.id));
    startTransition(async () => {
      try {
        const result = undo ? await actions.undo(null, form) : await actions.mark(null, form);
        if (result && !result.ok) throw new Error(result.formError ?? "Not saved");
        const at = !undo && result?.ok && result.data && "checkedInAt" in result.data ? result.data.checkedInAt : null;
        setMarks((m) => ({ ...m, [g.id]: undo ? null : (at ?? new Date().toISOString()) }));
      } catch (e) {
        setFailed((f) => ({ ...f, [g.id]: e instanceof Error && e.message !== "Failed to fetch" ? e.message : "No connection: not saved." }));
      } finally {
        setBusy((b) => without(b, g.id));
      }
    });
  }

  return { arrivedAt, busy, failed, send };
}
