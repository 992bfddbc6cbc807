// The flags Node runs Convene's server with, wherever it runs: `npm start`,
// the Dockerfile's CMD, e2e/serve.mjs (the journeys' copy of the artifact),
// e2e/production-server.ts (the outage and balancer journeys' own servers),
// the bench's server and its cold start (bench/artifact.mjs).
// lib/server/deploy-files.test.ts keeps them in step.
//
// --max-semi-space-size=64: V8's young generation, where a request's
// short-lived objects are born, gets 64 MB semi-spaces instead of Node 20's
// 16 MB. A rendered page allocates megabytes (React's element trees, the RSC
// payload, the HTML); with small semi-spaces V8 stops to collect every few
// requests and copies whatever is still alive, then promotes it to the old
// generation, which it must later mark and sweep. Measured on the bench's
// data (bench/PROFILE.md, "Eleventh pass": two servers of one build, one
// with the flag, loaded at the same moment so both meet the same machine):
// 3 to 8 % less server CPU per request (the bare page 7.5 %, the staff guest
// list 4 %, the guest page 3 %), and no more resident memory: fewer objects
// live long enough to be promoted.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
