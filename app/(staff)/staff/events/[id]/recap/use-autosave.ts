"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { ActionState } from "@/lib/safe-action";

// Autosave for the recap's text: a few seconds after the last keystroke the
// fields go to the server; every change is also kept in localStorage at
// once, so a closed tab or a lost connection loses nothing. A copy left by
// an earlier visit is restored when it was written on the version the
// server still has, and offered otherwise.

export type RecapFields = { title: string; body: string; programId: string; topics: string; uncovered: string[] };

export type SaveStatus =
  | { kind: "idle"; at: Date | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed"; message: string; fieldErrors: Record<string, string> };

type Stored = { fields: RecapFields; revision: number; at: string };

const DELAY_MS = 2500;

function sameFields(a: RecapFields, b: RecapFields): boolean {
  return a.title === b.title && a.body === b.body && a.programId === b.programId && a.topics === b.topics && a.uncovered.join() === b.uncovered.join();
}

function readStored(key: string): Stored | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Stored;
    return parsed && typeof parsed.fields?.body === "string" && typeof parsed.revision === "number" ? parsed : null;
  } catch {
    return null;
  }
}

function writeStored(key: string, value: Stored | null) {
  try {
    if (value) window.localStorage.setItem(key, JSON.stringify(value));
    else window.localStorage.removeItem(key);
  } catch {
    // Private browsing or a full quota: the server copy still saves.
  }
}

export function useAutosave(opts: {
  eventId: string;
  initial: RecapFields;
  revision: number;
  savedAt: string | null;
  enabled: boolean;
  save: SaveAction;
}) {
  const key = `convene:recap:${opts.eventId}`;
  const [fields, setFields] = useState<RecapFields>(opts.initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle", at: opts.savedAt ? new Date(opts.savedAt) : null });
  const latest = useRef(fields);
  const revision = useRef(opts.revision);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const dirty = useRef(false);
  const again = useRef<() => void>(() => {});
  const { enabled, save, eventId } = opts;

  const send = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    const sent = latest.current;
    dirty.current = false;
    const form = saveForm(eventId, sent, revision.current);
    setStatus({ kind: "saving" });
    const run = saveOnce({ save, form, sent, key, latest, revision, dirty, setStatus });
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    if (ok && dirty.current) timer.current = setTimeout(() => again.current(), DELAY_MS);
    return ok;
  }, [eventId, key, save]);

  useEffect(() => {
    again.current = () => void send();
  }, [send]);

  const change = useCallback(
    (patch: Partial<RecapFields>) => {
      if (!enabled) return;
      const next = { ...latest.current, ...patch };
      latest.current = next;
      dirty.current = true;
      setFields(next);
      setStatus((s) => (s.kind === "failed" ? s : { kind: "dirty" }));
      writeStored(key, { fields: next, revision: revision.current, at: new Date().toISOString() });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), DELAY_MS);
    },
    [enabled, key, send],
  );

  const { restored, offer, acceptOffer, discardOffer } = useStoredCopy({ key, enabled, initial: opts.initial, revision: opts.revision, change });
  useSaveOnHide(enabled, dirty, send);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return {
    fields,
    status,
    change,
    /** Saves now if anything is unsaved; false when the save was refused. */
    flush: send,
    restored,
    offer,
    acceptOffer,
    discardOffer,
  };
}

type SaveAction = (state: ActionState<{ revision: number; savedAt: string }>, form: FormData) => Promise<ActionState<{ revision: number; savedAt: string }>>;

/**
 * One save of what was `sent`: true when the server took it. Typing that
 * came in meanwhile stays dirty (and in localStorage) for the next save.
 */
async function saveOnce(opts: {
  save: SaveAction;
  form: FormData;
  sent: RecapFields;
  key: string;
  latest: RefObject<RecapFields>;
  revision: RefObject<number>;
  dirty: RefObject<boolean>;
  setStatus: (status: SaveStatus) => void;
}): Promise<boolean> {
  const { save, form, sent, key, latest, revision, dirty, setStatus } = opts;
  let result: ActionState<{ revision: number; savedAt: string }>;
  try {
    result = await save(null, form);
  } catch {
    result = { ok: false, formError: "Could not reach Convene. Your text is kept in this browser; it saves again when you type." };
  }
  if (result?.ok && result.data) {
    revision.current = result.data.revision;
    if (sameFields(latest.current, sent)) {
      writeStored(key, null);
      setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
    } else {
      dirty.current = true;
      writeStored(key, { fields: latest.current, revision: revision.current, at: new Date().toISOString() });
    }
    return true;
  }
  dirty.current = true;
  setStatus(failedStatus(result));
  return false;
}

function saveForm(eventId: string, sent: RecapFields, revision: number): FormData {
  const form = new FormData();
  form.set("eventId", eventId);
  form.set("title", sent.title);
  form.set("body", sent.body);
  form.set("programId", sent.programId);
  form.set("topics", sent.topics);
  form.set("uncoveredAgendaItemIds", sent.uncovered.join(","));
  form.set("revision", String(revision));
  return form;
}

function failedStatus(result: ActionState<{ revision: number; savedAt: string }>): SaveStatus {
  const failure = result && !result.ok ? result : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const message = failure?.formError ?? `${Object.values(fieldErrors).join(" ") || "The recap could not be saved."} Your text is kept in this browser.`;
  return { kind: "failed", message, fieldErrors };
}

/** A copy from an earlier visit: restored when it was written on the version the server still has, offered otherwise. */
function useStoredCopy(opts: { key: string; enabled: boolean; initial: RecapFields; revision: number; change: (patch: Partial<RecapFields>) => void }) {
  const { key, enabled, change } = opts;
  const [offer, setOffer] = useState<Stored | null>(null);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    const stored = readStored(key);
    if (!stored || sameFields(stored.fields, opts.initial)) {
      if (stored) writeStored(key, null);
      return;
    }
    if (stored.revision === opts.revision) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reading localStorage happens only after mount
      setRestored(true);
      change(stored.fields);
    } else {
      setOffer(stored);
    }
    // Once, on mount: later renders carry the same initial values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    restored,
    offer,
    acceptOffer: () => {
      if (!offer) return;
      setOffer(null);
      change(offer.fields);
    },
    discardOffer: () => {
      setOffer(null);
      writeStored(key, null);
    },
  };
}

function useSaveOnHide(enabled: boolean, dirty: RefObject<boolean>, send: () => Promise<boolean>) {
  // Leaving the tab saves at once; the copy in localStorage covers a closed one.
  useEffect(() => {
    if (!enabled) return;
    const onHide = () => {
      if (document.visibilityState === "hidden" && dirty.current) void send();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  }, [enabled, dirty, send]);
}
