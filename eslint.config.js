// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import formatjs from "eslint-plugin-formatjs";
import { builtinModules } from "node:module";

/** Our folders that code imports from: the top-level ones, and the collab server inside collab/. */
const FOLDERS = [
  "domain",
  "blocks",
  "demo-store",
  "renderer",
  "collab",
  "collab/server",
  "server",
  "editor",
  "bin",
  "scripts",
  "tests",
  "bench",
];

/** Files that exist for tests only: beside the code, they may also use tests/ and the demo store. */
const TEST_FILES = [
  "**/*.test.{ts,tsx}",
  "**/testkit.ts",
  "**/testing/**",
  "**/contract.ts",
  "editor/src/**/test/**",
];

/** Build tool configs inside a layer's folder: they run in Node at build time. */
const TOOL_CONFIGS = ["**/vite.config.ts"];

/** Node's own modules by their bare names (`fs`); `node:*` is refused as a pattern. */
const NODE_MODULES = builtinModules.filter((name) => !name.startsWith("_"));

/** Node's globals, which browser code must not use. */
const NODE_GLOBALS = [
  "process",
  "Buffer",
  "global",
  "__dirname",
  "__filename",
  "require",
  "setImmediate",
];

/** Code that runs in the browser (besides the shared core, which runs in both). */
const BROWSER_FILES = [
  "editor/src/**/*.{ts,tsx}",
  "renderer/islands/islands.ts",
  "server/review/reviewer/review-ui.ts",
];

/**
 * Habits kept by the linter rather than by review (CONTRIBUTING.md): our own modules are imported
 * with their extension (./file.ts), as Node and the bundlers resolve them; no focused test reaches
 * CI, where it would quietly skip every other test of its file.
 */
const OWN_MODULE_WITHOUT_EXTENSION = "/^[.][.]?[/](?!.*[.](ts|tsx|json|css|js|mjs|svg)$)/";
const HABITS = [
  ...[
    "ImportDeclaration",
    "ExportNamedDeclaration",
    "ExportAllDeclaration",
    "ImportExpression",
  ].map((node) => ({
    selector: `${node}[source.value=${OWN_MODULE_WITHOUT_EXTENSION}]`,
    message: "Import our own modules with their extension (./file.ts, ./file.tsx).",
  })),
  {
    selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']",
    message: "A focused test skips every other test of its file; remove .only before committing.",
  },
];

/**
 * The transport stays at the edge: `@trpc/server` is for the procedures and their error middleware
 * (server/trpc.ts), the routers that declare procedures, and the app that mounts the adapter
 * (server/app.ts); the editor takes the router's types through it (editor/src/api/types.ts).
 * Domain code throws `DomainError` (server/errors.ts) and never the transport's errors
 * (decision 0010). Test files may drive procedures with it.
 */
const TRPC_SERVER = {
  files: ["server/trpc.ts", "server/routers/**", "server/app.ts"],
  typeFiles: ["editor/src/api/types.ts"],
};
const TRPC_SERVER_MESSAGE =
  "@trpc/server belongs to server/trpc.ts, server/routers/ and server/app.ts (types: editor/src/api/types.ts); domain code throws DomainError (server/errors.ts): see decision 0010.";

/** A relative import that climbs out to the folder `name` (`../server/x`, `../../collab/server`). */
const reaching = (name) => `^(\\.\\./)+${name}(/|$)`;

/**
 * The import rule of one layer: its files may import, of ours, only the folders in `mayImport`
 * (and only types from `typesFrom`), statically, through `export ... from` or with `import()`.
 * `inner` names sub-folders of the layer that the rest of it may not import (collab/server).
 * Test files of the layer may also import tests/ helpers, the demo store and all of the layer, and
 * run in Node even where the layer runs in browsers.
 */
function layer(folder, { mayImport, typesFrom = [], inner = [], noNodeBuiltins = false }) {
  const top = folder.split("/")[0];
  const rules = ({ allowed, typesOnly, barredInside, browser, trpc = "barred" }) => {
    const barred = FOLDERS.filter(
      (name) =>
        name !== top && name !== folder && !allowed.includes(name) && !typesOnly.includes(name),
    );
    const notInside = barred.filter((name) => allowed.includes(name.split("/")[0]));
    const message = `${folder}/ imports ${
      allowed.length ? allowed.map((name) => `${name}/`).join(", ") : "nothing"
    } of ours${notInside.map((name) => ` (not ${name}/)`).join("")}${typesOnly
      .map((name) => `, and only types from ${name}/`)
      .join("")}: see docs/ARCHITECTURE.md.`;
    const regexes = [
      ...barred.map(reaching),
      ...barredInside.flatMap((sub) => [`^\\./${sub}(/|$)`, reaching(sub)]),
    ];
    const patterns = [
      { regex: regexes.join("|"), message },
      ...typesOnly.map((name) => ({ regex: reaching(name), allowTypeImports: true, message })),
    ];
    if (trpc !== "allowed")
      patterns.push({
        group: ["@trpc/server", "@trpc/server/*"],
        message: TRPC_SERVER_MESSAGE,
        ...(trpc === "types" ? { allowTypeImports: true } : {}),
      });
    const nodeMessage = `${folder}/ runs in browsers: no Node built-ins.`;
    if (browser) patterns.push({ group: ["node:*"], message: nodeMessage });
    const paths = browser ? NODE_MODULES.map((name) => ({ name, message: nodeMessage })) : [];
    // no-restricted-imports does not see import(): the same paths, as syntax.
    const dynamic = [...regexes, ...typesOnly.map(reaching)].join("|").replaceAll("/", "\\x2F");
    return {
      "no-restricted-imports": ["error", { paths, patterns }],
      // One list per file (a later config replaces the rule's whole list): the habits too.
      "no-restricted-syntax": [
        "error",
        ...HABITS,
        { selector: `ImportExpression[source.value=/${dynamic}/]`, message },
      ],
    };
  };
  const nested = folder === "collab" ? ["collab/server/**"] : [];
  const own = (globs) => globs.filter((glob) => glob.startsWith(`${folder}/`));
  const production = (trpc) =>
    rules({
      allowed: mayImport,
      typesOnly: typesFrom,
      barredInside: inner,
      browser: noNodeBuiltins,
      trpc,
    });
  // The files that may use @trpc/server: the same rules less that one (a later config replaces
  // the rule's whole list).
  const transport = [
    ...[
      [own(TRPC_SERVER.files), "allowed"],
      [own(TRPC_SERVER.typeFiles), "types"],
    ]
      .filter(([files]) => files.length > 0)
      .map(([files, trpc]) => ({
        files,
        ignores: [...TEST_FILES, ...TOOL_CONFIGS],
        rules: production(trpc),
      })),
  ];
  return [
    {
      files: [`${folder}/**/*.{ts,tsx,js,mjs}`],
      ignores: [...TEST_FILES, ...TOOL_CONFIGS, ...nested],
      rules: production("barred"),
    },
    ...transport,
    {
      files: TEST_FILES.map((glob) => `${folder}/${glob}`),
      ignores: nested,
      rules: rules({
        allowed: [...mayImport, "tests", "demo-store"],
        typesOnly: typesFrom,
        barredInside: [],
        browser: false,
        trpc: "allowed",
      }),
    },
  ];
}

/**
 * The merchant app's folders whose every user-visible string goes through the catalogue (#18,
 * decision 0016): the formatjs rules hold there. A folder joins this list when its screens are
 * translated (editor/, blocks, ai, media, review, commerce are being done): add it here, the
 * rules then keep it so.
 */
const TRANSLATED = [
  "editor/src/account/**",
  "editor/src/auth/LoginPage.tsx",
  "editor/src/auth/SignupPage.tsx",
  "editor/src/app/UserMenu.tsx",
  "editor/src/commerce/shared.tsx",
  "editor/src/commerce/DiscountsPage.tsx",
  "editor/src/commerce/ShippingPage.tsx",
  "editor/src/commerce/TaxesPage.tsx",
  "editor/src/commerce/PaymentsPage.tsx",
  "editor/src/commerce/PayPalConnection.tsx",
  "editor/src/commerce/PayoutsPage.tsx",
  "editor/src/commerce/paymentWords.ts",
  "editor/src/commerce/time.ts",
  "editor/src/api/serverMessages.ts",
  "editor/src/i18n/**",
  "editor/src/app/**",
  "editor/src/auth/**",
  "editor/src/dashboard/**",
  "editor/src/invitations/**",
  "editor/src/sites/**",
  "editor/src/ui/**",
  "editor/src/lib/**",
  "editor/src/api/**",
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".data/",
      "editor/dist/",
      "server/db/generated/",
      "test-results/",
      "playwright-report/",
      "coverage/",
      ".tsbuild/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // The type-aware rules below read types through TypeScript's project service.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "smart"],
      "no-console": "off",
      // A promise is awaited, returned, or handed on with `void` and its own catch; a switch
      // over a union names every case (or has a default); only errors are thrown.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "@typescript-eslint/only-throw-error": "error",
      "no-restricted-syntax": ["error", ...HABITS],
    },
  },
  {
    // Plain JavaScript (configs, scripts, the bench entry) is outside the TypeScript project.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["editor/**/*.{ts,tsx}", "blocks/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  // What each folder may import of ours (docs/ARCHITECTURE.md, "What may import what").
  ...layer("domain", { mayImport: [], noNodeBuiltins: true }),
  ...layer("blocks", { mayImport: ["domain"] }),
  ...layer("demo-store", { mayImport: ["blocks", "domain"] }),
  ...layer("renderer", { mayImport: ["blocks", "domain"] }),
  // collab/ outside server/ is the document mapping the editor shares: no Hocuspocus server code.
  ...layer("collab", { mayImport: ["blocks", "domain"], inner: ["server"] }),
  ...layer("collab/server", { mayImport: ["blocks", "domain"] }),
  ...layer("server", {
    mayImport: ["domain", "blocks", "demo-store", "renderer", "collab", "collab/server"],
  }),
  ...layer("bin", { mayImport: ["server", "scripts"] }),
  ...layer("scripts", { mayImport: [] }),
  ...layer("editor", {
    mayImport: ["domain", "blocks", "collab"],
    typesFrom: ["server"],
    noNodeBuiltins: true,
  }),
  {
    // Node's types reach the browser project anyway (the Hocuspocus provider's and tRPC's
    // declarations import "ws", which brings @types/node), so the linter keeps Node out.
    files: BROWSER_FILES,
    ignores: TEST_FILES,
    rules: {
      "no-restricted-globals": [
        "error",
        ...NODE_GLOBALS.map((name) => ({ name, message: "Browser code: no Node globals." })),
      ],
    },
  },
  {
    files: TRANSLATED.map((glob) => (glob.endsWith("**") ? `${glob}/*.{ts,tsx}` : glob)),
    ignores: TEST_FILES,
    plugins: { formatjs },
    rules: {
      "formatjs/enforce-default-message": ["error", "literal"],
      "formatjs/enforce-placeholders": "error",
      "formatjs/no-invalid-icu": "error",
      "formatjs/enforce-id": [
        "error",
        // <area>.<screen>.<what>, written by hand (not a hash).
        {
          idInterpolationPattern: "[sha512:contenthash:base64:6]",
          idWhitelist: ["^[a-z]+(\\.[a-zA-Z0-9]+){2,}$"],
        },
      ],
      "formatjs/no-literal-string-in-jsx": [
        "error",
        {
          props: { include: [["*", "(aria-label|title|placeholder|label|description|hint|alt)"]] },
        },
      ],
    },
  },
);
