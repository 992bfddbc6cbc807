import { Body, Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { colors, fineprint, fonts } from "./theme";

export type EmailInstitute = { name: string; postalAddress: string };

export type EmailLayoutProps = {
  institute: EmailInstitute;
  /** The line inboxes show after the subject. */
  preview: string;
  /** Completes "You receive this because…", so every email says why it came. */
  reason: string;
  children: ReactNode;
};

// A printed invitation card's little sibling: the institute's name set in
// serif over a fine double rule, the message on paper, the address below.
export function EmailLayout({ institute, preview, reason, children }: EmailLayoutProps) {
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.surface, margin: "0", padding: "32px 12px", fontFamily: fonts.sans }}>
        <Container style={{ maxWidth: "560px", margin: "0 auto" }}>
          <Section
            style={{
              backgroundColor: colors.paper,
              border: `1px solid ${colors.rule}`,
              borderTop: `3px solid ${colors.ink}`,
              padding: "32px 40px 36px",
            }}
          >
            <Text
              style={{
                fontFamily: fonts.serif,
                fontSize: "18px",
                lineHeight: "26px",
                letterSpacing: "0.04em",
                color: colors.ink,
                textAlign: "center",
                margin: "0",
                paddingBottom: "14px",
                borderBottom: `3px double ${colors.rule}`,
              }}
            >
              {institute.name}
            </Text>
            <Section style={{ paddingTop: "28px" }}>{children}</Section>
          </Section>
          <Section style={{ padding: "20px 40px 0", textAlign: "center" }}>
            <Text style={{ ...fineprint, fontSize: "13px", lineHeight: "20px" }}>
              {institute.name} · {institute.postalAddress}
            </Text>
            <Text style={{ ...fineprint, fontSize: "13px", lineHeight: "20px", marginTop: "6px" }}>
              You receive this because {reason}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
