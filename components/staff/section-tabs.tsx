"use client";

import { usePathname } from "next/navigation";
import { LinkTabs, type LinkTabItem } from "@/components/ui/link-tabs";

/**
 * Tabs in a layout, which stays mounted as the person moves between its
 * pages: the active tab follows the address, not the first render.
 * A tab is active on its own address and below it; `also` adds addresses.
 */
export function SectionTabs({ label, items }: { label: string; items: (Omit<LinkTabItem, "active"> & { exact?: boolean; also?: string[] })[] }) {
  const path = usePathname();
  return (
    <LinkTabs
      label={label}
      items={items.map(({ exact, also, ...item }) => ({
        ...item,
        active: (exact ? path === item.href : path === item.href || path.startsWith(`${item.href}/`)) || (also ?? []).includes(path),
      }))}
    />
  );
}
