import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The whole words (not `##` pieces, not `[SPECIAL]` tokens, letters only) of a WordPiece
 * tokenizer's vocabulary in `folder/tokenizer.json`, lower-cased: the vocabulary of the
 * out-of-vocabulary descriptor. Empty when the folder has no WordPiece tokenizer.
 *
 * @example modelVocabulary(join(bundledModelsDir(), "text-tiny-bert")).has("river") // true
 */
export function modelVocabulary(folder: string): ReadonlySet<string> {
  const path = join(folder, "tokenizer.json");
  if (!existsSync(path)) return new Set();
  const tokenizer = JSON.parse(readFileSync(path, "utf8")) as { model?: { vocab?: Record<string, number> | [string, number][] } };
  const vocab = tokenizer.model?.vocab;
  const tokens = Array.isArray(vocab) ? vocab.map(([token]) => token) : Object.keys(vocab ?? {});
  return new Set(tokens.filter((token) => /^\p{L}+$/u.test(token)).map((token) => token.toLowerCase()));
}
