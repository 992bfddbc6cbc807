import { Heading, Text } from "@react-email/components";
import { EmailButton } from "./components/button";
import { EmailLayout, type EmailInstitute } from "./components/layout";
import { fineprint, heading, paragraph } from "./components/theme";

export type OptInEmailProps = {
  /** The one-time link that lets the person receive invitations again. */
  url: string;
  institute: EmailInstitute;
};

export default function OptInEmail({ url, institute }: OptInEmailProps) {
  const name = institute.shortName ?? institute.name;
  return (
    <EmailLayout institute={institute} preview={`Receive invitations from ${name} again`} reason={`someone asked on the ${name} website to receive invitations again at this address.`}>
      <Heading as="h1" style={heading}>
        Receive invitations again?
      </Heading>
      <Text style={paragraph}>You asked not to receive invitations from {institute.name}. If you would like them again, confirm with the button below.</Text>
      <EmailButton href={url}>Receive invitations again</EmailButton>
      <Text style={fineprint}>This link works once, for 7 days. If you did not ask for it, ignore this email: nothing changes.</Text>
    </EmailLayout>
  );
}

export const PreviewProps = {
  url: "http://localhost:3000/opt-in/preview-link",
  institute: { name: "International Peace Institute", shortName: "IPI", postalAddress: "777 United Nations Plaza, New York, NY 10017-3521" },
} satisfies OptInEmailProps;

OptInEmail.PreviewProps = PreviewProps;
