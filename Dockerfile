# syntax=docker/dockerfile:1.7
# Multi-stage build: install and build with dev dependencies, then ship production ones only.

FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The Prisma client is generated into server/db/generated; the editor into editor/dist.
RUN node scripts/prisma-generate.mjs --force && node scripts/build-editor.mjs --force

FROM node:20.19-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# tsx runs the TypeScript sources in production too, so it is a runtime dependency.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
WORKDIR /app
RUN groupadd --system pegasus && useradd --system --gid pegasus --home /app pegasus \
  && mkdir -p /data && chown pegasus:pegasus /data
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/bin ./bin
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/domain ./domain
COPY --from=build /app/blocks ./blocks
COPY --from=build /app/renderer ./renderer
# The demo store an empty embedded database starts with (server/demo.ts).
COPY --from=build /app/demo-store ./demo-store
COPY --from=build /app/collab ./collab
COPY --from=build /app/server ./server
COPY --from=build /app/editor/dist ./editor/dist
USER pegasus
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `pegasus start` applies pending migrations (under an advisory lock) before it listens.
CMD ["node", "bin/pegasus.js", "start"]
