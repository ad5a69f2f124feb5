/**
 * Notebook renderer for `application/vnd.driftlens.report+json` (a report) and
 * `application/vnd.driftlens.figure+json` (one figure): the entry VS Code loads in the notebook's
 * output frame. It refuses in an untrusted workspace, loads Plotly on the first output (a
 * separate chunk), draws with drawReport or drawFigure, shows errors in place, and purges every
 * plot of an output when VS Code disposes it.
 */
import type { ActivationFunction } from "./rendererApi";
import type { DrawnPlot, PlotlyApi } from "../shared/plotly";
import { followThemeAndSize } from "../shared/plotly";
import { drawFigure } from "./drawFigure";
import { drawReport } from "./drawReport";

const FIGURE_MIME = "application/vnd.driftlens.figure+json";

let plotly: Promise<PlotlyApi> | undefined;
const loadPlotly = (): Promise<PlotlyApi> => (plotly ??= import("plotly.js-cartesian-dist-min").then((module) => (module.default ?? module) as PlotlyApi));

/** The output's look, from the notebook's theme variables (scoped to the report's classes). */
const STYLE = `
.driftlens-report { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
.driftlens-report h3 { margin: 4px 0; }
.driftlens-figure { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
.driftlens-figure h4 { margin: 4px 0; font-weight: 600; }
.driftlens-verdict { font-weight: 600; margin: 2px 0; }
.driftlens-verdict.drift { color: var(--vscode-errorForeground); }
.driftlens-verdict.not-checked { color: var(--vscode-editorWarning-foreground, #cca700); }
.driftlens-sides, .driftlens-alert { margin: 2px 0; color: var(--vscode-descriptionForeground); }
.driftlens-plot { min-height: 360px; }
`;

function addStyle(): void {
  if (document.getElementById("driftlens-renderer-style")) return;
  const style = document.createElement("style");
  style.id = "driftlens-renderer-style";
  style.textContent = STYLE;
  document.head.append(style);
}

export const activate: ActivationFunction = (context) => {
  addStyle();
  const plots = new Map<string, DrawnPlot[]>();
  let following = false;
  const dispose = (id: string) => {
    const drawn = plots.get(id);
    plots.delete(id);
    if (!drawn?.length) return;
    void loadPlotly().then((Plotly) => drawn.forEach((plot) => Plotly.purge(plot.element)));
  };
  return {
    async renderOutputItem(item, element, signal) {
      dispose(item.id);
      element.replaceChildren();
      if (!context.workspace.isTrusted) {
        element.append(message("driftlens draws reports only in a trusted workspace. Trust this workspace (Manage Workspace Trust) to see the report.", "refused"));
        return;
      }
      try {
        const Plotly = await loadPlotly();
        if (signal?.aborted) return;
        plots.set(item.id, item.mime === FIGURE_MIME ? drawFigure(Plotly, item.json(), element) : drawReport(Plotly, item.json(), element));
        if (!following) {
          following = true;
          followThemeAndSize(Plotly, document.body, () => [...plots.values()].flat());
        }
      } catch (error) {
        element.replaceChildren(message(`Cannot draw this drift ${item.mime === FIGURE_MIME ? "figure" : "report"}: ${error instanceof Error ? error.message : String(error)}`, "error"));
      }
    },
    disposeOutputItem(id) {
      if (id === undefined) [...plots.keys()].forEach(dispose);
      else dispose(id);
    },
  };
};

function message(text: string, kind: string): HTMLElement {
  const p = document.createElement("p");
  p.className = `driftlens-${kind}`;
  p.style.padding = "8px";
  p.textContent = text;
  return p;
}
