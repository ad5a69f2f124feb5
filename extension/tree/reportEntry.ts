import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import * as vscode from "vscode";
import type { CheckReport } from "driftlens";
import { reportVerdict } from "../../kernel-helpers/report/reportVerdict";
import { countNoun } from "../../kernel-helpers/report/countNoun";

/** What the Baselines view shows of a saved report, read once from its file (saved reports never change). */
export interface ReportSummary {
  readonly createdAt: string;
  readonly drifted: boolean;
  readonly driftedColumns: number;
  readonly columns: number;
  readonly driftScore: number;
  readonly dataFile: string;
  readonly rows: number;
  readonly baseline: string;
}

const cache = new Map<string, ReportSummary | null>();

/** The summary of the report at `path`, or undefined when it cannot be read (the entry then shows its time only). */
export async function reportSummary(path: string): Promise<ReportSummary | undefined> {
  if (!cache.has(path)) {
    const report = await readFile(path, "utf8").then((text) => JSON.parse(text) as CheckReport, () => undefined);
    cache.set(path, report?.dataset ? {
      createdAt: report.createdAt,
      drifted: reportVerdict(report).drifted,
      driftedColumns: report.dataset.driftedColumns,
      columns: report.dataset.columns,
      driftScore: report.dataset.driftScore,
      dataFile: report.current?.source ?? "",
      rows: report.current?.rows ?? 0,
      baseline: `${report.baseline?.name ?? ""} ${report.baseline?.version ?? ""}`.trim(),
    } : null);
  }
  return cache.get(path) ?? undefined;
}

/** "2026-12-06 23:56" in the person's time zone. */
export function localMinute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A report's tree label: "2026-12-06 23:56 · DRIFT 10/11 · fraud_scored_2025-03-03.csv". */
export function reportLabel(createdAt: string, summary: ReportSummary | undefined): string {
  if (!summary) return localMinute(createdAt);
  const verdict = `${summary.drifted ? "DRIFT" : "NO DRIFT"} ${summary.driftedColumns}/${summary.columns}`;
  return [localMinute(createdAt), verdict, ...(summary.dataFile ? [basename(summary.dataFile)] : [])].join(" · ");
}

/** A report's tooltip: the verdict in words, the data checked, the baseline, when, and the file. */
export function reportTooltip(reportPath: string, summary: ReportSummary | undefined): vscode.MarkdownString {
  const tip = new vscode.MarkdownString();
  if (summary) {
    tip.appendMarkdown(`**${summary.drifted ? "DRIFT" : "No drift"}** — ${summary.driftedColumns} of ${summary.columns} columns drifted (drift score ${Math.round(summary.driftScore * 100)}%)\n\n`);
    tip.appendText(`Data: ${summary.dataFile} (${countNoun(summary.rows, "row")})\n`);
    tip.appendMarkdown("\n\n");
    tip.appendText(`Baseline: ${summary.baseline}\n`);
    tip.appendMarkdown("\n\n");
    tip.appendText(`Checked: ${localMinute(summary.createdAt)} (${summary.createdAt})`);
    tip.appendMarkdown("\n\n");
  }
  tip.appendText(`Report: ${reportPath}`);
  tip.appendMarkdown("\n\nClick to open the report.");
  return tip;
}
