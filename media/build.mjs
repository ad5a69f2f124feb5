// Bundles the browser code in media/src/ into media/out/ (gitignored) with esbuild:
// - renderer.js: the notebook renderer, an ES module; Plotly is split into a chunk loaded on first draw;
// - panel.js: the report panel's front-end (an IIFE loaded by nonce), with plotly.min.js beside it.
// Type-checking is `tsc -p media/tsconfig.json` (noEmit); esbuild only strips types.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "out");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = { bundle: true, minify: true, sourcemap: false, target: "es2022", logLevel: "warning", legalComments: "none" };
await build({ ...common, entryPoints: { renderer: join(here, "src/renderer/index.ts") }, outdir: out, format: "esm", splitting: true, chunkNames: "chunk-[hash]" });
await build({ ...common, entryPoints: { panel: join(here, "src/panel/main.ts") }, outdir: out, format: "iife", external: ["plotly.js-cartesian-dist-min"] });
const require = createRequire(import.meta.url);
copyFileSync(require.resolve("plotly.js-cartesian-dist-min/plotly-cartesian.min.js"), join(out, "plotly.min.js"));
