import type { Metadata } from "next";
import { PersonForm } from "@/components/people/person-form";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { Card, CardContent } from "@/components/ui";
import { requireStaff } from "@/lib/auth/session";
import { createPersonAction } from "../actions";

export const metadata: Metadata = { title: "Add a person" };

export default async function NewPersonPage() {
  // Viewers may only read; this page exists to write.
  await requireStaff("editor");
  return (
    <>
      <PageHeader
        title="Add a person"
        description="A speaker, guest or partner. Only the name is needed; add the rest as you learn it."
        actions={<BackLink href="/staff/people">Back to people</BackLink>}
      />
      <Card className="max-w-3xl">
        <CardContent>
          <PersonForm action={createPersonAction} />
        </CardContent>
      </Card>
    </>
  );
}
