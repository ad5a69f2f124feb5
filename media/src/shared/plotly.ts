/** The part of Plotly's API driftlens uses (plotly.js-cartesian-dist-min ships no types). */
export interface PlotlyApi {
  newPlot(element: HTMLElement, data: readonly object[], layout?: object, config?: object): Promise<unknown>;
  react(element: HTMLElement, data: readonly object[], layout?: object, config?: object): Promise<unknown>;
  purge(element: HTMLElement): void;
}

/** Room the modebar takes at the top right of a plot (six buttons); a title never reaches into it. */
const MODEBAR_WIDTH = 200;
const TITLE_FONT_SIZE = 15;
/** Average width of a character of the title font, as a share of its size (system sans-serif). */
const CHARACTER_WIDTH = 0.56;

/**
 * A layout whose title fits `width` pixels: broken into lines (Plotly's `<br>`) at spaces, every
 * line short of the modebar's corner (the modebar is as tall as two lines), with the top margin
 * grown to hold every line; a note under the plot (an annotation below the x axis) is
 * wrapped the same way and put under the axis title, the bottom margin grown for it. Plotly
 * clips a long title or note at the figure's edge and never wraps it; this wraps them instead.
 *
 * @example fittedTitle({ title: { text: "a long title …" } }, 400) // { title: { text: "a long<br>title …", … }, margin: { t: 76, … } }
 */
export function fittedTitle(layout: object, width: number): object {
  const given = layout as { title?: string | { text?: string }; margin?: { t?: number; b?: number }; annotations?: { text?: string; yref?: string; y?: number; font?: { size?: number } }[] };
  const text = typeof given.title === "string" ? given.title : given.title?.text;
  const fitted: Record<string, unknown> = { ...layout };
  const margin = { ...given.margin };
  if (text) {
    const lines = wrapped(text, TITLE_FONT_SIZE, width - MODEBAR_WIDTH, width - MODEBAR_WIDTH);
    const titleObject = typeof given.title === "object" ? given.title : {};
    fitted.title = { x: 0, xanchor: "left", ...titleObject, text: lines.join("<br>"), font: { size: TITLE_FONT_SIZE }, y: 1, yref: "container", yanchor: "top", pad: { t: 18 } };
    margin.t = Math.max(margin.t ?? 0, 32 + lines.length * Math.ceil(TITLE_FONT_SIZE * 1.3));
  }
  if (given.annotations?.some((note) => note.yref === "paper" && (note.y ?? 0) < 0)) {
    let below = 0;
    fitted.annotations = given.annotations.map((note) => {
      if (note.yref !== "paper" || (note.y ?? 0) >= 0 || !note.text) return note;
      const size = note.font?.size ?? 11;
      const lines = wrapped(note.text, size, width - 40, width - 40);
      below = Math.max(below, lines.length * Math.ceil(size * 1.3));
      return { ...note, text: lines.join("<br>"), x: 1, xanchor: "right", y: 0, yanchor: "top", yshift: -56, align: "right" };
    });
    margin.b = Math.max(margin.b ?? 0, 64 + below);
  }
  fitted.margin = margin;
  return fitted;
}

/** `text` in lines of at most `first` pixels, then `rest` pixels, broken at spaces (a longer word keeps its own line). */
function wrapped(text: string, fontSize: number, first: number, rest: number): string[] {
  const characters = (pixels: number) => Math.max(16, Math.floor(pixels / (fontSize * CHARACTER_WIDTH)));
  const lines: string[] = [];
  for (const word of text.replace(/<br>/g, " ").split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && visibleLength(lines[last]) + 1 + visibleLength(word) <= characters(last === 0 ? first : rest)) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Characters a reader sees (an escaped `&lt;` is one). */
function visibleLength(text: string): number {
  return text.replace(/&[#\w]+;/g, "x").length;
}

/** Colours from the VS Code theme (CSS variables of the webview), so plots follow light and dark themes; the title fitted to `width`. */
export function themedLayout(layout: object, host: HTMLElement, width: number): object {
  const style = getComputedStyle(host);
  const foreground = style.getPropertyValue("--vscode-editor-foreground").trim() || style.getPropertyValue("--vscode-foreground").trim() || "#333";
  const grid = style.getPropertyValue("--vscode-editorWidget-border").trim() || "rgba(128,128,128,0.3)";
  const font = style.getPropertyValue("--vscode-font-family").trim() || "sans-serif";
  const axis = { gridcolor: grid, zerolinecolor: grid, linecolor: grid };
  const given = fittedTitle(layout, width) as { xaxis?: object; yaxis?: object; title?: { font?: object } };
  return {
    autosize: true,
    height: 320,
    ...given,
    ...(given.title ? { title: { ...given.title, font: { ...given.title.font, color: foreground } } } : {}),
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    font: { color: foreground, family: font, size: 12 },
    // The theme's grid and axis lines win over the figure's light-page colours.
    xaxis: { ...given.xaxis, ...axis },
    yaxis: { ...given.yaxis, ...axis },
  };
}

/**
 * Plotly's options in the panel and the notebook renderer. "Download plot as a PNG" is removed:
 * Plotly hands the image to a `blob:` link, which a webview neither loads (its CSP allows no
 * `blob:`) nor downloads (the host intercepts link clicks). The HTML report keeps the button.
 */
export const PLOT_CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage"] };

/** A drawn figure: its element and the figure it shows. */
export interface DrawnPlot {
  readonly element: HTMLElement;
  readonly data: readonly object[];
  readonly layout: object;
}

/**
 * Redraws `plots()` with the theme's colours and titles fitted to their width whenever the VS Code
 * theme changes (VS Code swaps the body's `vscode-light`/`vscode-dark` class and the variables
 * on the root's style) or the view is resized. Returns a function that stops watching.
 */
export function followThemeAndSize(Plotly: PlotlyApi, host: HTMLElement, plots: () => Iterable<DrawnPlot>): () => void {
  let pending: number | undefined;
  const redraw = () => {
    if (pending !== undefined) return;
    pending = window.setTimeout(() => {
      pending = undefined;
      for (const plot of plots()) {
        if (!plot.element.isConnected) continue;
        void Plotly.react(plot.element, plot.data, themedLayout(plot.layout, host, plot.element.clientWidth), PLOT_CONFIG);
      }
    }, 120);
  };
  const observer = new MutationObserver(redraw);
  observer.observe(document.body, { attributes: true, attributeFilter: ["class", "data-vscode-theme-kind"] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["style", "class"] });
  window.addEventListener("resize", redraw);
  return () => {
    observer.disconnect();
    window.removeEventListener("resize", redraw);
  };
}
