import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";

/**
 * A CSV import page's body: the form, and beside it what the file needs, in
 * words and as an example a person can copy.
 */
export function CsvImportLayout({
  title,
  form,
  example,
  children,
  footer,
}: {
  /** The form card's heading, where the page header does not already say it. */
  title?: string;
  form: React.ReactNode;
  example: string;
  /** What the file needs, in paragraphs. */
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <Card className="min-w-0">
        {title ? (
          <CardHeader>
            <CardTitle as="h2">{title}</CardTitle>
          </CardHeader>
        ) : null}
        <CardContent>{form}</CardContent>
      </Card>
      <Card className="min-w-0 self-start">
        <CardHeader>
          <CardTitle as="h2">What the file needs</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 text-sm text-muted">
          {children}
          <pre tabIndex={0} aria-label="An example file" className="overflow-x-auto rounded-md border border-line bg-surface p-3 font-mono text-xs text-ink">
            {example}
          </pre>
          {footer}
        </CardContent>
      </Card>
    </div>
  );
}
