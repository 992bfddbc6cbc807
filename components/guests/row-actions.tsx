"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { Button, ConfirmDialog, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function useToast(state: ActionState) {
  useEffect(() => {
    if (!state) return;
    toast(
      state.ok
        ? { title: state.message ?? "Done", variant: "success" }
        : {
            title: state.formError ?? "Not done",
            variant: "danger",
            urgent: true,
          },
    );
  }, [state]);
}

type Ask = { kind: "newLink" | "remove"; invitationId: string; name: string; sent: boolean };

// The delegate decision's state lives with the table, not the row: approving
// takes the row's proposal away, and the toast must outlive it.
const DecideContext = createContext<{ decide: (formData: FormData) => void; deciding: boolean } | null>(null);

/** The form every row's "Re-send" button submits (through its form attribute), with the row's invitation as the button's value. */
export const RESEND_FORM_ID = "guest-resend";

/**
 * The one client component of the guest list: one "Re-send" form, and one
 * confirmation dialog opened by any row's "New link" or "Remove". The rows
 * themselves are plain server-rendered HTML (components/guests/guest-table.tsx):
 * a list of fifty guests does not hydrate fifty components with two forms each.
 * Their buttons say what they ask in data attributes, read here from the
 * click as it bubbles up. Focus goes back to the row's button when the dialog closes.
 */
export function GuestRowControls({ eventId, actions, children }: { eventId: string; actions: { newLink: Action; remove: Action; resend: Action; decide: Action }; children: ReactNode }) {
  const [asked, setAsked] = useState<Ask | null>(null);
  const [result, setResult] = useState<ActionState>(null);
  const [resendState, resend, resending] = useActionState(actions.resend, null);
  const [decideState, decide, deciding] = useActionState(actions.decide, null);
  const opener = useRef<HTMLElement | null>(null);
  useToast(result);
  useToast(resendState);
  useToast(decideState);

  // A row's menu (a <details>) closes when another is opened or the click lands elsewhere.
  useEffect(() => {
    const close = (e: globalThis.MouseEvent) => {
      // A click in the dialog a menu's button opened keeps the menu open, so focus can return to that button.
      // (The dialog may already be gone when the click reaches the document: its button is then detached.)
      if (!(e.target instanceof Element) || !e.target.isConnected || e.target.closest('[role="alertdialog"], [role="dialog"]') || document.querySelector('[role="alertdialog"], [role="dialog"]')) return;
      for (const menu of document.querySelectorAll<HTMLDetailsElement>("details.row-menu[open]")) if (!(e.target instanceof Node && menu.contains(e.target))) menu.open = false;
    };
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Escape" || !(e.target instanceof Element)) return;
    const menu = e.target.closest<HTMLDetailsElement>("details.row-menu[open]");
    if (!menu) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("button[data-guest-ask], button[data-guest-resend]") : null;
    if (!button) return;
    if (button.dataset.guestResend !== undefined) {
      // One re-send at a time, as when each row's button was disabled while sending.
      if (resending) e.preventDefault();
      return;
    }
    const kind = button.dataset.guestAsk;
    if (kind !== "newLink" && kind !== "remove") return;
    opener.current = button;
    setAsked({ kind, invitationId: button.dataset.invitationId ?? "", name: button.dataset.name ?? "", sent: button.dataset.sent === "true" });
  };

  return (
    // A click on a row's button bubbles up here; the buttons themselves are reached and pressed by keyboard as any button.
    <div onClick={onClick} onKeyDown={onKeyDown} data-resending={resending ? "" : undefined}>
      <form id={RESEND_FORM_ID} action={resend} hidden>
        <input type="hidden" name="eventId" value={eventId} />
      </form>
      <DecideContext.Provider value={{ decide, deciding }}>{children}</DecideContext.Provider>
      {asked ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (open) return;
            setAsked(null);
            // Back to the row's button (the dialog has no trigger of its own to return to).
            const back = opener.current;
            setTimeout(() => {
              if (back?.isConnected) back.focus();
            }, 0);
          }}
          {...(asked.kind === "newLink"
            ? {
                title: `Give ${asked.name} a new link?`,
                description: "The link in every email sent so far stops working at once, and a new invitation goes out. Use this when a link was forwarded.",
                confirmLabel: "Revoke and send a new link",
                fields: { eventId, invitationId: asked.invitationId },
              }
            : {
                title: `Remove ${asked.name} from the guest list?`,
                description: asked.sent
                  ? "Their link stops working and any seat they hold goes to the waitlist. They are not emailed."
                  : "They have not been invited yet.",
                confirmLabel: "Remove",
                fields: { eventId, ids: asked.invitationId },
              })}
          action={async (formData) => setResult(await (asked.kind === "newLink" ? actions.newLink : actions.remove)(null, formData))}
        />
      ) : null}
    </div>
  );
}

/** Approve or refuse the delegate a guest proposed: only on the few rows that have one. */
export function DelegateDecision({ eventId, invitationId, name, delegate }: { eventId: string; invitationId: string; name: string; delegate: string }) {
  const context = useContext(DecideContext);
  if (!context) throw new Error("DelegateDecision belongs inside GuestRowControls");
  const { decide, deciding } = context;
  return (
    <form action={decide} className="flex gap-1">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      {(["approve", "refuse"] as const).map((decision) => (
        <Button key={decision} type="submit" name="decision" value={decision} variant={decision === "approve" ? "secondary" : "ghost"} size="sm" disabled={deciding}>
          {decision === "approve" ? "Approve" : "Refuse"}
          <span className="sr-only">
            {" "}
            {delegate} for {name}
          </span>
        </Button>
      ))}
    </form>
  );
}
