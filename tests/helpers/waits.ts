/**
 * How long a test waits for something that takes a moment on an idle machine (a process to start,
 * an edit to reach every client, Redis to come back): a ceiling for a loaded one, a second
 * `npm test` alongside, never a pause. Every wait that uses it ends as soon as its condition holds,
 * so a passing test takes no longer for it; only a failing one does.
 */
export const WAIT_CEILING_MS = 120_000;

/**
 * How much processor time a `pegasus start` may use before it is ready (the wait for it is bounded
 * by the work, not the clock). Measured on the 2-core test machine: a first start (tsx compiling
 * the server, PGlite's WebAssembly, migrations, the demo store) used 45 s of CPU and a restart on
 * existing data 25 s; at a load average of 14 those took 298 s and 161 s of wall time, so any
 * wall-clock ceiling is either too short on a loaded machine or far too long on a quiet one. A
 * process that is stuck uses no CPU and one that loops uses it fast: both reach a CPU ceiling,
 * while a slow-because-starved one does not. Three times the cold start leaves room for slower
 * machines.
 */
export const STARTUP_CPU_CEILING_S = 135;
/** The wall-clock backstop behind it (a process starved for this long is a broken machine). */
export const STARTUP_WALL_CEILING_MS = 10 * 60_000;
