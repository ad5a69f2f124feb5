import { UsageError } from "../errors";
import type { Random } from "../stats/random";
import { createRandom } from "../stats/random";
import { FUNCTION_WORDS, SENTENCE_TOPICS } from "./sentenceTopics";

export interface SyntheticSentencesOptions {
  readonly count: number;
  readonly seed: number;
  /** Topic names to draw from (see `SENTENCE_TOPICS`). Default: weather, sports, food. */
  readonly topics?: readonly string[];
}

/** The reference topics of synthetic sentences; topic swap moves to the others. */
export const DEFAULT_SENTENCE_TOPICS: readonly string[] = ["weather", "sports", "food"];

/**
 * Seeded synthetic English sentences on everyday topics, e.g. "The heavy heat covers after our
 * snow." — one or two clauses of determiner, adjective, noun, verb,
 * preposition and noun from one topic, for testing text drift.
 *
 * @example syntheticSentences({ count: 2, seed: 1 }) // ["A calm night reaches over that coast so our night comes.", "The heavy heat covers after our snow."]
 * @throws {UsageError} for an unknown topic or a count that is not a whole number ≥ 0
 */
export function syntheticSentences(options: SyntheticSentencesOptions): string[] {
  if (!Number.isInteger(options.count) || options.count < 0) throw new UsageError(`count must be a whole number ≥ 0, got ${options.count}.`);
  const names = options.topics ?? DEFAULT_SENTENCE_TOPICS;
  const topics = names.map((name) => {
    const topic = SENTENCE_TOPICS.find((t) => t.name === name);
    if (!topic) throw new UsageError(`unknown sentence topic '${name}'. Topics: ${SENTENCE_TOPICS.map((t) => t.name).join(", ")}.`);
    return topic;
  });
  const random = createRandom(options.seed);
  return Array.from({ length: options.count }, () => sentence(topics[random.int(topics.length)], random));
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[random.int(items.length)];
}

function sentence(topic: (typeof SENTENCE_TOPICS)[number], random: Random): string {
  const { determiners, prepositions, connectors } = FUNCTION_WORDS;
  const clause = () => [pick(determiners, random), pick(topic.adjectives, random), pick(topic.nouns, random), pick(topic.verbs, random), pick(prepositions, random), pick(determiners, random), pick(topic.nouns, random)];
  const words = clause();
  if (random.next() < 0.5) words.push(pick(connectors, random), pick(determiners, random), pick(topic.nouns, random), pick(topic.verbs, random));
  const text = words.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
