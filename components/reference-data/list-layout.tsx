import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui";

type AddCard = { title: string; description: string; form: React.ReactNode };

/**
 * A reference-data list page's body: the list under its heading (and a search
 * above it, where there is one), beside the card that adds a record, which
 * only editors are given.
 */
export function ReferenceDataListLayout({
  headingId,
  heading,
  search,
  children,
  add,
}: {
  headingId: string;
  heading: React.ReactNode;
  search?: React.ReactNode;
  children: React.ReactNode;
  add: AddCard | null;
}) {
  return (
    <div className={add ? "grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]" : undefined}>
      <section aria-labelledby={headingId} className="min-w-0 space-y-3">
        {search ? <div className="mb-5 max-w-2xl">{search}</div> : null}
        <h2 id={headingId} className="text-sm font-medium text-ink">
          {heading}
        </h2>
        {children}
      </section>
      {add ? (
        <Card className="h-fit min-w-0">
          <CardHeader>
            <CardTitle as="h2">{add.title}</CardTitle>
            <CardDescription>{add.description}</CardDescription>
          </CardHeader>
          <CardContent>{add.form}</CardContent>
        </Card>
      ) : null}
    </div>
  );
}
