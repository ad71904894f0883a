import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { compose, type Composition } from "./compose.ts";
import type { Config } from "./config.ts";
import { seedDemo, type DemoLogin } from "./demo.ts";
import { flushSentry, initSentry, logUnhandledRejections } from "./observability.ts";
import { purgeDeletedSites } from "./routers/sites/sites.handler.ts";

export type RunningServer = {
  app: FastifyInstance;
  composition: Composition;
  url: string;
  /** Set when this start created the demo account. */
  demo: DemoLogin | null;
  stop(): Promise<void>;
};

const HOUR_MS = 60 * 60 * 1000;

/** Starts Pegasus: migrate, compose, listen, and stop cleanly on SIGTERM/SIGINT. */
export async function startServer(
  config: Config,
  options: { handleSignals?: boolean } = {},
): Promise<RunningServer> {
  initSentry(config.sentryDsn, config.env);
  const composition = await compose(config);
  const { deps } = composition;
  const keepRunning = logUnhandledRejections(deps.log);
  const app = await buildApp(deps);

  const timers: { purge?: NodeJS.Timeout } = {};
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(timers.purge);
      // Fastify stops accepting, lets in-flight requests finish, then closes idle connections.
      await app.close();
      await composition.close();
      await flushSentry();
      keepRunning();
    })());

  // Installed before anything slow, so a SIGTERM at any point of the start is a clean stop.
  if (options.handleSignals ?? true) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        deps.log.info({ signal }, "shutting down");
        const force = setTimeout(() => {
          deps.log.error("shutdown took longer than 10 s; exiting");
          process.exit(1);
        }, 10_000).unref();
        stop().then(
          () => {
            clearTimeout(force);
            process.exit(0);
          },
          (error: unknown) => {
            deps.log.error({ err: error }, "shutdown failed");
            process.exit(1);
          },
        );
      });
    }
  }

  // Before listening, so that once /readyz answers the demo store is there.
  const demo = await seedDemo(deps, { force: config.seedDemo });

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  const purge = () =>
    purgeDeletedSites(deps).catch((error: unknown) =>
      deps.log.error({ err: error }, "purging deleted sites failed"),
    );
  void purge();
  timers.purge = setInterval(() => void purge(), HOUR_MS).unref();

  deps.log.info({ url }, "Pegasus is listening");
  return { app, composition, url, demo, stop };
}
