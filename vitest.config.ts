import { defineConfig } from "vitest/config";

// Two projects: everything runs in node except the editor's component tests (*.test.tsx under editor/).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: [
            "{blocks,renderer,collab,server,tests,bench,scripts}/**/*.test.{ts,tsx}",
            "editor/**/*.test.ts",
          ],
          exclude: ["**/node_modules/**", "tests/e2e/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "jsdom",
          environment: "jsdom",
          include: ["editor/**/*.test.tsx"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
