import { Heading, Text } from "@react-email/components";
import { EmailButton } from "./components/button";
import { EmailLayout, type EmailInstitute } from "./components/layout";
import { fineprint, heading, paragraph } from "./components/theme";

export type SignInEmailProps = {
  /** The one-time sign-in link. */
  url: string;
  institute: EmailInstitute;
};

export default function SignInEmail({ url, institute }: SignInEmailProps) {
  return (
    <EmailLayout
      institute={institute}
      preview="Your link to sign in to Convene"
      reason="someone asked to sign in to Convene, the events desk, with this address."
    >
      <Heading as="h1" style={heading}>
        Sign in to Convene
      </Heading>
      <Text style={paragraph}>Use the button below to finish signing in.</Text>
      <EmailButton href={url}>Sign in</EmailButton>
      <Text style={fineprint}>This link works once, for 10 minutes. If you did not ask for it, ignore this email.</Text>
    </EmailLayout>
  );
}

export const PreviewProps = {
  url: "http://localhost:3000/sign-in/verify?token=preview-token&email=events%40example.org",
  institute: { name: "International Peace Institute", postalAddress: "777 United Nations Plaza, New York, NY 10017-3521" },
} satisfies SignInEmailProps;

SignInEmail.PreviewProps = PreviewProps;
