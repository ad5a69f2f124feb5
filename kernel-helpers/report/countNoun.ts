import { formatCount } from "../formatCount";
/**
 * A count with its noun in the right number, for text a person reads: "1 row", "7,000 rows",
 * "1 class", "2 classes" (`plural` for nouns that do not take an "s").
 *
 * @example countNoun(1, "row") // "1 row"
 * @example countNoun(2, "class", "classes") // "2 classes"
 */
export function countNoun(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}
