import { cva } from "class-variance-authority";

/** Shared look of text-like form controls (input, textarea, select). */
export const controlVariants = cva(
  [
    "w-full min-w-0 rounded-sm border border-line-strong bg-paper text-ink shadow-[inset_0_1px_1px_rgb(20_33_61/0.04)]",
    // 16px on phones stops iOS zooming on focus; denser from sm up.
    "text-base sm:text-sm placeholder:text-subtle",
    "transition-[border-color,box-shadow] duration-150 hover:border-ink/70",
    "focus-visible:border-accent focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent",
    "aria-invalid:border-danger aria-invalid:hover:border-danger",
    "disabled:cursor-not-allowed disabled:border-line disabled:bg-surface-sunken disabled:text-muted disabled:shadow-none",
    "[&[readonly]]:bg-surface [&[readonly]]:hover:border-line-strong",
  ],
  {
    variants: {
      fieldSize: {
        sm: "h-8 px-2.5 sm:text-[13px]",
        md: "h-10 px-3",
        lg: "h-12 px-4 sm:text-base",
      },
    },
    defaultVariants: { fieldSize: "md" },
  },
);

export type FieldSize = "sm" | "md" | "lg";
