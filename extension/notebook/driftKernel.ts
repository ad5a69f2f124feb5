import { dirname, join } from "node:path";
import * as vscode from "vscode";
import type { Container } from "../container";
import { messages } from "../messages";
import { tryWorkspaceRoot } from "../workspacePaths";
import type { MimeBundle } from "./kernelProtocol";
import { KernelSession } from "./kernelSession";
import type { CellEvent } from "./kernelSession";

export const CONTROLLER_ID = "driftlens-typescript";
export const NOTEBOOK_TYPE = "jupyter-notebook";

/**
 * The "driftlens TypeScript" notebook controller for .ipynb: runs TypeScript cells in a kernel
 * process per notebook with `import * as dl from "driftlens"` available, streams stdout/stderr
 * and rich outputs, names cell lines in errors, and interrupts by restarting the process.
 * In Restricted Mode it runs nothing.
 */
export class DriftKernel implements vscode.Disposable {
  readonly controller = vscode.notebooks.createNotebookController(CONTROLLER_ID, NOTEBOOK_TYPE, "driftlens TypeScript");
  private readonly sessions = new Map<string, KernelSession>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The notebooks (by URI) VS Code has selected this controller for. */
  private readonly selectedNotebooks = new Set<string>();
  /** Each notebook's execution count: [1], [2]… from its first cell run, again from 1 after its kernel restarts. */
  private readonly order = new Map<string, number>();

  constructor(private readonly container: Container) {
    const { controller } = this;
    controller.supportedLanguages = ["typescript", "javascript"];
    controller.supportsExecutionOrder = true;
    controller.description = "TypeScript with the driftlens API";
    controller.detail = "Runs cells in Node (top-level await); no Jupyter needed";
    controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
    controller.interruptHandler = (notebook) => this.interrupt(notebook);
    this.disposables.push(
      controller,
      controller.onDidChangeSelectedNotebooks(({ notebook, selected }) => {
        if (selected) this.selectedNotebooks.add(notebook.uri.toString());
        else this.selectedNotebooks.delete(notebook.uri.toString());
      }),
      vscode.workspace.onDidOpenNotebookDocument((notebook) => this.preferFor(notebook)),
      vscode.workspace.onDidCloseNotebookDocument((notebook) => this.closeSession(notebook)),
    );
    vscode.workspace.notebookDocuments.forEach((notebook) => this.preferFor(notebook));
  }

  /** Whether VS Code has selected this controller for `notebook` (a notebook run before then asks which kernel to use). */
  isSelectedFor(notebook: vscode.NotebookDocument): boolean {
    return this.selectedNotebooks.has(notebook.uri.toString());
  }

  /** TypeScript notebooks (tslab's kernelspec, or typescript cells) prefer this controller. */
  private preferFor(notebook: vscode.NotebookDocument): void {
    if (notebook.notebookType !== NOTEBOOK_TYPE) return;
    const metadata = notebook.metadata as { metadata?: { kernelspec?: { name?: string; language?: string } }; kernelspec?: { name?: string; language?: string } };
    const spec = metadata.metadata?.kernelspec ?? metadata.kernelspec;
    const typescript = spec?.name === "tslab" || spec?.language === "typescript" || notebook.getCells().some((cell) => cell.document.languageId === "typescript");
    if (typescript) this.controller.updateNotebookAffinity(notebook, vscode.NotebookControllerAffinity.Preferred);
  }

  private session(notebook: vscode.NotebookDocument): KernelSession {
    const key = notebook.uri.toString();
    let session = this.sessions.get(key);
    if (!session) {
      const extension = this.container.extensionUri.fsPath;
      const cwd = notebook.uri.scheme === "file" ? dirname(notebook.uri.fsPath) : tryWorkspaceRoot() ?? extension;
      session = new KernelSession(join(extension, "dist", "extension", "notebook", "kernelProcess.js"), join(extension, "dist", "kernel-helpers", "index.js"), cwd, (reason) => this.container.log.warn(`Kernel of ${notebook.uri.fsPath} stopped: ${reason}`));
      this.sessions.set(key, session);
    }
    return session;
  }

  private async execute(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): Promise<void> {
    for (const cell of cells) {
      const ok = await this.executeCell(cell, notebook);
      if (!ok) break;
    }
  }

  private async executeCell(cell: vscode.NotebookCell, notebook: vscode.NotebookDocument): Promise<boolean> {
    const execution = this.controller.createNotebookCellExecution(cell);
    const key = notebook.uri.toString();
    const order = (this.order.get(key) ?? 0) + 1;
    this.order.set(key, order);
    execution.executionOrder = order;
    execution.start(Date.now());
    await execution.clearOutput();
    if (!vscode.workspace.isTrusted) {
      await execution.appendOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error({ name: "Restricted Mode", message: messages.restricted })]));
      execution.end(false, Date.now());
      return false;
    }
    const session = this.session(notebook);
    const cancel = execution.token.onCancellationRequested(() => session.interrupt(messages.kernelInterrupted));
    const streams = new Map<string, vscode.NotebookCellOutput>();
    let chain = Promise.resolve();
    const onEvent = (event: CellEvent) => {
      chain = chain.then(async () => {
        if (event.type === "stream") {
          const item = event.stream === "stdout" ? vscode.NotebookCellOutputItem.stdout(event.text) : vscode.NotebookCellOutputItem.stderr(event.text);
          const open = streams.get(event.stream);
          if (open) await execution.appendOutputItems(item, open);
          else {
            const output = new vscode.NotebookCellOutput([item]);
            streams.set(event.stream, output);
            await execution.appendOutput(output);
          }
          return;
        }
        streams.clear();
        await execution.appendOutput(new vscode.NotebookCellOutput(outputItems(event.bundle)));
      }).catch((error: unknown) => {
        // An output VS Code refused (say, appended to a stream output it no longer has) is logged,
        // and the next stream text starts a new output: the cell still ends.
        streams.clear();
        this.container.log.warn(`${notebook.uri.fsPath} cell ${cell.index + 1}: an output was not shown: ${error instanceof Error ? error.message : String(error)}`);
      });
    };
    const started = Date.now();
    let ok = false;
    try {
      const result = await session.run(cell.document.getText(), `Cell ${cell.index + 1}`, onEvent);
      await chain;
      if (!result.ok) {
        const message = result.error.name === "Interrupted" ? (result.error.message === messages.kernelInterrupted ? messages.kernelInterrupted : messages.kernelDied(result.error.message)) : result.error.message;
        await execution.appendOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error({ name: result.error.name, message, stack: result.error.stack })]));
      }
      this.container.log.info(`${notebook.uri.fsPath} cell ${cell.index + 1}: ${result.ok ? "ok" : result.error.name} in ${Date.now() - started} ms`);
      ok = result.ok;
    } finally {
      // Whatever happened above, the cell ends: a cell left running would hold the notebook's run forever.
      cancel.dispose();
      execution.end(ok, Date.now());
    }
    return ok;
  }

  private interrupt(notebook: vscode.NotebookDocument): void {
    this.sessions.get(notebook.uri.toString())?.interrupt(messages.kernelInterrupted);
    this.order.delete(notebook.uri.toString());
  }

  private closeSession(notebook: vscode.NotebookDocument): void {
    const key = notebook.uri.toString();
    this.sessions.get(key)?.dispose();
    this.sessions.delete(key);
    this.order.delete(key);
  }

  dispose(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

const TEXT_MIMES = /^(text\/|image\/svg\+xml$|application\/javascript$)/;
const BINARY_IMAGE = /^image\/(png|jpeg|gif|webp)$/;

/** The MIME types the driftlens renderer draws (media/src/renderer). */
const DRIFTLENS_MIMES = ["application/vnd.driftlens.report+json", "application/vnd.driftlens.figure+json"];

/**
 * A MIME bundle as notebook output items: text as text, images from base64, everything else as
 * JSON. A bundle the driftlens renderer draws loses its `text/html` fallback (an iframe page for
 * other frontends), which VS Code would otherwise prefer to the renderer's type.
 */
export function outputItems(bundle: MimeBundle): vscode.NotebookCellOutputItem[] {
  const ours = DRIFTLENS_MIMES.some((mime) => mime in bundle);
  return Object.entries(bundle).filter(([mime]) => !(ours && mime === "text/html")).map(([mime, value]) => {
    if (BINARY_IMAGE.test(mime) && typeof value === "string") return new vscode.NotebookCellOutputItem(Buffer.from(value, "base64"), mime);
    if (TEXT_MIMES.test(mime)) return vscode.NotebookCellOutputItem.text(Array.isArray(value) ? value.join("") : String(value), mime);
    return vscode.NotebookCellOutputItem.json(value, mime);
  });
}
