import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlVariants, type FieldSize } from "./control-styles";

export type InputProps = ComponentProps<"input"> & { fieldSize?: FieldSize };

/** Text-like input. Use inside <Field>; `aria-invalid` turns the border red. */
export function Input({ className, fieldSize, type = "text", ...props }: InputProps) {
  return (
    <input
      type={type}
      className={cn(
        controlVariants({ fieldSize }),
        "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-ink",
        className,
      )}
      {...props}
    />
  );
}
