import { UsageError } from "../errors";
import type { Random } from "../stats/random";
import { createRandom } from "../stats/random";
import { SENTENCE_TOPICS, RARE_WORDS } from "./sentenceTopics";
import { DEFAULT_SENTENCE_TOPICS, syntheticSentences } from "./syntheticSentences";

export type TextDriftKind = "typos" | "vocabulary" | "length" | "topic";

export const TEXT_DRIFT_KINDS: readonly TextDriftKind[] = ["typos", "vocabulary", "length", "topic"];

export interface TextDriftOptions {
  readonly kind: TextDriftKind;
  /** 0 (no change) to 1 (strongest). */
  readonly severity: number;
  readonly seed: number;
}

/**
 * Injects a kind of drift into texts, seeded, with a severity from 0 (texts unchanged) to 1:
 *
 * - `typos`: each word of 3+ letters gets one edit (swap, drop, double or replace a letter) with probability 0.6 · severity.
 * - `vocabulary`: each word of 4+ letters is replaced by a rare word (`RARE_WORDS`) with probability 0.6 · severity.
 * - `length`: each text gets, with probability severity, two more clauses made of its own words (same vocabulary, longer).
 * - `topic`: each text is replaced, with probability severity, by a sentence on another topic
 *   (the topics not in `DEFAULT_SENTENCE_TOPICS`).
 *
 * @example injectTextDrift(["The cold rain falls."], { kind: "typos", severity: 1, seed: 2 }) // ["Tve cold sain falls."]
 * @throws {UsageError} for an unknown kind or a severity outside [0, 1]
 */
export function injectTextDrift(texts: readonly string[], options: TextDriftOptions): string[] {
  const { kind, severity } = options;
  if (!TEXT_DRIFT_KINDS.includes(kind)) throw new UsageError(`unknown text drift '${kind}'. Kinds: ${TEXT_DRIFT_KINDS.join(", ")}.`);
  if (!(severity >= 0 && severity <= 1)) throw new UsageError(`severity must be in [0, 1], got ${severity}.`);
  const random = createRandom(options.seed);
  switch (kind) {
    case "typos":
      return texts.map((text) => text.replace(/\p{L}{3,}/gu, (word) => (random.next() < 0.6 * severity ? typo(word, random) : word)));
    case "vocabulary":
      return texts.map((text) => text.replace(/\p{L}{4,}/gu, (word) => (random.next() < 0.6 * severity ? RARE_WORDS[random.int(RARE_WORDS.length)] : word)));
    case "length":
      return texts.map((text) => (random.next() < severity ? lengthened(text, random) : text));
    case "topic": {
      const others = SENTENCE_TOPICS.map((t) => t.name).filter((name) => !DEFAULT_SENTENCE_TOPICS.includes(name));
      const replacements = syntheticSentences({ count: texts.length, seed: options.seed + 7919, topics: others });
      return texts.map((text, i) => (random.next() < severity ? replacements[i] : text));
    }
  }
}

function typo(word: string, random: Random): string {
  const at = random.int(word.length - 1);
  const letter = String.fromCharCode(97 + random.int(26));
  switch (random.int(4)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return word.slice(0, at) + letter + word.slice(at + 1);
  }
}

function lengthened(text: string, random: Random): string {
  const words = text.replace(/[.!?]+$/, "").toLowerCase().split(/\s+/);
  const clause = () => Array.from({ length: Math.min(words.length, 6) }, () => words[random.int(words.length)]).join(" ");
  return `${text.replace(/[.!?]+$/, "")} and ${clause()} and ${clause()}.`;
}
