import path from "node:path";
import { writeIcons } from "./icons";

// npm run icons: remakes public/'s icons and manifest from lib/brand/mark.svg.
const dir = path.join(process.cwd(), "public");
writeIcons(dir).then(
  (files) => console.log(`Wrote ${files.map((f) => `public/${f}`).join(", ")}`),
  (e: unknown) => {
    console.error(`Could not make the icons: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
