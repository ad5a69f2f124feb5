import type { ChildProcess } from "node:child_process";
import { fork, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, rm, rmdir } from "node:fs/promises";
import { join } from "node:path";
import * as vscode from "vscode";
import type { Log } from "../log";
import { UserError } from "../userError";
import type { EngineEvent, EngineFailure, EngineJobs, EngineRequest, JobName } from "./engineProtocol";
import { ENGINE_NICENESS } from "./engineProtocol";

/** How long a SIGTERM gets to end the engine process before SIGKILL (it answers at once unless a computation holds it). */
const TERM_GRACE_MS = 80;

type Pending = { resolve(value: unknown): void; reject(error: unknown): void; onProgress?: (fraction: number, message: string) => void };

/** `nice` where the system has it: the engine process then starts below the editor's priority, its start-up included. */
const NICE = ["/usr/bin/nice", "/bin/nice"].find((path) => process.platform !== "win32" && existsSync(path));

/**
 * Starts the engine process with an IPC channel. Under `nice -n 10` where the system has it, so
 * every thread of the process — Node's and V8's own, started before any script runs, and its
 * loading of the engine (about half a second of CPU) — runs below the extension host's priority;
 * elsewhere with `fork`, and the process lowers its own priority first thing (engineProcess.ts).
 *
 * On POSIX systems the process starts a session of its own (`detached`). Where Linux groups CPU
 * time by session (autogroup, on by default), the engine's CPU is then not charged to the
 * editor's session: otherwise a busy engine uses up that session's share, and the extension host,
 * waking, waits behind other sessions' work (the browser's, say) — a probe in the engine's
 * session paused over 10 ms 13–30 times per 2M-row comparison with two busy processes elsewhere,
 * once or twice with the engine in its own session, which also finished sooner (17 s vs 24 s).
 * That session is then given the engine's niceness as well (lowerPriority.ts): a thread's
 * niceness orders it only within its session. It still ends with the editor: it exits when its
 * IPC channel closes (engineProcess.ts).
 */
function startEngineProcess(script: string): ChildProcess {
  const options = {
    serialization: "advanced" as const,
    stdio: ["ignore", "pipe", "pipe", "ipc"] as ("ignore" | "pipe" | "ipc")[],
    // In VS Code's Electron the extension host's executable is Electron: run it as Node.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: "1" },
    // On Windows `detached` would open a console window; there is no session grouping to escape.
    detached: process.platform !== "win32",
  };
  if (NICE) return spawn(NICE, ["-n", String(ENGINE_NICENESS), process.execPath, script], options);
  return fork(script, [], { ...options, execArgv: [] });
}

/**
 * One engine process (engineProcess.ts) for one piece of work: the jobs sent to it run there, one
 * at a time, and their progress comes back as a share done. `cancel` ends the process at once —
 * a SIGTERM, which makes it remove what it was writing, then a SIGKILL after TERM_GRACE_MS when a
 * computation holds it — and then removes the staging folders it may have left in `cleanup`'s
 * folders. Every pending job then rejects with `vscode.CancellationError`.
 */
export class EngineWorker implements vscode.Disposable {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private readonly exited: Promise<void>;
  private nextId = 1;
  private cancelled = false;
  /** Folders a job may leave a staging folder in when it is killed (`.<version>.<pid>.<hex>.partial`), with whether each existed before. */
  private readonly stagingParents = new Map<string, boolean>();

  constructor(log: Log) {
    this.child = startEngineProcess(join(__dirname, "engineProcess.js"));
    this.child.stdout?.on("data", (chunk: Buffer) => log.info(`engine: ${chunk.toString().trimEnd()}`));
    this.child.stderr?.on("data", (chunk: Buffer) => log.warn(`engine: ${chunk.toString().trimEnd()}`));
    this.child.on("message", (event: EngineEvent) => this.receive(event));
    this.exited = new Promise((resolve) => this.child.once("exit", (code, signal) => {
      const error = this.cancelled ? new vscode.CancellationError() : new Error(`The driftlens engine process stopped (${signal ?? `exit code ${code}`}); the log may say why.`);
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
      resolve();
    }));
    this.child.on("error", (error) => log.error("engine process", error));
  }

  /** The process id (for the staging folders it names). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Runs `job` in the engine process; `onProgress` hears its share done (0..1) and what it does. */
  run<K extends JobName>(job: K, request: EngineJobs[K]["request"], onProgress?: (fraction: number, message: string) => void): Promise<EngineJobs[K]["result"]> {
    if (this.cancelled) return Promise.reject(new vscode.CancellationError());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
      this.child.send({ type: "run", id, job, request } as EngineRequest);
    });
  }

  /** Records a folder where a job publishes through a staging folder, so a kill's leftovers there can be removed. */
  stagesIn(parent: string, existed: boolean): void {
    if (!this.stagingParents.has(parent)) this.stagingParents.set(parent, existed);
  }

  /** Ends the work now; resolves once the process is gone and its leftovers removed. */
  async cancel(): Promise<void> {
    if (this.cancelled) return this.exited;
    this.cancelled = true;
    this.child.kill("SIGTERM");
    const killer = setTimeout(() => this.child.kill("SIGKILL"), TERM_GRACE_MS);
    await this.exited;
    clearTimeout(killer);
    await this.removeLeftovers();
  }

  private async removeLeftovers(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return;
    const mine = new RegExp(`^\\..+\\.${pid}\\.[0-9a-f]+\\.partial$`);
    for (const [parent, existed] of this.stagingParents) {
      for (const entry of await readdir(parent).catch(() => [] as string[])) {
        if (mine.test(entry)) await rm(join(parent, entry), { recursive: true, force: true });
      }
      if (!existed) await rmdir(parent).catch(() => undefined);
    }
  }

  private receive(event: EngineEvent): void {
    const job = this.pending.get(event.id);
    if (!job) return;
    switch (event.type) {
      case "progress":
        job.onProgress?.(event.fraction, event.message);
        return;
      case "done":
        this.pending.delete(event.id);
        job.resolve(event.result);
        return;
      case "failed":
        this.pending.delete(event.id);
        job.reject(hostError(event.error));
        return;
    }
  }

  dispose(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGTERM");
  }
}

/** The engine's failure as the extension shows it: a message for the person (UserError), or an error with the engine's stack. */
function hostError(failure: EngineFailure): Error {
  if (failure.userFacing) return new UserError(failure.message);
  const error = new Error(failure.message) as NodeJS.ErrnoException;
  error.name = failure.name;
  if (failure.stack) error.stack = failure.stack;
  if (failure.code) error.code = failure.code;
  return error;
}
