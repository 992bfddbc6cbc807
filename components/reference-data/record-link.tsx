import NextLink from "next/link";

export const emptyCell = <span className="text-subtle">—</span>;

/** The name in a venue, organization or program row, leading to its own page. */
export function RecordLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <NextLink
      href={href}
      className="text-ink underline decoration-ink/25 underline-offset-[0.2em] hover:decoration-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      {children}
    </NextLink>
  );
}

const number = new Intl.NumberFormat("en-GB");
export const formatCount = (n: number) => number.format(n);
