import type { Container } from "../container";

/** One palette or context-menu command: its id in package.json and what it does. */
export interface DriftCommand {
  readonly id: string;
  /** What it does in a few words, for the log and for error messages ("Build baseline"). */
  readonly title: string;
  run(container: Container, ...args: unknown[]): Promise<unknown>;
}
