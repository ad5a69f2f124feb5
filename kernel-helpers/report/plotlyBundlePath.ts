/**
 * The path of Plotly's cartesian bundle (`plotly.js-cartesian-dist-min`, a dependency), the one
 * file a report page or a webview needs to draw every driftlens figure offline. The HTML report
 * inlines it; the VS Code extension serves it from its own folder.
 *
 * @example readFileSync(plotlyBundlePath(), "utf8").length // about 1.4 MB
 */
export function plotlyBundlePath(): string {
  return require.resolve("plotly.js-cartesian-dist-min/plotly-cartesian.min.js");
}
