/**
 * "zod" as the editor's bundle sees it (editor/vite.config.ts points the bare import here): the
 * library with its JIT off. Zod compiles object parsers with `new Function` when it may, and
 * probes for that once; under the app's CSP (no 'unsafe-eval') the probe is refused, and Chromium
 * reports the refusal as a CSP violation even though zod catches it. Set in the module every
 * schema imports, the setting is in place before any schema exists, however the chunks fall.
 * (Parsing without the JIT is the interpreter zod uses anyway where eval is off.)
 */
import { config } from "zod/v4";

config({ jitless: true });

export * from "zod/v4";
export { default } from "zod/v4";
