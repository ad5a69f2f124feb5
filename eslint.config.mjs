// Lint for the whole repository. The engine (kernel-helpers/) must stay free of `vscode` and the
// DOM so that the CLI, notebooks and services can load it in plain Node.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const domGlobals = ["window", "document", "navigator", "HTMLElement", "localStorage", "location", "self"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "drift-report/**", ".bench/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
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
);
