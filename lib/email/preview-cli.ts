import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { render } from "@react-email/render";
import { createElement, type ComponentType } from "react";

// `npm run email:preview`: renders every template in emails/ with its own
// PreviewProps, through the same renderer delivery uses, into
// .data/email-preview/*.html to open in a browser. No server, no network.
async function main() {
  const dir = path.join(process.cwd(), "emails");
  const out = path.join(process.cwd(), ".data", "email-preview");
  fs.mkdirSync(out, { recursive: true });
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".tsx"));
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
      default?: ComponentType<Record<string, unknown>>;
      PreviewProps?: Record<string, unknown>;
    };
    if (!mod.default || !mod.PreviewProps) continue;
    const html = await render(createElement(mod.default, mod.PreviewProps));
    const target = path.join(out, file.replace(/\.tsx$/, ".html"));
    fs.writeFileSync(target, html);
    console.log(`${file.padEnd(28)} ${pathToFileURL(target).href}`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
