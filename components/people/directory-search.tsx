import Form from "next/form";
import NextLink from "next/link";
import { Search } from "@/components/icons/lucide";
import { Button, Input } from "@/components/ui";

/**
 * A GET form, so searching works before (or without) JavaScript and a
 * search is a link that can be shared or exported.
 */
export function DirectorySearch({
  action,
  name = "q",
  value,
  label,
  hint,
  keepScroll = false,
  keep = {},
}: {
  action: string;
  name?: string;
  value: string;
  label: string;
  hint?: string;
  /** For a search further down a page, so the results appear where the person is looking. */
  keepScroll?: boolean;
  /** Other parts of the address the search keeps (the people page's filters). */
  keep?: Record<string, string>;
}) {
  const id = `search-${name}`;
  return (
    <Form action={action} scroll={!keepScroll} role="search" className="flex flex-col gap-1.5">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label htmlFor={id} className="text-sm font-medium leading-5 text-ink">
        {label}
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          name={name}
          type="search"
          defaultValue={value}
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1"
          {...(hint ? { "aria-describedby": `${id}-hint` } : null)}
        />
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" />
          Search
        </Button>
        {value ? (
          <Button asChild variant="ghost">
            <NextLink href={action} scroll={!keepScroll}>
              Clear
            </NextLink>
          </Button>
        ) : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-[13px] leading-5 text-muted">
          {hint}
        </p>
      ) : null}
    </Form>
  );
}
