# The Slack bot as a container: HTTP mode (or Socket Mode) on PORT, /health for the orchestrator.
# Stage 1 installs everything and bundles the bot with esbuild; stage 2 holds only the production
# dependencies and the bundle, runs as the unprivileged `node` user, and bakes in no secret: every
# credential (SLACK_*, REDIS_URL) comes from the environment at run time (see compose.yaml, README "Container").
# The base image is pinned to one Node 22 release; Dependabot proposes newer ones.
ARG NODE_IMAGE=node:22.12.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:bot

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    LOG_FORMAT=json
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/bot ./dist/bot
# The chart font subset the chart renderer loads (found from dist/bot/ a folder up).
COPY --from=build /app/render/fonts ./render/fonts
USER node
EXPOSE 3000
# /health answers 200 while the process serves; /ready (Redis reachable) is for the load balancer.
HEALTHCHECK --interval=15s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM reaches node itself (PID 1, no shell or npm in between): it drains requests in flight and exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "dist/bot/index.js"]
