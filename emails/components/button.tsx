import { Button, Section } from "@react-email/components";
import type { ReactNode } from "react";
import { colors, fonts } from "./theme";

/** The one call to action an email carries, centred on its own. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ textAlign: "center", margin: "28px 0" }}>
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
    </Section>
  );
}
