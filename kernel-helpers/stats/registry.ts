import { UsageError } from "../errors";
import { messages } from "../messages";
import type { StatColumnType, StatTest } from "./statTest";

/**
 * Every stat test driftlens knows, under Evidently's names. The default choice per column is made
 * in one place, `drift/defaultStatTest.ts`; this list only says what exists.
 */
const STAT_TESTS: readonly StatTest[] = [];

const byName = new Map(STAT_TESTS.map((test) => [test.name, test]));

/** The test registered under `name`; throws `UsageError` listing the valid names otherwise. */
export function getStatTest(name: string): StatTest {
  const test = byName.get(name);
  if (!test) throw new UsageError(messages.methodUnknown(name, statTestNames()));
  return test;
}

/** Names of all registered tests, in registry order. */
export function statTestNames(): string[] {
  return STAT_TESTS.map((test) => test.name);
}

/** The tests that accept a column of `type`. */
export function statTestsFor(type: StatColumnType): StatTest[] {
  return STAT_TESTS.filter((test) => test.columnTypes.includes(type));
}
