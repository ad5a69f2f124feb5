/**
 * What the extension and the report panel say to each other by postMessage. Types only: the
 * extension imports them with `import type`, the panel bundles nothing from the extension.
 * Every string in here is shown as text, never parsed as HTML.
 */

import type { ReportFigure } from "../../../kernel-helpers/report/reportFigure";
import type { ReportVerdict } from "../../../kernel-helpers/report/reportVerdict";

/** A Plotly figure spec as `reportFigures` makes it (the engine's type). */
export type { ReportFigure };

/** One row of the summary table (built by the engine's `summaryRows`). */
export type { SummaryRow as ColumnRow } from "../../../kernel-helpers/report/summaryRows";
import type { SummaryRow as ColumnRow } from "../../../kernel-helpers/report/summaryRows";

/** A column left out of the check, and why (built by the engine's `reportNotes`). */
export type { NotTestedColumn as SkippedRow } from "../../../kernel-helpers/report/reportNotes";
import type { NotTestedColumn as SkippedRow } from "../../../kernel-helpers/report/reportNotes";
/** What text drift found (built by the engine's `textDriftFindings`). */
export type { TextDriftFindings } from "../../../kernel-helpers/report/textDriftFindings";
import type { TextDriftFindings } from "../../../kernel-helpers/report/textDriftFindings";

/** Everything the panel shows for one report. */
export interface ReportView {
  readonly title: string;
  /** One-line verdict ("Model credit v1 · 2,000 rows · DRIFT (score 56%, 5/9 columns) · 1 CRITICAL"). */
  readonly verdict: string;
  readonly drifted: boolean;
  /** drift, no-drift or not-checked (the verdict's colour). */
  readonly state: ReportVerdict["state"];
  readonly subtitle: string;
  readonly alerts: readonly { readonly level: string; readonly message: string }[];
  readonly columns: readonly ColumnRow[];
  /** Columns not tested (and why), problems with columns, columns the baseline lacks. */
  readonly skipped: readonly SkippedRow[];
  readonly warnings: readonly string[];
  /** How each column tested from summaries (a database table, large files) was computed: exact, approximate with its bound, or sampled. */
  readonly computed?: readonly string[];
  /** Text drift's findings, for a text drift report. */
  readonly text?: TextDriftFindings;
  /** Every figure of the report; the panel opens with selectFigures' choice, the rest on a click. */
  readonly figures: readonly ReportFigure[];
  /** Why there are no figures, when there are none. */
  readonly figuresNote?: string;
  /** The What-if tab: the report's own reference shifted, so only a table report (comparison or check) has one; a text or image drift report has none. */
  readonly whatIf?: { readonly note: string };
  /** The label of the button that checks other current data against this report's reference ("Load another CSV…", "Load other images…"). */
  readonly loadLabel: string;
  /** A scenario's result shown in the What-if tab rather than the report. */
  readonly simulated?: boolean;
}

/** The What-if reference's columns that the sliders can shift (features of a check), and its size. */
export interface WhatIfColumns {
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly features: readonly string[];
  /** Rows used (at most 50,000) of the `of` rows the reference has. */
  readonly rows: number;
  readonly of: number;
}

/** A What-if shift (kernel-helpers/synth/shiftTable.ts): the sliders' values; `columns` absent = every feature. */
export interface WhatIfShift {
  readonly columns?: readonly string[];
  readonly meanShift: number;
  readonly scale: number;
  readonly categoryShift: number;
  readonly missingShare: number;
}

export type HostMessage =
  | { readonly type: "report"; readonly view: ReportView }
  | { readonly type: "whatIfColumns"; readonly columns?: WhatIfColumns; readonly error?: string }
  | { readonly type: "whatIf"; readonly seq: number; readonly view?: ReportView; readonly ms?: number; readonly error?: string }
  /** How "Check it anyway" goes (shown under the columns not tested). */
  | { readonly type: "includeStatus"; readonly message: string };

export type PanelMessage =
  | { readonly type: "ready" }
  | { readonly type: "whatIfOpen" }
  | { readonly type: "whatIf"; readonly seq: number; readonly shift: WhatIfShift }
  | { readonly type: "loadCurrent" }
  | { readonly type: "includeColumn"; readonly column: string };
