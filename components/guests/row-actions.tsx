"use client";

import { useActionState, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { ConfirmDialog, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { DECIDE_FORM_ID, RESEND_FORM_ID } from "./guest-row-forms";

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

/**
 * The one client component of the guest list: one "Re-send" form, one
 * delegate decision form, and one confirmation dialog opened by any row's
 * "New link" or "Remove". The rows themselves are one string of server-built
 * HTML (lib/invitations/guest-rows-html.ts): a list of fifty guests renders
 * and hydrates no component per row. Their buttons say what they ask in data
 * attributes, read here from the click as it bubbles up. Focus goes back to
 * the row's button when the dialog closes. The delegate decision's state
 * lives here, with the table, not the row: approving takes the row's proposal
 * away, and the toast must outlive it.
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
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("button[data-guest-ask], button[data-guest-resend], button[data-guest-decide]") : null;
    if (!button) return;
    if (button.dataset.guestResend !== undefined) {
      // One re-send at a time, as when each row's button was disabled while sending.
      if (resending) e.preventDefault();
      return;
    }
    if (button.dataset.guestDecide !== undefined) {
      if (deciding) e.preventDefault();
      return;
    }
    const kind = button.dataset.guestAsk;
    if (kind !== "newLink" && kind !== "remove") return;
    opener.current = button;
    setAsked({ kind, invitationId: button.dataset.invitationId ?? "", name: button.dataset.name ?? "", sent: button.dataset.sent === "true" });
  };

  return (
    // A click on a row's button bubbles up here; the buttons themselves are reached and pressed by keyboard as any button.
    <div onClick={onClick} onKeyDown={onKeyDown} data-resending={resending ? "" : undefined} data-deciding={deciding ? "" : undefined}>
      <form id={RESEND_FORM_ID} action={resend} hidden>
        <input type="hidden" name="eventId" value={eventId} />
      </form>
      <form id={DECIDE_FORM_ID} action={decide} hidden>
        <input type="hidden" name="eventId" value={eventId} />
      </form>
      {children}
      {asked ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (open) return;
            setAsked(null);
            // Back to the row's button (the dialog has no trigger of its own to return to); if the
            // rows were written anew meanwhile, to the same row's button in the new rows.
            const back = opener.current;
            const again = `button[data-guest-ask="${asked.kind}"][data-invitation-id="${CSS.escape(asked.invitationId)}"]`;
            setTimeout(() => {
              const target = back?.isConnected ? back : document.querySelector<HTMLButtonElement>(again);
              if (!target) return;
              target.closest<HTMLDetailsElement>("details.row-menu")?.setAttribute("open", "");
              target.focus();
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
