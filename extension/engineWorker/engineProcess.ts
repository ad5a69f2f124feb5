/**
 * The driftlens engine process: a child Node process that runs the extension's engine work
 * (reading data, building baselines, checks, comparisons, text and image drift) so that the
 * extension host never pauses for it. It answers `EngineRequest`s one at a time with progress,
 * a result or a failure (`EngineEvent`s), at a lower CPU priority than the editor.
 * Stopped by SIGTERM (it removes what it was writing — a baseline's staging folder, a report's
 * temporary file — and exits) or, when busy in a long computation, by SIGKILL (the extension
 * then removes its staging folders).
 */
import "./lowerPriority";
import { removePendingWrites } from "driftlens/internals";
import { engineJobs } from "./engineJobs";
import type { EngineEvent, EngineFailure, EngineRequest } from "./engineProtocol";

const send = (event: EngineEvent) => process.send?.(event);

process.on("SIGTERM", () => {
  removePendingWrites();
  process.exit(143);
});
process.on("disconnect", () => process.exit(0));

let queue: Promise<void> = Promise.resolve();
process.on("message", (request: EngineRequest) => {
  queue = queue.then(() => run(request));
});

async function run(request: EngineRequest): Promise<void> {
  try {
    const handler = engineJobs[request.job] as (request: unknown, progress: (fraction: number, message: string) => void) => Promise<unknown>;
    const result = await handler(request.request, (fraction, message) => send({ type: "progress", id: request.id, fraction, message }));
    send({ type: "done", id: request.id, result });
  } catch (error) {
    send({ type: "failed", id: request.id, error: failure(error) });
  }
}

function failure(error: unknown): EngineFailure {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), userFacing: false };
  let userFacing = false;
  for (let proto = Object.getPrototypeOf(error); proto && proto !== Error.prototype; proto = Object.getPrototypeOf(proto)) {
    if (proto.constructor?.name === "DriftlensError") userFacing = true;
  }
  const code = (error as NodeJS.ErrnoException).code;
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), ...(code ? { code } : {}), userFacing };
}
