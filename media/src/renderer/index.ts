/**
 * Notebook renderer for `application/vnd.driftlens.report+json`: the entry VS Code loads in the
 * notebook's output frame. It refuses in an untrusted workspace, loads Plotly on the first
 * report (a separate chunk), draws with drawReport, shows errors in place, and purges every
 * plot of an output when VS Code disposes it.
 */
import type { ActivationFunction } from "./rendererApi";
import type { PlotlyApi } from "../shared/plotly";
import { drawReport } from "./drawReport";

let plotly: Promise<PlotlyApi> | undefined;
const loadPlotly = (): Promise<PlotlyApi> => (plotly ??= import("plotly.js-cartesian-dist-min").then((module) => (module.default ?? module) as PlotlyApi));

/** The output's look, from the notebook's theme variables (scoped to the report's classes). */
const STYLE = `
.driftlens-report { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
.driftlens-report h3 { margin: 4px 0; }
.driftlens-verdict { font-weight: 600; margin: 2px 0; }
.driftlens-verdict.drift { color: var(--vscode-errorForeground); }
.driftlens-sides, .driftlens-alert { margin: 2px 0; color: var(--vscode-descriptionForeground); }
.driftlens-plot { min-height: 360px; }
.driftlens-report table.summary { border-collapse: collapse; margin-top: 8px; }
.driftlens-report table.summary th, .driftlens-report table.summary td { text-align: left; padding: 2px 10px; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,.3)); }
.driftlens-report table.summary td.number { text-align: right; font-variant-numeric: tabular-nums; }
.driftlens-report tr.drifted .verdict { color: var(--vscode-errorForeground); font-weight: 600; }
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
  const plots = new Map<string, HTMLElement[]>();
  const dispose = (id: string) => {
    const drawn = plots.get(id);
    plots.delete(id);
    if (!drawn?.length) return;
    void loadPlotly().then((Plotly) => drawn.forEach((plot) => Plotly.purge(plot)));
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
        plots.set(item.id, drawReport(Plotly, item.json(), element));
      } catch (error) {
        element.replaceChildren(message(`Cannot draw this drift report: ${error instanceof Error ? error.message : String(error)}`, "error"));
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
