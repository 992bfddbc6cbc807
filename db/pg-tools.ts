import fs from "node:fs";
import path from "node:path";

// pg_dump and pg_restore come with PostgreSQL's client tools, not with npm.
// Debian installs them under /usr/lib/postgresql/<major>/bin (with wrappers in
// /usr/bin when postgresql-client-common is there); the newest major dumps
// every older server, so it is preferred.

export type PgTool = "pg_dump" | "pg_restore";

export type ToolLookup = {
  /** PATH as the shell sees it. */
  path?: string;
  /** Where versioned installs live: <root>/<major>/bin. */
  versionedRoot?: string;
};

export class PgToolMissingError extends Error {
  constructor(tool: PgTool, lookedIn: string[]) {
    super(
      `${tool} was not found (looked in PATH and in ${lookedIn.join(", ")}). ` +
        `Backups and restores of PostgreSQL use PostgreSQL's own client tools: install them, of your server's major version or newer ` +
        `(Debian/Ubuntu: \`apt-get install postgresql-client\`; macOS: \`brew install libpq\`; or the client tools from postgresql.org), ` +
        `then run the command again.`,
    );
    this.name = "PgToolMissingError";
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The newest versioned install first, then PATH. */
export function findPgTool(tool: PgTool, lookup: ToolLookup = {}): string {
  const root = lookup.versionedRoot ?? "/usr/lib/postgresql";
  const searchPath = lookup.path ?? process.env.PATH ?? "";
  let versions: string[] = [];
  try {
    versions = fs
      .readdirSync(root)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    // No versioned installs here.
  }
  for (const v of versions) {
    const candidate = path.join(root, v, "bin", tool);
    if (isExecutable(candidate)) return candidate;
  }
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    if (isExecutable(candidate)) return candidate;
  }
  throw new PgToolMissingError(tool, [`${root}/*/bin`]);
}
