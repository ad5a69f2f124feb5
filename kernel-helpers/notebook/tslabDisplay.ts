import type { MimeBundle } from "./mimeBundle";

type DisplayWriter = (content: { data: Record<string, unknown>; metadata: Record<string, unknown>; transient: Record<string, unknown> }, update: boolean) => void;

/**
 * Emits `bundle` as one `display_data` of the running tslab cell and returns true; returns false
 * outside a tslab kernel (nothing is emitted). tslab swaps its writer for every executed cell,
 * so it is looked up at each call, in the modules tslab has loaded (`tslab/dist/jupyter`) —
 * wherever tslab is installed, and without driftlens depending on it.
 *
 * @example if (!tslabDisplay(bundle)) console.log(bundle.data["text/plain"]);
 */
export function tslabDisplay(bundle: MimeBundle): boolean {
  const writer = findWriter();
  if (!writer) return false;
  writer({ data: bundle.data, metadata: bundle.metadata, transient: {} }, false);
  return true;
}

function findWriter(): DisplayWriter | undefined {
  for (const [path, loaded] of Object.entries(require.cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(path)) continue;
    const writer = (loaded?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (typeof writer === "function") return writer as DisplayWriter;
  }
  return undefined;
}
