import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui";
import { RecordDetails } from "./record-details";

/** A reference record's details: its form for editors, read-only rows for viewers. */
export function RecordCard({
  canEdit,
  description,
  form,
  details,
}: {
  canEdit: boolean;
  description: React.ReactNode;
  form: React.ReactNode;
  details: React.ComponentProps<typeof RecordDetails>["rows"];
}) {
  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle as="h2">{canEdit ? "Details" : "Details (read only)"}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{canEdit ? form : <RecordDetails rows={details} />}</CardContent>
    </Card>
  );
}
