import type { CheckReport } from "../check/checkReport";
import type { DriftReport } from "../drift/driftReport";
import type { AnyDriftReport } from "./anyDriftReport";
import { summaryProvenanceLines } from "./summaryProvenanceText";
import { multivariateSummary, notRunLine } from "../multivariate/multivariateSummary";
import { performanceSummary } from "../performance/performanceSummary";

/** A column left out of a report, and why. */
export interface NotTestedColumn {
  readonly column: string;
  readonly type: string;
  readonly reason: string;
  /** True for an identifier-like column (the identifier role): `includeColumns` puts it back. */
  readonly includable: boolean;
}

/**
 * Everything a report left out and everything it warns about, for the surfaces to list: skipped
 * columns with their reasons (identifier-like ones marked includable), a check's column problems
 * (missing, type changed, empty) and the columns the baseline lacks, the warnings (with the
 * multivariate detectors and the model performance a check could not measure, and why), and how each
 * column tested from summaries was computed (exact, approximate with its bound, sampled) — nothing
 * that the command line prints may go missing in the panel or a notebook.
 * Cost: O(columns).
 *
 * @example reportNotes(report).notTested[0] // { column: "transaction_id", type: "categorical", reason: "looks like an identifier …", includable: true }
 */
export function reportNotes(input: AnyDriftReport): { readonly notTested: readonly NotTestedColumn[]; readonly warnings: readonly string[]; readonly computed: readonly string[] } {
  const report = input as DriftReport;
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const notTested: NotTestedColumn[] = [
    ...report.skipped.map((skip) => ({ column: skip.column, type: skip.type, reason: skip.reason, includable: skip.role === "identifier" })),
    ...(check?.columnProblems ?? []).map((problem) => ({ column: problem.column, type: problem.baselineType, reason: problem.message, includable: false })),
    ...(check?.extraColumns ?? []).map((column) => ({ column, type: "", reason: "not in the baseline: not checked (build a new baseline version to check it)", includable: false })),
  ];
  const multivariate = check?.multivariate;
  const warnings = [
    ...report.warnings,
    ...(check?.approximate ? [check.approximate.reason] : []),
    // What the check could not measure, as the command line says it: never a silent "no drift".
    ...(multivariate && "unavailable" in multivariate ? [multivariateSummary(multivariate)] : []),
    ...(multivariate && !("unavailable" in multivariate) ? (multivariate.notRun ?? []).map((skipped) => `Multivariate drift: ${notRunLine(skipped)}`) : []),
    ...(check?.performance && "unavailable" in check.performance ? [performanceSummary(check.performance)] : []),
  ];
  const tested = [...report.columns, ...(check?.target ? [check.target] : []), ...(check?.prediction?.columns ?? [])];
  const computed = summaryProvenanceLines(tested).map((line) => `${line.column} (${line.method}): ${line.text}`);
  return { notTested, warnings, computed };
}
