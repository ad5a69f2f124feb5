import type { AnyDriftReport, CheckReport, TableShift } from "driftlens";
import type { Container } from "../container";
import type { EngineWorker } from "../engineWorker/engineWorker";
import type { ReportView, WhatIfColumns } from "../../media/src/shared/protocol";
import { compareOptions } from "../settings";
import { displayPath } from "../workspacePaths";
import { embeddingKind } from "./embeddingKind";
import { reportView } from "./reportView";

/** Where a report's What-if reference comes from: a check's baseline, or a comparison's reference file. */
type WhatIfSource = { readonly baselinePath: string } | { readonly referencePath: string };

function whatIfSource(report: AnyDriftReport): WhatIfSource | undefined {
  if (embeddingKind(report)) return undefined;
  if (report.kind === "check") {
    const path = (report as CheckReport).baseline.path;
    return path ? { baselinePath: path } : undefined;
  }
  return report.reference.source && report.reference.source !== "memory" ? { referencePath: report.reference.source } : undefined;
}

/**
 * What the What-if tab says it does, for a table report whose reference can be loaded again (a
 * check's baseline, a comparison's reference file); undefined for text and image drift.
 */
export function whatIfAvailability(report: AnyDriftReport): ReportView["whatIf"] {
  const source = whatIfSource(report);
  if (!source) return undefined;
  const of = "baselinePath" in source ? `baseline ${(report as CheckReport).baseline.name} ${(report as CheckReport).baseline.version}'s reference sample` : `the reference data ${displayPath(source.referencePath)}`;
  return { note: `Shifts ${of} — mean, spread, category mix, missing values — and checks the shifted copy against the original as you move the sliders.` };
}

/**
 * The What-if of one report panel: an engine process that holds the reference (at most 50,000
 * rows) and re-checks a shifted copy of it on each request. Requests that arrive while one runs
 * are coalesced: only the newest runs next. Ends with the panel.
 */
export class WhatIfSession {
  private worker: EngineWorker | undefined;
  private prepared: Promise<WhatIfColumns> | undefined;
  private running = false;
  private next: { shift: TableShift; answer: (result: { seq: number; view?: ReportView; ms?: number; error?: string }) => void; seq: number } | undefined;

  constructor(
    private readonly container: Container,
    private readonly report: AnyDriftReport,
  ) {}

  /** The shiftable columns of the reference, loading it on first use. */
  columns(): Promise<WhatIfColumns> {
    const source = whatIfSource(this.report);
    if (!source) return Promise.reject(new Error("This report has no What-if."));
    this.prepared ??= (async () => {
      this.worker = this.container.startEngineWorker();
      return this.worker.run("whatIfPrepare", source);
    })();
    return this.prepared;
  }

  /** Runs request `seq` (or, when a newer one arrives before it starts, that one instead); `answer` hears each result that ran. */
  request(seq: number, shift: TableShift, answer: (result: { seq: number; view?: ReportView; ms?: number; error?: string }) => void): void {
    this.next?.answer({ seq: this.next.seq, error: "superseded" });
    this.next = { shift, answer, seq };
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.next) {
        const { shift, answer, seq } = this.next;
        this.next = undefined;
        try {
          await this.columns();
          const worker = this.worker as EngineWorker;
          const { report, parts, ms } = await worker.run("whatIf", { shift, options: compareOptions() });
          answer({ seq, view: { ...reportView(parts, report, undefined, displayPath), simulated: true }, ms });
        } catch (error) {
          answer({ seq, error: error instanceof Error ? error.message : String(error) });
        }
      }
    } finally {
      this.running = false;
    }
  }

  dispose(): void {
    if (this.worker) this.container.endEngineWorker(this.worker);
    this.worker = undefined;
    this.prepared = undefined;
  }
}
