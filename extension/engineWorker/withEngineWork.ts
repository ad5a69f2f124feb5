import type { Container } from "../container";
import type { Step } from "../progress";
import { withDriftProgress } from "../progress";
import type { EngineWorker } from "./engineWorker";

/**
 * Runs `task` with an engine process of its own under a cancellable progress notification: the
 * engine work happens in that process, its progress shows as a percentage, and Cancel ends the
 * process at once (see `EngineWorker.cancel`), so the task's pending job rejects with
 * `vscode.CancellationError`. The process ends with the task.
 */
export async function withEngineWork<T>(container: Container, title: string, task: (worker: EngineWorker, step: Step) => Promise<T>): Promise<T> {
  const worker = container.startEngineWorker();
  try {
    return await withEngineWorker(container, worker, title, (step) => task(worker, step));
  } finally {
    container.endEngineWorker(worker);
  }
}

/** As `withEngineWork`, with a process that lives longer (a wizard's read, questions, then build); Cancel ends it. */
export function withEngineWorker<T>(container: Container, worker: EngineWorker, title: string, task: (step: Step) => Promise<T>): Promise<T> {
  return withDriftProgress(container.log, title, async (step, token) => {
    const onCancel = token.onCancellationRequested(() => void worker.cancel());
    try {
      return await task(step);
    } finally {
      onCancel.dispose();
    }
  });
}

/** The engine's progress as a step of the notification (never throwing from the process's message handler). */
export function engineProgress(step: Step): (fraction: number, message: string) => void {
  return (fraction, message) => {
    try {
      step(message, fraction);
    } catch {
      // Cancelled: the worker is being stopped and its job rejects.
    }
  };
}
