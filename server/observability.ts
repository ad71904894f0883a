import * as Sentry from "@sentry/node";

let sentryEnabled = false;

/** Errors go to Sentry when SENTRY_DSN is set; they are always logged as well. */
export function initSentry(dsn: string | undefined, environment: string): void {
  if (!dsn) return;
  Sentry.init({ dsn, environment, tracesSampleRate: 0 });
  sentryEnabled = true;
}

export function captureException(error: unknown): void {
  if (sentryEnabled) Sentry.captureException(error);
}

export async function flushSentry(): Promise<void> {
  if (sentryEnabled) await Sentry.flush(2000);
}

/**
 * Logs (and reports) a promise rejection nobody handled, instead of letting Node end the process
 * on it: one forgotten `.catch` in a library (a Redis client during an outage, say) must not take
 * down every storefront, API and editor connection the process serves. A rejection nobody waited
 * for has no caller left to fail; an uncaught exception, which may leave state half-changed, still
 * ends the process. Returns a function that removes the handler.
 */
export function logUnhandledRejections(log: {
  error(context: object, message: string): void;
}): () => void {
  const handler = (reason: unknown) => {
    log.error({ err: reason }, "unhandled promise rejection; the process keeps running");
    captureException(reason);
  };
  process.on("unhandledRejection", handler);
  return () => void process.off("unhandledRejection", handler);
}
