/**
 * The report panel's What-if tab: sliders that shift the report's own reference (a check's
 * baseline sample, a comparison's reference file) — mean shift, spread, category mix, missing
 * values — on every feature or one column. Each move marks the shown result out of date and,
 * after a short pause (DEBOUNCE_MS), asks the extension to re-check; an answer to an older
 * request than the newest is dropped. Every string is written as text.
 */
import type { HostMessage, PanelMessage, ReportView, WhatIfColumns, WhatIfShift } from "../shared/protocol";
import { el } from "../shared/dom";
import { countNoun } from "../../../kernel-helpers/report/countNoun";

/** Quiet time after the last slider move before a re-run is asked for. */
const DEBOUNCE_MS = 150;
const ALL = "__all__";

export interface WhatIfDeps {
  readonly post: (message: PanelMessage) => void;
  /** Draws a result view (its verdict, figures and table) into `target`. */
  readonly drawResult: (target: HTMLElement, view: ReportView) => void;
}

let sent = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

interface Slider {
  readonly input: HTMLInputElement;
  readonly label: HTMLElement;
}

function slider(id: string, title: string, min: number, max: number, step: number, value: number, format: (value: number) => string): Slider {
  const input = el("input", { type: "range", id, min: String(min), max: String(max), step: String(step), value: String(value) });
  const shown = el("output", { for: id }, format(value));
  input.addEventListener("input", () => (shown.textContent = format(Number(input.value))));
  return { input, label: el("label", {}, `${title} `, input, shown) };
}

/** The tab, asking the extension for the reference's columns; `deps.post` sends the re-runs. */
export function whatIfTab(whatIf: NonNullable<ReportView["whatIf"]>, deps: WhatIfDeps): HTMLElement {
  const column = el("select", { id: "whatif-column", disabled: "" }, el("option", { value: ALL }, "every feature"));
  const mean = slider("whatif-mean", "Mean shift", -3, 3, 0.1, 0, (v) => `${v >= 0 ? "+" : ""}${v.toFixed(1)} sd`);
  const scale = slider("whatif-scale", "Spread", 0.25, 3, 0.05, 1, (v) => `× ${v.toFixed(2)}`);
  const mix = slider("whatif-mix", "Category mix", 0, 1, 0.01, 0, (v) => `${Math.round(v * 100)}% to the rarest`);
  const missing = slider("whatif-missing", "Missing values", 0, 0.9, 0.01, 0, (v) => `${Math.round(v * 100)}%`);
  const status = el("p", { class: "note", id: "whatif-status", "aria-live": "polite" }, "Loading the reference…");
  const result = el("section", { id: "whatif-result" });
  const shift = (): WhatIfShift => ({
    ...(column.value === ALL ? {} : { columns: [column.value] }),
    meanShift: Number(mean.input.value),
    scale: Number(scale.input.value),
    categoryShift: Number(mix.input.value),
    missingShare: Number(missing.input.value),
  });
  const changed = () => {
    result.classList.add("stale");
    result.setAttribute("aria-busy", "true");
    status.textContent = result.childElementCount > 0 ? "Out of date — re-checking…" : "Checking…";
    if (timer) clearTimeout(timer);
    // The number is taken now, so an answer arriving during the pause (to an older request) is already out of date.
    const seq = ++sent;
    timer = setTimeout(() => deps.post({ type: "whatIf", seq, shift: shift() }), DEBOUNCE_MS);
  };
  for (const control of [mean.input, scale.input, mix.input, missing.input]) control.addEventListener("input", changed);
  column.addEventListener("change", changed);
  const reset = el("button", { class: "secondary", id: "whatif-reset" }, "Reset");
  reset.addEventListener("click", () => {
    for (const [{ input }, value] of [[mean, 0], [scale, 1], [mix, 0], [missing, 0]] as const) {
      input.value = String(value);
      input.dispatchEvent(new Event("input"));
    }
  });
  deps.post({ type: "whatIfOpen" });
  return el("div", { role: "tabpanel", id: "whatif-tab" },
    el("p", { class: "hint" }, `${whatIf.note} Nothing is saved.`),
    el("label", {}, "Shift ", column),
    mean.label, scale.label, mix.label, missing.label, reset,
    status,
    result);
}

/** Handles the extension's What-if answers; returns false for other messages. */
export function whatIfMessage(message: HostMessage, deps: WhatIfDeps): boolean {
  if (message.type === "whatIfColumns") {
    const select = document.getElementById("whatif-column") as HTMLSelectElement | null;
    const status = document.getElementById("whatif-status");
    if (!select || !status) return true;
    if (message.error || !message.columns) {
      status.textContent = `What if cannot load the reference: ${message.error ?? "no columns"}`;
      return true;
    }
    const info: WhatIfColumns = message.columns;
    select.append(...info.columns.map((c) => el("option", { value: c.name }, `${c.name} (${c.type})`)));
    select.removeAttribute("disabled");
    status.textContent = `${countNoun(info.rows, "reference row")}${info.rows < info.of ? ` (evenly spaced, of ${info.of.toLocaleString("en-US")})` : ""}, ${countNoun(info.features.length, "column")}. Move a slider.`;
    return true;
  }
  if (message.type !== "whatIf") return false;
  if (message.seq < sent) return true;
  const result = document.getElementById("whatif-result");
  const status = document.getElementById("whatif-status");
  if (!result || !status) return true;
  result.classList.remove("stale");
  result.removeAttribute("aria-busy");
  if (message.error || !message.view) {
    status.textContent = "";
    result.replaceChildren(el("p", { class: "error" }, message.error ?? "No result."));
    return true;
  }
  status.textContent = `Re-checked in ${Math.round(message.ms ?? 0)} ms.`;
  deps.drawResult(result, message.view);
  return true;
}
