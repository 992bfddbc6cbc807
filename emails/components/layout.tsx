import { Body, Container, Head, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { colors, fineprint, fonts } from "./theme";

export type EmailInstitute = { name: string; postalAddress: string; shortName?: string; /** Absolute address of the logo (lib/email/institute.ts). */ logoUrl?: string | null };

/** "Stop invitations from IPI": the visible twin of the List-Unsubscribe header (lib/opt-out/headers.ts). */
export function stopInvitationsLabel(institute: EmailInstitute): string {
  return `Stop invitations from ${institute.shortName ?? institute.name}`;
}

export type EmailLayoutProps = {
  institute: EmailInstitute;
  /** The line inboxes show after the subject. */
  preview: string;
  /** Completes "You receive this because…", so every email says why it came. */
  reason: string;
  /** The person's opt-out link, on invitations and reminders to guests who have not answered. */
  optOutUrl?: string | null;
  children: ReactNode;
};

// A printed invitation card's little sibling: the institute's name set in
// serif over a fine double rule, the message on paper, the address below.
export function EmailLayout({ institute, preview, reason, optOutUrl, children }: EmailLayoutProps) {
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
            {institute.logoUrl ? (
              <Img src={institute.logoUrl} alt="" height="48" style={{ display: "block", margin: "0 auto 14px", maxWidth: "240px", height: "48px", width: "auto" }} />
            ) : null}
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
            {optOutUrl ? (
              <Text style={{ ...fineprint, fontSize: "13px", lineHeight: "20px", marginTop: "6px" }}>
                <Link href={optOutUrl} style={{ color: colors.ink, textDecoration: "underline" }}>
                  {stopInvitationsLabel(institute)}
                </Link>
              </Text>
            ) : null}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
