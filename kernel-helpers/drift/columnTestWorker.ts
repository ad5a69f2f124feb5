/**
 * The worker thread of `columnTestPool`: prepares column sides (`columnSide`) and tests pairs of
 * them (`compareColumnSides`), their typed arrays moved here and back, not copied; posts the
 * side, the outcome, or the error's class and message, back.
 */
import { parentPort } from "node:worker_threads";
import { compareColumnSides } from "./compareColumnPair";
import { columnSide, sideBuffers } from "./columnSide";
import type { ColumnTask, ColumnTaskReply } from "./columnTestPool";

parentPort?.on("message", (task: ColumnTask) => {
  let reply: ColumnTaskReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if (task.kind === "side") {
      // The column is this thread's own (moved or copied here): sorted in place.
      const side = columnSide(task.column, task.identify, true);
      transfer = sideBuffers(side);
      reply = { id: task.id, side };
    } else reply = { id: task.id, outcome: compareColumnSides(task.reference, task.current, task.sides, task.options) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id: task.id, error: { name, message, stack } };
  }
  parentPort?.postMessage(reply, transfer);
});

