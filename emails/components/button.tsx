import { Button } from "@react-email/components";
import type { ReactNode } from "react";
import { colors, fonts } from "./theme";

/** The one call to action an email carries. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button
      href={href}
      style={{
        backgroundColor: colors.accent,
        color: colors.paper,
        fontFamily: fonts.sans,
        fontSize: "16px",
        fontWeight: 600,
        lineHeight: "24px",
        textDecoration: "none",
        borderRadius: "4px",
        padding: "12px 28px",
        display: "inline-block",
      }}
    >
      {children}
    </Button>
  );
}
