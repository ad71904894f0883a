import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompileMessages } from "../scripts/precompile-messages.ts";

const editorRoot = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.PEGASUS_API_URL ?? "http://localhost:3000";

// Only paths that belong to the server go through the proxy. Keys starting with ^ are regular
// expressions: a bare "/s" would also swallow the editor's own "/sites/..." routes. The Host
// header is kept (no changeOrigin) so the server's CSRF check sees a same-origin request.
const toServer = { target: api, changeOrigin: false };

export default defineConfig(({ command }) => {
  // `npm start` may run under NODE_ENV=test (the browser suite): that would bundle React's
  // development build. The editor's build is always a production build.
  if (command === "build" && process.env.NODE_ENV !== "development") {
    process.env.NODE_ENV = "production";
  }
  return {
    root: editorRoot,
    base: "/",
    // The build ships messages parsed and no ICU parser (decision 0016, "Cost").
    plugins: [precompileMessages(), react()],
    // zod without its eval probe, which the app's CSP reports as a violation (src/lib/zod.ts).
    resolve: {
      alias: [
        { find: /^zod$/, replacement: fileURLToPath(new URL("./src/lib/zod.ts", import.meta.url)) },
      ],
    },
    build: {
      outDir: fileURLToPath(new URL("./dist", import.meta.url)),
      emptyOutDir: true,
      target: "es2022",
      sourcemap: true,
      // The fonts are many small woff2 files; keep them as files (cacheable), not data URLs.
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: their own chunks stay cached across deploys.
          codeSplitting: {
            groups: [
              {
                name: "react",
                test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              },
              { name: "data", test: /node_modules[\\/](@tanstack|@trpc)[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      port: Number(process.env.EDITOR_DEV_PORT ?? 5173),
      proxy: {
        "/trpc": toServer,
        "/collab": { ...toServer, ws: true },
        "^/s(/|$)": toServer,
        "^/p/": toServer,
        "^/api(/|$)": toServer,
        "/_pegasus": toServer,
        "/healthz": toServer,
        "/readyz": toServer,
      },
    },
    preview: { port: 4173 },
  };
});
