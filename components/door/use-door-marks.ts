"use client";

import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/safe-action";

export type Action<T = undefined> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
type Marked = { checkedInAt: string; already: boolean };
export type ScanOutcome =
  | { kind: "arrived"; invitationId: string; name: string; checkedInAt: string; already: boolean }
  | { kind: "not-expected"; invitationId: string; name: string; message: string };
export type DoorActions = { mark: Action<Marked>; admit: Action<Marked>; undo: Action; walkIn: Action; scan?: Action<ScanOutcome> };

/** What the door shows of a guest: computed on the server, nothing more than the door needs. */
export type DoorGuest = {
  id: string;
  name: string;
  credentials: string;
  search: string;
  /** Accepted: one tap. Anyone else: "Admit anyway", with a reason. */
  expected: boolean;
  /** "Expected", "Declined on 3 Dec", "Walk-in"… */
  standing: string;
  source: string;
  status: string;
  plusOneName: string | null;
  checkedInAt: string | null;
  checkInNote: string | null;
};

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

const NO_CONNECTION = "No connection: not saved.";

/** Arrivals marked on this tablet: sent one guest at a time, shown at once, a failure shown on its guest. */
export function useDoorMarks(eventId: string, actions: DoorActions) {
  // What this tablet changed, over what the server last said.
  const [marks, setMarks] = useState<Record<string, { at: string | null; note: string | null }>>({});
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [failed, setFailed] = useState<Record<string, string>>({});
  const [, startTransition] = useTransition();
  const arrivedAt = (g: DoorGuest) => (g.id in marks ? marks[g.id].at : g.checkedInAt);
  const noteOf = (g: DoorGuest) => (g.id in marks ? marks[g.id].note : g.checkInNote);

  function form(g: DoorGuest) {
    const data = new FormData();
    data.set("eventId", eventId);
    data.set("invitationId", g.id);
    return data;
  }

  function run(g: DoorGuest, call: () => Promise<ActionState<Marked> | ActionState>, after: (at: string | null) => void, onRefused?: (state: ActionState) => boolean) {
    setBusy((b) => ({ ...b, [g.id]: true }));
    setFailed((f) => without(f, g.id));
    startTransition(async () => {
      try {
        const result = await call();
        if (result && !result.ok) {
          if (onRefused?.(result)) return;
          throw new Error(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "Not saved");
        }
        const at = result?.ok && result.data && typeof result.data === "object" && "checkedInAt" in result.data ? String(result.data.checkedInAt) : null;
        after(at);
      } catch (e) {
        setFailed((f) => ({ ...f, [g.id]: e instanceof Error && e.message !== "Failed to fetch" ? e.message : NO_CONNECTION }));
      } finally {
        setBusy((b) => without(b, g.id));
      }
    });
  }

  /** One tap: an expected guest arrives. */
  const mark = (g: DoorGuest) => run(g, () => actions.mark(null, form(g)), (at) => setMarks((m) => ({ ...m, [g.id]: { at: at ?? new Date().toISOString(), note: null } })));

  /** Takes an arrival back (and its reason). */
  const undo = (g: DoorGuest) => run(g, () => actions.undo(null, form(g)), () => setMarks((m) => ({ ...m, [g.id]: { at: null, note: null } })));

  /** A guest not expected, let in with a reason; `onReasonError` shows a refused reason by its field. */
  const admit = (g: DoorGuest, reason: string, done: () => void, onReasonError: (message: string) => void) => {
    const data = form(g);
    data.set("reason", reason);
    run(
      g,
      () => actions.admit(null, data),
      (at) => {
        setMarks((m) => ({ ...m, [g.id]: { at: at ?? new Date().toISOString(), note: reason.trim() } }));
        done();
      },
      (state) => {
        const message = state && !state.ok ? state.fieldErrors?.reason : undefined;
        if (message) onReasonError(message);
        return Boolean(message);
      },
    );
  };

  /** An arrival marked elsewhere on this tablet (a scanned badge), shown at once. */
  const arrived = (invitationId: string, at: string) => setMarks((m) => ({ ...m, [invitationId]: { at, note: m[invitationId]?.note ?? null } }));

  return { arrivedAt, noteOf, busy, failed, mark, undo, admit, arrived };
}
