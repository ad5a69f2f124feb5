import { buildBaselineCommand } from "./buildBaseline";
import { checkDriftCommand } from "./checkDrift";
import { checkTableDriftCommand } from "./checkTableDrift";
import { forgetDatabasePasswordCommand } from "./forgetDatabasePassword";
import { compareFilesCommand } from "./compareFiles";
import type { DriftCommand } from "./driftCommand";
import { checkImageDriftCommand } from "./checkImageDrift";
import { checkTextDriftCommand } from "./checkTextDrift";
import { simulateDriftCommand } from "./simulateDrift";
import { newNotebookCommand } from "./newNotebook";
import { openLatestReportCommand } from "./openLatestReport";
import { openReportCommand } from "./openReport";
import { checkWithBaselineCommand } from "./checkWithBaseline";
import { deleteBaselineCommand } from "./deleteBaseline";
import { refreshBaselinesCommand } from "./refreshBaselines";
import { revealInExplorerCommand } from "./revealInExplorer";
import { showLogCommand } from "./showLog";
import { stopWatchingCommand } from "./stopWatching";
import { watchLogsCommand } from "./watchLogs";

/** Every command of the extension; each id is contributed in package.json. */
export const COMMANDS: readonly DriftCommand[] = [
  buildBaselineCommand,
  checkDriftCommand,
  checkTableDriftCommand,
  forgetDatabasePasswordCommand,
  compareFilesCommand,
  checkTextDriftCommand,
  checkImageDriftCommand,
  openLatestReportCommand,
  openReportCommand,
  newNotebookCommand,
  watchLogsCommand,
  stopWatchingCommand,
  simulateDriftCommand,
  refreshBaselinesCommand,
  checkWithBaselineCommand,
  deleteBaselineCommand,
  revealInExplorerCommand,
  showLogCommand,
];
