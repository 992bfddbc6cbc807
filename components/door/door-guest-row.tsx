"use client";

import { useEffect, useRef, useState } from "react";
import { Check, RotateCcw } from "lucide-react";
import { Button, Input } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import type { DoorGuest } from "./use-door-marks";

type Props = {
  g: DoorGuest;
  at: string | null;
  note: string | null;
  timeZone: string;
  canMark: boolean;
  kiosk: boolean;
  busy: boolean | undefined;
  failed: string | undefined;
  onMark: () => void;
  onUndo: () => void;
  onAdmit: (reason: string, done: () => void, onReasonError: (message: string) => void) => void;
};

/**
 * One guest at the door. Expected (accepted): one big "Arrived". Anyone
 * else: why they are not expected, in words, and "Admit anyway", which asks
 * for a reason before it lets them in. An arrival can be undone.
 */
export function DoorGuestRow({ g, at, note, timeZone, canMark, kiosk, busy, failed, onMark, onUndo, onAdmit }: Props) {
  const time = (iso: string) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));
  const [asking, setAsking] = useState(false);
  // Where focus goes when the reason form closes: back to "Admit anyway" when it
  // was cancelled, to "Undo" once the guest is in (the form's own button is gone).
  const returning = useRef<"admit" | "undo" | null>(null);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if ((returning.current === "admit" && !asking) || (returning.current === "undo" && at)) {
      back.current?.focus();
      returning.current = null;
    }
  }, [asking, at]);
  const notExpected = !g.expected && g.source !== "walk_in";
  return (
    <li className={cn("px-4 py-3", kiosk && "px-5 py-4", at && "bg-success-tint/50", !at && notExpected && "bg-surface")}>
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <p className={cn("font-medium text-ink", kiosk ? "text-2xl leading-8" : "text-lg leading-6")}>{g.name}</p>
          {g.credentials ? <p className={cn("text-muted", kiosk ? "text-base leading-6" : "text-sm leading-5")}>{g.credentials}</p> : null}
          <p className={cn(kiosk ? "text-base leading-6" : "text-[13px] leading-5", notExpected ? "font-semibold text-ink" : "text-muted")}>
            {g.standing}
            {g.plusOneName ? <span className="font-normal text-muted"> · with {g.plusOneName}</span> : null}
          </p>
          {at && note ? <p className={cn("text-muted", kiosk ? "text-base" : "text-[13px]")}>Admitted because: “{note}”</p> : null}
          {failed ? (
            <p role="alert" className="mt-1 text-sm font-medium text-danger">
              {failed}
            </p>
          ) : null}
        </div>
        {canMark ? (
          at ? (
            <div className="flex items-center gap-2">
              <span className={cn("inline-flex items-center gap-1.5 font-medium text-success", kiosk ? "text-lg" : "text-sm")}>
                <Check aria-hidden="true" className="size-5" />
                {note ? "Admitted" : "Arrived"} {time(at)}
              </span>
              <Button ref={back} type="button" variant="ghost" size="md" className={cn(kiosk && "h-12 text-base")} disabled={busy} onClick={onUndo}>
                <RotateCcw aria-hidden="true" />
                Undo<span className="sr-only"> arrival of {g.name}</span>
              </Button>
            </div>
          ) : notExpected ? (
            asking ? null : (
              <Button ref={back} type="button" variant="secondary" className={cn("px-5", kiosk ? "h-14 min-w-44 text-lg" : "h-12 min-w-36 text-base")} disabled={busy} onClick={() => setAsking(true)}>
                Admit anyway<span className="sr-only"> {g.name}</span>
              </Button>
            )
          ) : (
            <Button type="button" variant={failed ? "danger" : "primary"} className={cn("px-5", kiosk ? "h-16 min-w-48 text-xl" : "h-12 min-w-36 text-base")} disabled={busy} onClick={onMark}>
              {busy ? "Saving…" : failed ? "Try again" : "Arrived"}
              <span className="sr-only"> {g.name}</span>
            </Button>
          )
        ) : at ? (
          <span className="text-sm font-medium text-success">Arrived {time(at)}</span>
        ) : null}
      </div>
      {canMark && !at && notExpected && asking ? <AdmitForm
          g={g}
          kiosk={kiosk}
          busy={busy}
          onCancel={() => {
            returning.current = "admit";
            setAsking(false);
          }}
          onAdmitted={() => {
            returning.current = "undo";
            setAsking(false);
          }}
          onAdmit={onAdmit}
        /> : null}
    </li>
  );
}

/** The deliberate step: a reason, then "Admit". The reason is kept and shown in the event's history. */
function AdmitForm({ g, kiosk, busy, onCancel, onAdmitted, onAdmit }: { g: DoorGuest; kiosk: boolean; busy: boolean | undefined; onCancel: () => void; onAdmitted: () => void; onAdmit: Props["onAdmit"] }) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const id = `admit-${g.id}`;
  return (
    <form
      className="mt-3 grid gap-2 rounded-md border border-line-strong bg-paper p-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setError("Say why you are admitting them: it is kept in the event's history.");
          input.current?.focus();
          return;
        }
        setError(null);
        onAdmit(reason, onAdmitted, (message) => {
          setError(message);
          input.current?.focus();
        });
      }}
    >
      <label htmlFor={id} className={cn("font-medium text-ink", kiosk ? "text-lg" : "text-sm")}>
        Why admit {g.name}? <span className="font-normal text-muted">({g.standing.toLowerCase()})</span>
      </label>
      <Input
        ref={input}
        id={id}
        name="reason"
        autoComplete="off"
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
        }}
        placeholder="e.g. Plans changed; the Director asked us to let them in"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn(kiosk && "h-14 text-lg sm:text-lg")}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" className={cn(kiosk ? "h-14 px-6 text-lg" : "h-11 px-5")} disabled={busy}>
          {busy ? "Saving…" : "Admit"}
          <span className="sr-only"> {g.name}</span>
        </Button>
        <Button type="button" variant="ghost" className={cn(kiosk ? "h-14 px-6 text-lg" : "h-11 px-5")} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
