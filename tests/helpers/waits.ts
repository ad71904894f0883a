/**
 * How long a test waits for something that takes a moment on an idle machine (a process to start,
 * an edit to reach every client, Redis to come back): a ceiling for a loaded one, a second
 * `npm test` alongside, never a pause. Every wait that uses it ends as soon as its condition holds,
 * so a passing test takes no longer for it; only a failing one does.
 */
export const WAIT_CEILING_MS = 120_000;
