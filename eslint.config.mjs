// Lint for the whole repository. The engine (kernel-helpers/) must stay free of `vscode` and the
// DOM so that the CLI, notebooks and services can load it in plain Node.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const domGlobals = ["window", "document", "navigator", "HTMLElement", "localStorage", "location", "self"];

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
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "vscode", message: "kernel-helpers/ is the engine: it must not import vscode (put editor glue in extension/)." }],
        patterns: [{ group: ["vscode/*", "**/extension/**", "**/media/**"], message: "kernel-helpers/ must not depend on editor or browser code." }],
      }],
      "no-restricted-globals": ["error", ...domGlobals.map((name) => ({ name, message: "kernel-helpers/ runs in plain Node: no DOM globals." }))],
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
          { group: ["**/kernel-helpers/**"], message: "Use the engine through its package: import type from \"driftlens\", values from loadEngine() (extension/engine.ts)." },
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
