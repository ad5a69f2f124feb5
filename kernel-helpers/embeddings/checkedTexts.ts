import { DataError } from "../errors";
import { embeddingMessages } from "./embeddingMessages";

/** Texts ready to embed: the non-empty ones, and how many empty ones were dropped. */
export interface CheckedTexts {
  readonly texts: string[];
  readonly empty: number;
}

/**
 * Checks one side's texts: an array of strings, at least 2 of them non-empty. Empty and
 * whitespace-only texts are dropped and counted (as missing cells are in columns); `null` or
 * `undefined` count as empty too; any other non-string is an error naming its row.
 *
 * @example checkedTexts(["a", "", "b"], "reference") // { texts: ["a", "b"], empty: 1 }
 * @throws {DataError} for a non-array, a non-string value, or fewer than 2 non-empty texts
 */
export function checkedTexts(values: unknown, side: string): CheckedTexts {
  if (!Array.isArray(values)) throw new DataError(embeddingMessages.textsNotArray(side));
  const texts: string[] = [];
  let empty = 0;
  values.forEach((value, index) => {
    if (value === null || value === undefined) {
      empty++;
      return;
    }
    if (typeof value !== "string") throw new DataError(embeddingMessages.textNotString(side, index, value));
    if (value.trim() === "") empty++;
    else texts.push(value);
  });
  if (texts.length === 0) throw new DataError(embeddingMessages.textsEmpty(side, values.length));
  if (texts.length < 2) throw new DataError(embeddingMessages.tooFewRows(`${side} texts`, texts.length));
  return { texts, empty };
}
