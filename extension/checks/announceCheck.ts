import * as vscode from "vscode";
import type { Container } from "../container";
import { messages } from "../messages";
import { driftSettings } from "../settings";
import { isNewAlert, alertLevel } from "./alertLevel";
import type { CheckRun } from "./runCheck";

/**
 * Tells every surface about a finished check: the status bar, the tree, an open panel of that
 * baseline, and — for a new WARNING or CRITICAL in a check the user is not already looking at
 * (a watched one) — a notification with a button to the report. A check shown in its panel
 * (`shownInPanel`) gets no notification: its "Open Report" would open what is open.
 */
export function announceCheck(container: Container, run: CheckRun, options: { shownInPanel?: boolean } = {}): void {
  container.statusBar.show(run.report, run.latestPath);
  container.tree.refresh();
  container.panels.refresh(run.report.baseline.name, run);
  const level = alertLevel(run.report);
  if (level && !options.shownInPanel && isNewAlert(run.previous, run.report) && driftSettings().notifyOnAlerts) {
    void container.engine().then((engine) => {
      const show = level === "CRITICAL" ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
      return show(messages.alert(level, engine.verdictLine(run.report)), messages.openReport).then((answer) => {
        if (answer === messages.openReport) container.panels.open(run);
      });
    });
  }
}
