import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlVariants } from "./control-styles";

export type TextareaProps = ComponentProps<"textarea">;

/** Multi-line text. Grows with `rows`; resizable vertically. */
export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  return (
    <textarea
      rows={rows}
      className={cn(controlVariants(), "h-auto min-h-20 resize-y px-3 py-2 leading-6", className)}
      {...props}
    />
  );
}
