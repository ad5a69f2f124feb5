/**
 * The worker thread of `columnTestPool`: receives column pairs (their typed arrays moved here,
 * not copied), tests each with `compareColumnPair` and posts the outcome, or the error's class
 * and message, back.
 */
import { parentPort } from "node:worker_threads";
import { compareColumnPair } from "./compareColumnPair";
import type { ColumnTask, ColumnTaskReply } from "./columnTestPool";

parentPort?.on("message", (task: ColumnTask) => {
  let reply: ColumnTaskReply;
  try {
    reply = { id: task.id, outcome: compareColumnPair(task.reference, task.current, task.sides, task.options) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id: task.id, error: { name, message, stack } };
  }
  parentPort?.postMessage(reply);
});
