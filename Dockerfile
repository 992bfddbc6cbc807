# Convene's image, built from the same artifact CI proves: `npm run build`
# makes .next/standalone, a folder that runs with `node server.js` and
# nothing else installed (lib/server/finish-build.mjs). The image is that
# folder on Node 20, run by a user without privileges.
#
#   docker build -t convene .
#   docker run --rm -e DATABASE_URL=... convene node db/migrate.js
#   docker run -p 3000:3000 -e DATABASE_URL=... -e APP_URL=... -e AUTH_SECRET=... convene
#
# compose.yaml runs PostgreSQL, the migration step and the app together.

FROM node:20-bookworm-slim AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# npm ci's postinstall patches Next's runtimes (lib/server/patch-next.mjs).
COPY lib/server/patch-next.mjs lib/server/inline-flight.mjs ./lib/server/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
RUN groupadd --system convene && useradd --system --gid convene --home-dir /app convene
COPY --from=build --chown=convene:convene /src/.next/standalone ./
USER convene
EXPOSE 3000
# Liveness: the process answers (no database). Readiness is /api/ready.
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) stops it gracefully within CONVENE_STOP_TIMEOUT_SECONDS (10).
STOPSIGNAL SIGTERM
# V8 flags: lib/server/node-flags.mjs says why.
CMD ["node", "--max-semi-space-size=64", "server.js"]
