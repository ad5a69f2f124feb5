import { join } from "node:path";
import { writeFileAtomic } from "../fs/writeFileAtomic";
import type { AnyDriftReport } from "./anyDriftReport";
import { driftSummaryCsv } from "./driftSummaryCsv";
import { reportHtml } from "./reportHtml";
import type { ReportHtmlOptions } from "./reportHtml";
import { reportMarkdown } from "./reportMarkdown";
import { checkReportArgument } from "../arguments/checkReportArgument";

/** Where `writeReportFiles` put each rendering. */
export interface ReportFiles {
  readonly json: string;
  readonly html: string;
  readonly markdown: string;
  readonly csv: string;
}

/**
 * Writes a report in every rendering to `dir` (created if needed): `report.json` (the report
 * itself), `report.html` (`reportHtml`), `report.md` (`reportMarkdown`) and `drift_summary.csv`
 * (`driftSummaryCsv`), each atomically (a reader never sees half a file). Every rendering is
 * made before the first file is written, so a failure leaves the folder as it was.
 *
 * @example const files = await writeReportFiles("drift-report", report); files.html // "drift-report/report.html"
 */
export async function writeReportFiles(dir: string, report: AnyDriftReport, options: ReportHtmlOptions = {}): Promise<ReportFiles> {
  checkReportArgument(report, "writeReportFiles", "report");
  const files: ReportFiles = { json: join(dir, "report.json"), html: join(dir, "report.html"), markdown: join(dir, "report.md"), csv: join(dir, "drift_summary.csv") };
  const texts: [string, string][] = [
    [files.json, `${JSON.stringify(report, null, 2)}\n`],
    [files.html, reportHtml(report, options)],
    [files.markdown, reportMarkdown(report)],
    [files.csv, driftSummaryCsv(report)],
  ];
  for (const [path, text] of texts) await writeFileAtomic(path, text);
  return files;
}
