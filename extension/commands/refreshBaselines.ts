import type { Container } from "../container";
import type { DriftCommand } from "./driftCommand";

/** Refreshes the Baselines view. */
export const refreshBaselinesCommand: DriftCommand = {
  id: "driftlens.refreshBaselines",
  title: "Refresh baselines",
  async run(container: Container): Promise<void> {
    container.tree.refresh();
  },
};
