"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { Toast as ToastPrimitive } from "radix-ui";
import { CircleAlert, CircleCheck, Info, TriangleAlert, X, type LucideIcon } from "lucide-react";
import { cn } from "./cn";

export type ToastVariant = "default" | "success" | "warning" | "danger";

export type ToastOptions = {
  title: ReactNode;
  description?: ReactNode;
  variant?: ToastVariant;
  /** Milliseconds; default 5000. */
  duration?: number;
  /** Announce assertively instead of politely (use rarely). */
  urgent?: boolean;
};

type ToastItem = ToastOptions & { id: number; open: boolean };

/* A tiny store so toast() works from anywhere in client code. */
let items: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const EMPTY: ToastItem[] = [];
const MAX_TOASTS = 3;

function emit() {
  for (const l of listeners) l();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function dismissToast(id: number) {
  items = items.map((t) => (t.id === id ? { ...t, open: false } : t));
  emit();
  // Leave time for the exit animation before removing.
  setTimeout(() => {
    items = items.filter((t) => t.id !== id);
    emit();
  }, 200);
}

/** Show a toast. Returns its id. Requires <Toaster /> mounted once (e.g. in the root layout). */
export function toast(options: ToastOptions): number {
  const id = nextId++;
  items = [...items, { ...options, id, open: true }].slice(-MAX_TOASTS);
  emit();
  return id;
}

export function useToast() {
  return { toast, dismiss: dismissToast };
}

const variantStyles: Record<ToastVariant, { icon: LucideIcon; border: string; iconColor: string }> = {
  default: { icon: Info, border: "border-l-ink", iconColor: "text-ink" },
  success: { icon: CircleCheck, border: "border-l-success", iconColor: "text-success" },
  warning: { icon: TriangleAlert, border: "border-l-warning", iconColor: "text-warning" },
  danger: { icon: CircleAlert, border: "border-l-danger", iconColor: "text-danger" },
};

/** Renders toasts in a polite live region, bottom right (bottom, full width, on phones). */
export function Toaster({ label = "Notifications ({hotkey})" }: { label?: string }) {
  const list = useSyncExternalStore(subscribe, () => items, () => EMPTY);
  return (
    <ToastPrimitive.Provider swipeDirection="right" duration={5000}>
      {list.map(({ id, open, title, description, variant = "default", duration, urgent }) => {
        const { icon: Icon, border, iconColor } = variantStyles[variant];
        return (
          <ToastPrimitive.Root
            key={id}
            open={open}
            onOpenChange={(next) => {
              if (!next) dismissToast(id);
            }}
            duration={duration}
            type={urgent ? "foreground" : "background"}
            className={cn(
              "relative flex w-full items-start gap-3 rounded-md border border-l-[3px] border-line bg-paper py-3 pr-10 pl-4 text-ink shadow-overlay",
              "data-[state=open]:animate-toast-in data-[state=closed]:animate-toast-out",
              "data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x) data-[swipe=cancel]:translate-x-0 data-[swipe=cancel]:transition-[translate]",
              "data-[swipe=end]:translate-x-(--radix-toast-swipe-end-x) data-[swipe=end]:animate-toast-out",
              border,
            )}
          >
            <Icon aria-hidden="true" className={cn("mt-0.5 size-5 shrink-0", iconColor)} />
            <div className="flex min-w-0 flex-col gap-0.5">
              <ToastPrimitive.Title className="text-sm leading-6 font-semibold">{title}</ToastPrimitive.Title>
              {description ? (
                <ToastPrimitive.Description className="text-sm leading-5 text-muted">{description}</ToastPrimitive.Description>
              ) : null}
            </div>
            <ToastPrimitive.Close
              className="absolute top-2.5 right-2.5 inline-flex size-7 items-center justify-center rounded-sm text-muted transition-colors hover:bg-surface-sunken hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent"
            >
              <X aria-hidden="true" className="size-4" />
              <span className="sr-only">Dismiss</span>
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        );
      })}
      <ToastPrimitive.Viewport
        label={label}
        className="fixed right-0 bottom-0 z-[100] m-0 flex max-h-dvh w-full list-none flex-col gap-2 p-4 outline-none sm:max-w-sm"
      />
    </ToastPrimitive.Provider>
  );
}
