import type { CSSProperties } from "react";

// Email clients ignore stylesheets and web fonts, so the house style travels
// as inline styles over system font stacks.
export const colors = {
  ink: "#14213d",
  paper: "#ffffff",
  surface: "#faf8f4",
  accent: "#0f5e5a",
  rule: "#e4ddd0",
  // Muted ink that still reads at 4.5:1 on paper and on the warm surface.
  muted: "#586072",
} as const;

export const fonts = {
  serif: 'Georgia, "Iowan Old Style", "Palatino Linotype", "Times New Roman", serif',
  sans: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
} as const;

export const heading: CSSProperties = {
  fontFamily: fonts.serif,
  fontSize: "24px",
  fontWeight: 400,
  lineHeight: "32px",
  color: colors.ink,
  margin: "0 0 16px",
};

export const paragraph: CSSProperties = {
  fontFamily: fonts.sans,
  fontSize: "16px",
  lineHeight: "26px",
  color: colors.ink,
  margin: "0 0 16px",
};

export const fineprint: CSSProperties = {
  fontFamily: fonts.sans,
  fontSize: "14px",
  lineHeight: "22px",
  color: colors.muted,
  margin: "0",
};
