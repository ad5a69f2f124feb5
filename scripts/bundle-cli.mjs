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
// Then V8's code cache of the bundle is made beside it (main.bundle.cache): a child process loads
// the bundle as bin/cliEntry.js does, compares the two example files (the work most runs start
// with: reading CSV, the column tests, a report), and writes the cache of everything compiled by
// then, so a run compiles almost nothing (start to exit of a 1k-row comparison ≈ 20 ms sooner).
// Run by `npm run build` and `npm install` (prepare) after tsc.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
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

// The bundle is new: a cache from before must not be read with it (bin/cliEntry.js also compares their times).
const { CACHE } = createRequire(import.meta.url)("../bin/cliEntry.js");
rmSync(CACHE, { force: true });
const train = `
const { renameSync, writeFileSync } = require("node:fs");
const { devNull } = require("node:os");
const entry = require(${JSON.stringify(join(root, "bin", "cliEntry.js"))});
const { main, script } = entry.loadBundle(undefined);
const data = ${JSON.stringify(join(root, "examples", "data"))};
process.stdout.write = () => true;
main(["compare", data + "/reference.csv", data + "/current.csv", "--json", devNull, "--fail-on", "none"]).then((code) => {
  if (code !== 0) throw new Error("the training comparison exited " + code);
  writeFileSync(entry.CACHE + ".partial", script.createCachedData());
  renameSync(entry.CACHE + ".partial", entry.CACHE);
});
`;
try {
  execFileSync(process.execPath, ["-e", train], { stdio: ["ignore", "ignore", "inherit"] });
} catch (error) {
  // Only time is lost: the CLI compiles the bundle without a cache.
  process.stderr.write(`scripts/bundle-cli.mjs: the CLI bundle's code cache was not made (${error.message.split("\n")[0]}); the CLI works without it, a little slower to start.\n`);
}
