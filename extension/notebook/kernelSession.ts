import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import type { KernelEvent, RunCell } from "./kernelProtocol";

export type CellEvent = Exclude<KernelEvent, { type: "ready" } | { type: "done" }>;
export type CellResult = { ok: true } | { ok: false; error: { name: string; message: string; stack: string } };

/**
 * One kernel process for one notebook: runs cells in order, streams their events, and can be
 * interrupted (the process is killed; the next cell starts a fresh one).
 */
export class KernelSession {
  private child: ChildProcess | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { onEvent: (event: CellEvent) => void; resolve: (result: CellResult) => void }>();

  constructor(
    private readonly entry: string,
    private readonly enginePath: string,
    private readonly cwd: string,
    private readonly onExit: (reason: string) => void,
  ) {}

  run(source: string, name: string, onEvent: (event: CellEvent) => void): Promise<CellResult> {
    const child = this.start();
    const id = this.nextId++;
    return new Promise<CellResult>((resolve) => {
      this.pending.set(id, { onEvent, resolve });
      const message: RunCell = { type: "run", id, source, name };
      child.send(message);
    });
  }

  /** Stops the running cell by killing the process; pending cells end with `reason`. */
  interrupt(reason: string): void {
    const child = this.child;
    this.child = undefined;
    child?.kill("SIGKILL");
    this.failPending(reason);
  }

  private start(): ChildProcess {
    if (this.child && this.child.exitCode === null && !this.child.killed) return this.child;
    const child = fork(this.entry, [], {
      cwd: this.cwd,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: "1", DRIFTLENS_ENGINE: this.enginePath },
      execArgv: [],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    child.stdout?.setEncoding("utf8");
    child.stderr?.setEncoding("utf8");
    // Output written outside console.* (process.stdout.write) still reaches the running cell.
    const forward = (stream: "stdout" | "stderr") => (text: string) => {
      const running = [...this.pending.values()][0];
      running?.onEvent({ type: "stream", id: -1, stream, text });
    };
    child.stdout?.on("data", forward("stdout"));
    child.stderr?.on("data", forward("stderr"));
    child.on("message", (event: KernelEvent) => this.receive(event));
    child.on("exit", (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      const reason = signal ? `signal ${signal}` : `exit code ${code}`;
      this.failPending(reason);
      this.onExit(reason);
    });
    this.child = child;
    return child;
  }

  private receive(event: KernelEvent): void {
    if (event.type === "ready") return;
    const waiting = this.pending.get(event.id);
    if (!waiting) return;
    if (event.type === "done") {
      this.pending.delete(event.id);
      waiting.resolve(event.ok ? { ok: true } : { ok: false, error: event.error });
      return;
    }
    waiting.onEvent(event);
  }

  private failPending(reason: string): void {
    for (const [id, waiting] of this.pending) {
      this.pending.delete(id);
      waiting.resolve({ ok: false, error: { name: "Interrupted", message: reason, stack: reason } });
    }
  }

  dispose(): void {
    this.interrupt("The notebook was closed.");
  }
}
