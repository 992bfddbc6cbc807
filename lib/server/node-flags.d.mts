// Types for lib/server/node-flags.mjs (plain JavaScript: the bench and e2e/serve.mjs import it too).
export declare const SERVER_NODE_FLAGS: readonly string[];
