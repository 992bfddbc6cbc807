"use client";

import { useActionState, useEffect, useState } from "react";
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
  actions: { resend: Action; newLink: Action; remove: Action; decide: Action };
}) {
  const [resendState, resend, resending] = useActionState(actions.resend, null);
  const [result, setResult] = useState<ActionState>(null);
  useToast(resendState);
  useToast(result);
  const fields = { eventId, invitationId };
  const [decideState, decide, deciding] = useActionState(actions.decide, null);
  useToast(decideState);
  return (
    <div className="flex flex-col items-end gap-1 whitespace-nowrap">
      {delegate ? (
        <form action={decide} className="flex gap-1">
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button
            type="submit"
            name="decision"
            value="approve"
            variant="secondary"
            size="sm"
            disabled={deciding}
          >
            Approve
            <span className="sr-only">
              {" "}
              {delegate} for {name}
            </span>
          </Button>
          <Button
            type="submit"
            name="decision"
            value="refuse"
            variant="ghost"
            size="sm"
            disabled={deciding}
          >
            Refuse
            <span className="sr-only">
              {" "}
              {delegate} for {name}
            </span>
          </Button>
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
            <ConfirmDialog
              trigger={
                <Button type="button" variant="ghost" size="sm">
                  New link<span className="sr-only"> for {name}</span>
                </Button>
              }
              title={`Give ${name} a new link?`}
              description="The link in every email sent so far stops working at once, and a new invitation goes out. Use this when a link was forwarded."
              confirmLabel="Revoke and send a new link"
              action={async (formData) =>
                setResult(await actions.newLink(null, formData))
              }
              fields={fields}
            />
          </>
        ) : null}
        <ConfirmDialog
          trigger={
            <Button type="button" variant="ghost" size="sm">
              Remove<span className="sr-only"> {name}</span>
            </Button>
          }
          title={`Remove ${name} from the guest list?`}
          description={
            sent
              ? "Their link stops working and any seat they hold goes to the waitlist. They are not emailed."
              : "They have not been invited yet."
          }
          confirmLabel="Remove"
          action={async (formData) =>
            setResult(await actions.remove(null, formData))
          }
          fields={{ eventId, ids: invitationId }}
        />
      </div>
    </div>
  );
}
