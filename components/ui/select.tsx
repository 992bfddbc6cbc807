import type { ComponentProps } from "react";
import { ChevronDown } from "@/components/icons/lucide";
import { cn } from "./cn";
import { controlVariants, type FieldSize } from "./control-styles";

export type SelectProps = ComponentProps<"select"> & {
  fieldSize?: FieldSize;
  /** Classes for the wrapper (width, margins). `className` goes on the <select>. */
  wrapperClassName?: string;
};

/** Native <select>, styled. Ships no JavaScript. */
export function Select({ className, wrapperClassName, fieldSize, children, ...props }: SelectProps) {
  return (
    <div className={cn("relative w-full", wrapperClassName)}>
      <select
        className={cn(
          controlVariants({ fieldSize }),
          "appearance-none pr-9 forced-colors:appearance-auto forced-colors:pr-3",
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted forced-colors:hidden"
      />
    </div>
  );
}

type OptionsProps<T> = {
  of: readonly T[];
  /** What the option submits; the item itself by default. */
  value?: (item: T) => string;
  /** What the option reads; the item itself by default. */
  label?: (item: T) => React.ReactNode;
};

/** One <option> per item of a list, in the list's order. */
export function Options<T>({ of, value = String, label = String }: OptionsProps<T>) {
  return of.map((item) => (
    <option key={value(item)} value={value(item)}>
      {label(item)}
    </option>
  ));
}
