import type { ReactNode } from "react";
import { Button, cn, Select } from "@/components/ui";
import { personName } from "@/lib/people/display-name";

type Person = { id: string; honorific: string | null; givenName: string; familyName: string; email: string };

/** Lists open by themselves while they fit on a screen; longer ones wait behind their count. */
const OPEN_UP_TO = 10;

const n = (x: number) => x.toLocaleString("en-GB");

/**
 * Everyone an email is about to go to, with the count, so what the button
 * says can be checked against names. `note` says why each is listed (a
 * skipped guest's reason).
 */
export function RecipientList({ people, one, many, label, note }: { people: readonly Person[]; one: string; many: string; label: string; note?: (p: Person) => ReactNode }) {
  if (!people.length) return null;
  const summary = `${n(people.length)} ${people.length === 1 ? one : many}`;
  const long = people.length > OPEN_UP_TO;
  return (
    <details open={!long} className="group rounded-md border border-line bg-paper">
      <summary className="cursor-pointer px-3 py-2 font-medium text-ink marker:text-muted">{summary}</summary>
      {/* A long list scrolls inside its box, and the box takes keyboard focus so it can be scrolled without a mouse. */}
      <ol aria-label={label} tabIndex={long ? 0 : undefined} className={cn("divide-y divide-line border-t border-line", long && "max-h-96 overflow-y-auto")}>
        {people.map((p) => (
          <li key={p.id} className="px-3 py-2">
            <span className="block text-ink">{personName(p)}</span>
            <span className="block break-all text-xs text-muted">{p.email}</span>
            {note ? <span className="block text-xs text-muted">{note(p)}</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * "Preview as": a GET form (works without JavaScript) that re-renders the
 * page with the email as the chosen recipient will see it. `keep` carries the
 * page's other parameters (the guests chosen, the days skipped).
 */
export function PreviewAs({ people, selected, keep }: { people: readonly Person[]; selected: string | null; keep: Record<string, string> }) {
  if (people.length < 2) return null;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor="preview-as" className="block text-sm font-medium text-ink">
          Preview as
        </label>
        <Select id="preview-as" name="preview" defaultValue={selected ?? undefined} wrapperClassName="min-w-[14rem]">
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {personName(p)}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Show
      </Button>
    </form>
  );
}
