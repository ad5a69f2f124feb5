import * as vscode from "vscode";

/** The "driftlens" output channel: one line per step, errors with their stack. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel("driftlens", { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(message: string, error?: unknown): void {
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : "";
    this.channel.error(`${message}${stack}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
