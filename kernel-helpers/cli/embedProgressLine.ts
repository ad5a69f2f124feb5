import type { EmbedProgress } from "../embeddings/embedProgress";
import { formatCount } from "../formatCount";

/** The stream progress goes to: a terminal gets one line rewritten in place; anything else gets nothing. */
interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress line for embedding runs on a terminal: "embedding distinct texts: 1,234 / 5,000 (25%)",
 * rewritten in place at most every `intervalMs`, and cleared by `end()`. Silent when the stream
 * is not a terminal (CI logs and pipes get no progress noise).
 *
 * @example const progress = embedProgressLine("texts"); await checkTextDrift(a, b, { onProgress: progress.update }); progress.end();
 */
export function embedProgressLine(kind: string, stream: ProgressStream = process.stderr, intervalMs = 200): { update(progress: EmbedProgress): void; end(): void } {
  let shown = false;
  let last = -Infinity;
  return {
    update({ done, total }) {
      if (stream.isTTY !== true) return;
      const now = performance.now();
      if (done < total && now - last < intervalMs) return;
      last = now;
      const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
      stream.write(`\r\x1b[2Kembedding distinct ${kind}: ${formatCount(done)} / ${formatCount(total)} (${percent}%)`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
