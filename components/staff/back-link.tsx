import NextLink from "next/link";
import { Button } from "@/components/ui/button";

/** The way back to where a staff page was opened from: a quiet button that is a link. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Button asChild variant="ghost">
      <NextLink href={href}>{children}</NextLink>
    </Button>
  );
}
