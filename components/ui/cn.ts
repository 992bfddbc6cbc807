import { clsx, type ClassValue } from "clsx";
import { extendTailwindMerge } from "tailwind-merge";

/** tailwind-merge, taught about the custom theme tokens in app/globals.css. */
const twMerge = extendTailwindMerge({
  extend: {
    theme: {
      shadow: ["card", "overlay"],
      animate: ["fade-in", "fade-out", "dialog-in", "dialog-out", "toast-in", "toast-out"],
    },
  },
});

/** Join class names; later Tailwind classes win over earlier conflicting ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
