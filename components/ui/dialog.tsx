"use client";

import { useState, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { AlertDialog as AlertDialogPrimitive, Dialog as DialogPrimitive } from "radix-ui";
import { TriangleAlert, X } from "lucide-react";
import { Button } from "./button";
import { cn } from "./cn";

const overlayClass =
  "fixed inset-0 z-50 bg-ink/45 backdrop-blur-[2px] data-[state=open]:animate-fade-in data-[state=closed]:animate-fade-out";

const panelClass = cn(
  "fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col",
  "overflow-y-auto rounded-md border border-line bg-paper p-6 text-ink shadow-overlay outline-none",
  "data-[state=open]:animate-dialog-in data-[state=closed]:animate-dialog-out",
);

const sizes = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" } as const;

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export type DialogContentProps = ComponentProps<typeof DialogPrimitive.Content> & {
  size?: keyof typeof sizes;
  /** Hide the corner close button (Escape still closes). */
  hideClose?: boolean;
};

/** Overlay + centred panel. Include a <DialogTitle>; the close button comes last in tab order. */
export function DialogContent({ className, children, size = "md", hideClose = false, ...props }: DialogContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={overlayClass} />
      <DialogPrimitive.Content className={cn(panelClass, sizes[size], className)} {...props}>
        {children}
        {hideClose ? null : (
          <DialogPrimitive.Close asChild>
            <Button variant="ghost" size="icon-sm" className="absolute top-3 right-3 text-muted hover:text-ink">
              <X aria-hidden="true" />
              <span className="sr-only">Close</span>
            </Button>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mb-4 flex flex-col gap-1.5 pr-8", className)} {...props} />;
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return (
    <DialogPrimitive.Title
      className={cn("text-lg leading-7 font-semibold tracking-[-0.01em] text-ink", className)}
      {...props}
    />
  );
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn("text-sm leading-6 text-muted", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      // In the source's order on every width (cancel, then confirm), so Tab follows the eye.
      className={cn("mt-6 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end", className)}
      {...props}
    />
  );
}

/* ---------------------------------------------------------------- ConfirmDialog */

export type ConfirmDialogProps = {
  /** The element that opens the dialog (rendered as-is, e.g. a <Button>). */
  trigger?: ReactElement;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The question, in words: "Cancel this event and email 42 guests?" */
  title: ReactNode;
  /** What will happen, and whether it can be undone. */
  description?: ReactNode;
  /** Says exactly what the button does: "Cancel event and email guests". */
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  pendingLabel?: ReactNode;
  tone?: "danger" | "primary";
  /** Runs on confirm; the dialog closes when it resolves. */
  onConfirm?: () => void | Promise<void>;
  /** A (server) action to submit on confirm, with `fields` as hidden inputs. Closes when it resolves. */
  action?: (formData: FormData) => void | Promise<void>;
  fields?: Record<string, string>;
  /** Extra content between the description and the buttons. */
  children?: ReactNode;
};

function ConfirmButton({ tone, label, pendingLabel }: { tone: "danger" | "primary"; label: ReactNode; pendingLabel: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={tone} disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}

/** Asks once, in words, before a destructive action. Focus starts on the cancel button. */
export function ConfirmDialog({
  trigger,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel = "Go back",
  pendingLabel = "Working…",
  tone = "danger",
  onConfirm,
  action,
  fields,
  children,
}: ConfirmDialogProps) {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const setOpen = (next: boolean) => {
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };

  async function confirm(formData: FormData) {
    if (action) await action(formData);
    if (onConfirm) await onConfirm();
    setOpen(false);
  }

  return (
    <AlertDialogPrimitive.Root open={open} onOpenChange={setOpen}>
      {trigger ? <AlertDialogPrimitive.Trigger asChild>{trigger}</AlertDialogPrimitive.Trigger> : null}
      <AlertDialogPrimitive.Portal>
        <AlertDialogPrimitive.Overlay className={overlayClass} />
        <AlertDialogPrimitive.Content
          className={cn(panelClass, sizes.sm, "sm:max-w-md")}
          {...(description ? null : { "aria-describedby": undefined })}
        >
          <div className="flex gap-4">
            {tone === "danger" ? (
              <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-danger-tint text-danger">
                <TriangleAlert aria-hidden="true" className="size-5" />
              </span>
            ) : null}
            <div className="flex min-w-0 flex-col gap-1.5">
              <AlertDialogPrimitive.Title className="text-lg leading-7 font-semibold tracking-[-0.01em] text-ink">
                {title}
              </AlertDialogPrimitive.Title>
              {description ? (
                <AlertDialogPrimitive.Description className="text-sm leading-6 text-muted">
                  {description}
                </AlertDialogPrimitive.Description>
              ) : null}
              {children}
            </div>
          </div>
          <form action={confirm} className="mt-6 flex flex-col gap-2 sm:flex-row sm:justify-end">
            {fields
              ? Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
              : null}
            <AlertDialogPrimitive.Cancel asChild>
              <Button type="button" variant="secondary">
                {cancelLabel}
              </Button>
            </AlertDialogPrimitive.Cancel>
            <ConfirmButton tone={tone} label={confirmLabel} pendingLabel={pendingLabel} />
          </form>
        </AlertDialogPrimitive.Content>
      </AlertDialogPrimitive.Portal>
    </AlertDialogPrimitive.Root>
  );
}
