// Bundles the compiled CLI (dist/kernel-helpers/cli/main.js and every module it imports, with
// @duckdb/node-api) into dist/kernel-helpers/cli/main.bundle.js, which bin/driftlens.js loads
// when it is not older than main.js. One file instead of ~360 to find, read and compile: a
// `driftlens compare` of two 1k-row files starts to exit 0.25 → 0.22 s on this machine (see
// BENCHMARKS.md). Modules still run only when first required, so a command loads no more than
// before; every other package (DuckDB's native binding, the embeddings runtime, Fastify, Plotly,
// the database clients, apache-arrow) stays outside and is required from node_modules as before.
// The bundle sits beside main.js, so the `__dirname`-relative paths of the engine
// (`../../../package.json`, `../../../models`, `../drift/columnTestWorker.js`) resolve alike.
//
// Tried and not kept: compiling the bundle through `vm.Script` with V8's code cache of a trained
// comparison started a 1k-row comparison 20 ms sooner but raised a 1M-row check's peak memory by
// about 50 MB (490–530 MB against 435–455 MB loaded by `require`).
// Run by `npm run build` and `npm install` (prepare) after tsc.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "kernel-helpers", "cli");
const BUNDLED_PACKAGES = ["@duckdb/node-api"];

await build({
  entryPoints: [join(cli, "main.js")],
  outfile: join(cli, "main.bundle.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
  legalComments: "none",
  plugins: [
    {
      name: "packages-outside",
      setup(bundler) {
        // A bare import is a package: outside the bundle unless listed.
        bundler.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_PACKAGES.some((name) => args.path === name || args.path.startsWith(`${name}/`)) ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
