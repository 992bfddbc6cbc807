import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** A search that is a plain GET form: a labelled box and its button; `hidden` carries the page's other choices. */
export function SearchForm({
  id,
  name,
  value,
  label,
  placeholder,
  button,
  hidden = {},
  className,
  inputClassName,
}: {
  id: string;
  name: string;
  value: string;
  label: string;
  placeholder: string;
  button: string;
  hidden?: Record<string, string>;
  className?: string;
  inputClassName?: string;
}) {
  return (
    <form method="get" role="search" className={cn("flex gap-2", className)}>
      {Object.entries(hidden).map(([key, v]) => (
        <input key={key} type="hidden" name={key} value={v} />
      ))}
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name={name} defaultValue={value} placeholder={placeholder} className={cn("min-h-9 rounded-md border border-line-strong bg-paper px-3 text-sm", inputClassName)} />
      <Button type="submit" size="sm" variant="secondary">
        {button}
      </Button>
    </form>
  );
}
