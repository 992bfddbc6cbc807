"use client";

import { ExternalLink } from "lucide-react";
import { useState, useTransition } from "react";
import { Button, Checkbox, ConfirmDialog, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, Textarea, toast } from "@/components/ui";
import type { StaffRole } from "@/lib/auth/roles";
import type { ChecklistItem } from "@/lib/recaps/publish-checks";
import { publishRule, submitRule, withdrawRule, type WorkflowRecap } from "@/lib/recaps/workflow";
import type { ActionState } from "@/lib/safe-action";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export type WorkflowActions = { submit: Action; publish: Action; unpublish: Action; withdraw: Action };

/** The recap's status and the next steps this person may take, each refused in words when it cannot happen. */
export function RecapWorkflow({
  eventId,
  recap,
  staff,
  otherPublishers,
  checklist,
  publicUrl,
  actions,
  beforeAction,
}: {
  eventId: string;
  recap: WorkflowRecap;
  staff: { id: string; role: StaffRole };
  otherPublishers: number;
  checklist: ChecklistItem[];
  publicUrl: string;
  actions: WorkflowActions;
  /** Saves unsaved text first; false stops the step. */
  beforeAction: () => Promise<boolean>;
}) {
  const { error, pending, run } = useWorkflowStep(beforeAction);
  const [checklistOpen, setChecklistOpen] = useState(false);

  const publishing = publishRule(recap, staff, otherPublishers);
  const canSubmit = submitRule(recap, staff).ok;
  const canWithdraw = withdrawRule(recap, staff).ok;
  const own = recap.authorId === staff.id || recap.submittedById === staff.id;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        {recap.status === "draft" && canSubmit ? (
          <Button type="button" variant={publishing.kind === "self_with_checklist" ? "secondary" : "accent"} disabled={pending} onClick={() => run(actions.submit, { eventId })}>
            Submit for review
          </Button>
        ) : null}
        {publishing.kind === "allowed" ? (
          <Button type="button" variant="accent" disabled={pending} onClick={() => run(actions.publish, { eventId })}>
            Publish
          </Button>
        ) : null}
        {publishing.kind === "self_with_checklist" ? (
          <Button type="button" variant="accent" disabled={pending} onClick={() => setChecklistOpen(true)}>
            Publish…
          </Button>
        ) : null}
        {canWithdraw ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(actions.withdraw, { eventId })}>
            {own ? "Withdraw to draft" : "Send back to draft"}
          </Button>
        ) : null}
        {recap.status === "published" ? (
          <>
            <Button asChild variant="secondary">
              <a href={publicUrl} target="_blank" rel="noopener">
                View public page <ExternalLink aria-hidden="true" />
              </a>
            </Button>
            <UnpublishButton disabled={pending} onConfirm={(reason) => run(actions.unpublish, { eventId, reason })} />
          </>
        ) : null}
        {pending ? <span className="text-sm text-muted" role="status">Working…</span> : null}
      </div>
      {recap.status === "in_review" && publishing.kind === "refused" && own ? (
        <p className="text-sm text-muted">Waiting for another editor or an admin to publish it.</p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <ChecklistDialog
        open={checklistOpen}
        onOpenChange={setChecklistOpen}
        items={checklist}
        pending={pending}
        onPublish={(confirmed) => run(actions.publish, { eventId, ...Object.fromEntries(confirmed.map((id) => [`confirm:${id}`, "on"])) }, () => setChecklistOpen(false))}
      />
    </div>
  );
}

/** Runs one step of the workflow: saves the text first, then the action; a refusal is kept to show in words. */
function useWorkflowStep(beforeAction: () => Promise<boolean>) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: Action, fields: Record<string, string>, after?: () => void) {
    setError(null);
    startTransition(async () => {
      if (!(await beforeAction())) {
        setError("The latest text could not be saved, so nothing else was done. See the message by the text.");
        return;
      }
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      let result: ActionState;
      try {
        result = await action(null, form);
      } catch {
        result = { ok: false, formError: "Could not reach Convene. Nothing was changed; try again." };
      }
      if (result?.ok) {
        if (result.message) toast({ title: result.message, variant: "success" });
        after?.();
      } else if (result) {
        setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "Nothing was changed.");
      }
    });
  }

  return { error, pending, run };
}

function UnpublishButton({ disabled, onConfirm }: { disabled: boolean; onConfirm: (reason: string) => void }) {
  const [reason, setReason] = useState("");
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" variant="secondary" disabled={disabled}>
          Unpublish
        </Button>
      }
      title="Take this recap off the public page?"
      description="The event’s page goes back to its programme. The recap becomes a draft and goes through review again before it returns."
      confirmLabel="Unpublish"
      onConfirm={() => onConfirm(reason)}
    >
      <label htmlFor="unpublish-reason" className="mt-3 text-sm font-medium text-ink">
        Why? <span className="font-normal text-muted">(optional, kept in the history)</span>
      </label>
      <Textarea id="unpublish-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
    </ConfirmDialog>
  );
}

function ChecklistDialog({
  open,
  onOpenChange,
  items,
  pending,
  onPublish,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  items: ChecklistItem[];
  pending: boolean;
  onPublish: (confirmed: string[]) => void;
}) {
  const [checked, setChecked] = useState<string[]>([]);
  const all = items.every((i) => checked.includes(i.id));
  return (
    <Dialog open={open} onOpenChange={(o) => (onOpenChange(o), setChecked([]))}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Publish your own recap</DialogTitle>
          <DialogDescription>Nobody else on the team can review it, so check it yourself first. Every item must be true.</DialogDescription>
        </DialogHeader>
        <fieldset className="space-y-3">
          <legend className="sr-only">Before publishing</legend>
          {items.map((item) => (
            <Checkbox
              key={item.id}
              name={`confirm:${item.id}`}
              label={item.label}
              checked={checked.includes(item.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setChecked((c) => (on ? [...c, item.id] : c.filter((x) => x !== item.id)));
              }}
            />
          ))}
        </fieldset>
        <DialogFooter>
          <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>
            Not yet
          </Button>
          <Button type="button" variant="accent" disabled={!all || pending} onClick={() => onPublish(checked)}>
            {pending ? "Publishing…" : "Publish"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
