// Lint for the whole repository. The engine (kernel-helpers/) must stay free of `vscode` and the
// DOM so that the CLI, notebooks and services can load it in plain Node.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const domGlobals = ["window", "document", "navigator", "HTMLElement", "localStorage", "location", "self"];

/** Engine folders below check/: the check is built of them, so none may import check/ (nor cli/). */
const BELOW_CHECK = ["data", "stats", "drift", "summary", "windows", "performance", "embeddings", "multivariate", "quality", "config", "baseline", "fs", "synth", "logger"];

/** The engine's import rule: never vscode, editor or browser code; plus the folder's own wrong-way arrows. */
function engineImports(extraPatterns) {
  return ["error", {
    paths: [{ name: "vscode", message: "kernel-helpers/ is the engine: it must not import vscode (put editor glue in extension/)." }],
    patterns: [{ group: ["vscode/*", "**/extension/**", "**/media/**"], message: "kernel-helpers/ must not depend on editor or browser code." }, ...extraPatterns],
  }];
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "drift-report/**", ".bench/**", "coverage/**", "media/out/**", ".ci/cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "no-restricted-syntax": ["error", { selector: "ExportDefaultDeclaration", message: "Use named exports." }],
    },
  },
  {
    files: ["kernel-helpers/**/*.ts"],
    ignores: ["kernel-helpers/cli/**"],
    rules: {
      "no-restricted-imports": engineImports([{ group: ["**/cli/*"], message: "The engine must not import cli/: the command line sits on top of it." }]),
      "no-restricted-globals": ["error", ...domGlobals.map((name) => ({ name, message: "kernel-helpers/ runs in plain Node: no DOM globals." }))],
    },
  },
  {
    files: ["kernel-helpers/cli/**/*.ts"],
    rules: { "no-restricted-imports": engineImports([]) },
  },
  {
    // The layers below the check: they are what check/ is built of, so they may not reach up into it.
    files: BELOW_CHECK.map((folder) => `kernel-helpers/${folder}/**/*.ts`),
    rules: {
      "no-restricted-imports": engineImports([
        { group: ["**/cli/*"], message: "The engine must not import cli/: the command line sits on top of it." },
        { group: ["**/check/*"], message: "This folder is below check/ (the check is built of it): it may not import check/." },
      ]),
    },
  },
  {
    // The column tests and what they read are below summary/ (the summaries run those tests where the data lives; compareDatasets chooses between the two): they may not import it.
    files: ["data", "stats", "drift", "fs", "config"].map((folder) => `kernel-helpers/${folder}/**/*.ts`),
    rules: {
      "no-restricted-imports": engineImports([
        { group: ["**/cli/*"], message: "The engine must not import cli/: the command line sits on top of it." },
        { group: ["**/check/*"], message: "This folder is below check/ (the check is built of it): it may not import check/." },
        { group: ["**/summary/*"], message: "This folder is below summary/ (summaries run its tests where the data lives): it may not import summary/." },
      ]),
    },
  },
  {
    // Windows and performance are used by baselines and checks, so they may not import them.
    files: ["kernel-helpers/performance/**/*.ts", "kernel-helpers/windows/**/*.ts"],
    rules: {
      "no-restricted-imports": engineImports([
        { group: ["**/cli/*"], message: "The engine must not import cli/: the command line sits on top of it." },
        { group: ["**/check/*"], message: "This folder is below check/ (the check is built of it): it may not import check/." },
        { group: ["**/baseline/*"], message: "performance/ and windows/ are below baseline/ (baselines are built of them): they may not import baseline/." },
      ]),
    },
  },
  {
    files: ["**/*.mjs", "**/*.js", "**/*.cjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", Buffer: "readonly", performance: "readonly" } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The extension runs in VS Code's Node extension host: no DOM; the engine only by its package name, loaded lazily.
    files: ["extension/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          // Leaf modules of the engine (no imports of their own beyond leaf helpers) are shared without loading the engine.
          { regex: "kernel-helpers/(?!(report/(escapeHtml|reportVerdict|pageStart|countNoun)|formatCount)$)", message: "Use the engine through its package: import type from \"driftlens\", values from loadEngine() (extension/engine.ts)." },
          { regex: "media/(?!src/shared/(protocol|selectFigures)$)", message: "The extension shares only the panel protocol and the figure selection with media/." },
        ],
      }],
      "no-restricted-globals": ["error", ...domGlobals.map((name) => ({ name, message: "extension/ runs in the extension host (Node): no DOM; browser code goes in media/." }))],
    },
  },
  {
    // Webview and notebook-renderer code runs in a browser frame: no vscode, no Node built-ins.
    files: ["media/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "vscode", message: "media/ runs in a webview: talk to the extension by postMessage." }],
        patterns: [{ group: ["node:*", "fs", "path", "child_process", "**/extension/**"], message: "media/ runs in a browser frame: no Node modules, no extension code." }],
      }],
      "no-restricted-globals": ["error", ...["process", "require", "Buffer", "__dirname", "global"].map((name) => ({ name, message: "media/ runs in a browser frame: no Node globals (its tsconfig has Node types only for the engine code it bundles)." }))],
    },
  },
);
