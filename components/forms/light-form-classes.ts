import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlVariants } from "@/components/ui/control-styles";

/**
 * The design system's classes, worked out on the server and handed to the
 * light form as plain strings, so a guest's phone downloads the form's few
 * lines and not the class-merging library behind them.
 */
export function lightFormClasses(submit: "accent" | "primary" = "accent") {
  return {
    input: cn(controlVariants()),
    textarea: cn(controlVariants(), "h-auto min-h-20 resize-y px-3 py-2 leading-6"),
    submit: buttonVariants({ variant: submit, size: "lg", className: "w-full sm:w-auto sm:flex-1" }),
    back: buttonVariants({ variant: "ghost", size: "lg" }),
  };
}

export type LightFormClasses = ReturnType<typeof lightFormClasses>;
