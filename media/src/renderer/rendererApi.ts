/** The slice of VS Code's notebook renderer API (vscode-notebook-renderer) this renderer uses. */
export interface OutputItem {
  readonly id: string;
  readonly mime: string;
  json(): unknown;
  text(): string;
}

export interface RendererContext {
  readonly workspace: { readonly isTrusted: boolean };
}

export interface RendererApi {
  renderOutputItem(item: OutputItem, element: HTMLElement, signal?: AbortSignal): void | Promise<void>;
  disposeOutputItem?(id?: string): void;
}

export type ActivationFunction = (context: RendererContext) => RendererApi;
