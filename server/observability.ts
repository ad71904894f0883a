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
