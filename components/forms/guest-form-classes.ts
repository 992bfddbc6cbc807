import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlVariants } from "@/components/ui/control-styles";

/**
 * The design system's classes, worked out on the server and handed to the
 * guest form as plain strings, so a guest's phone downloads the form's few
 * lines and not the class-merging library behind them.
 */
export function guestFormClasses(submit: "accent" | "primary" = "accent") {
  return {
    input: cn(controlVariants()),
    textarea: cn(controlVariants(), "h-auto min-h-20 resize-y px-3 py-2 leading-6"),
    submit: buttonVariants({ variant: submit, size: "lg", className: "w-full sm:w-auto sm:flex-1" }),
    back: buttonVariants({ variant: "ghost", size: "lg", className: "w-full text-muted hover:text-ink sm:w-auto" }),
    disclosure: "group rounded-sm border border-line bg-paper px-4",
    summary: cn(
      "flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 text-[15px] text-ink [&::-webkit-details-marker]:hidden",
      "after:text-xl after:leading-none after:text-muted after:content-['+'] group-open:after:content-['−']",
      "-mx-2 rounded-sm px-2 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent",
    ),
  };
}

export type GuestFormClasses = ReturnType<typeof guestFormClasses>;
