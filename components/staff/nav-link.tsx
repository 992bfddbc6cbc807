"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui";

export function NavLink({ href, children, exact = false }: { href: string; children: React.ReactNode; exact?: boolean }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      // On a phone the menu is a popover: the page changes under it, so it closes.
      onClick={(e) => (e.currentTarget.closest("[popover]") as HTMLElement | null)?.hidePopover?.()}
      className={cn(
        "flex min-h-9 items-center gap-2.5 rounded-md px-3 text-sm font-medium text-muted hover:bg-surface-sunken hover:text-ink",
        active && "bg-paper text-ink shadow-card ring-1 ring-line",
      )}
    >
      {children}
    </Link>
  );
}
