import type { Container } from "../container";
import type { DriftCommand } from "./driftCommand";

/** Drift: Show Log — the driftlens output channel. */
export const showLogCommand: DriftCommand = {
  id: "driftlens.showLog",
  title: "Show log",
  async run(container: Container): Promise<void> {
    container.log.show();
  },
};
