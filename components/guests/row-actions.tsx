"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useState, type ReactNode } from "react";
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

type Ask = { kind: "newLink" | "remove"; eventId: string; invitationId: string; name: string; sent: boolean };

const AskContext = createContext<(ask: Ask) => void>(() => {});

/**
 * One confirmation dialog for the whole guest list, opened by any row's "New
 * link" or "Remove": a list of a hundred guests renders one dialog, not two
 * hundred. Focus goes back to the row's button when it closes.
 */
export function GuestRowDialogs({ actions, children }: { actions: { newLink: Action; remove: Action }; children: ReactNode }) {
  const [asked, setAsked] = useState<Ask | null>(null);
  const [result, setResult] = useState<ActionState>(null);
  const opener = useRef<HTMLElement | null>(null);
  useToast(result);
  const ask = (next: Ask) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsked(next);
  };
  return (
    <AskContext.Provider value={ask}>
      {children}
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
                fields: { eventId: asked.eventId, invitationId: asked.invitationId },
              }
            : {
                title: `Remove ${asked.name} from the guest list?`,
                description: asked.sent
                  ? "Their link stops working and any seat they hold goes to the waitlist. They are not emailed."
                  : "They have not been invited yet.",
                confirmLabel: "Remove",
                fields: { eventId: asked.eventId, ids: asked.invitationId },
              })}
          action={async (formData) => setResult(await (asked.kind === "newLink" ? actions.newLink : actions.remove)(null, formData))}
        />
      ) : null}
    </AskContext.Provider>
  );
}

/** Per guest: send again, a new link (the old one stops working), take off the list. */
export function GuestRowActions({
  eventId,
  invitationId,
  name,
  sent,
  delegate,
  actions,
}: {
  eventId: string;
  invitationId: string;
  name: string;
  sent: boolean;
  /** The delegate this guest proposed, awaiting a decision. */
  delegate?: string | null;
  actions: { resend: Action; decide: Action };
}) {
  const ask = useContext(AskContext);
  const [resendState, resend, resending] = useActionState(actions.resend, null);
  useToast(resendState);
  const [decideState, decide, deciding] = useActionState(actions.decide, null);
  useToast(decideState);
  return (
    <div className="flex flex-col items-end gap-1 whitespace-nowrap">
      {delegate ? (
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
      ) : null}
      <div className="flex gap-1">
        {sent ? (
          <>
            <form action={resend}>
              <input type="hidden" name="eventId" value={eventId} />
              <input type="hidden" name="invitationId" value={invitationId} />
              <Button
                type="submit"
                variant="ghost"
                size="sm"
                disabled={resending}
              >
                {resending ? "Sending…" : "Re-send"}
                <span className="sr-only"> to {name}</span>
              </Button>
            </form>
            <Button type="button" variant="ghost" size="sm" onClick={() => ask({ kind: "newLink", eventId, invitationId, name, sent })}>
              New link<span className="sr-only"> for {name}</span>
            </Button>
          </>
        ) : null}
        <Button type="button" variant="ghost" size="sm" onClick={() => ask({ kind: "remove", eventId, invitationId, name, sent })}>
          Remove<span className="sr-only"> {name}</span>
        </Button>
      </div>
    </div>
  );
}
