import { defineConfig } from "vitest/config";

// Two projects: everything runs in node except the editor's component tests (*.test.tsx under editor/).
// Timeouts are ceilings for a loaded machine (a second `npm test` alongside): tests wait for events
// and conditions, so a passing test takes no longer for them.
export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: one file at a time on a 2-core machine,
    // while most files spend much of their time waiting on a database, a socket or a child process.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: [
            "{domain,blocks,demo-store,renderer,collab,server,tests,bench,scripts}/**/*.test.{ts,tsx}",
            "editor/**/*.test.ts",
          ],
          exclude: ["**/node_modules/**", "tests/e2e/**"],
          // Files share a worker and its loaded modules instead of each starting a process and
          // loading the server again (half the CPU of a file on the test app); see
          // docs/decisions/0009-test-files-share-workers.md for what a test may then not do.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: "jsdom",
          environment: "jsdom",
          include: ["editor/**/*.test.tsx"],
          setupFiles: ["editor/src/test/setup.ts"],
          // The pseudo-locale en-XA, generated from the code's English (decision 0016).
          globalSetup: ["scripts/i18n-pseudo.mjs"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
