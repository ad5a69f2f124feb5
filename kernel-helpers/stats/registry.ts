import { UsageError } from "../errors";
import { messages } from "../messages";
import type { StatColumnType, StatTest } from "./statTest";
import { andersonStatTest } from "./andersonKSample";
import { chiSquareStatTest } from "./chiSquareStatTest";
import { cramerVonMisesStatTest } from "./cramerVonMises2Samp";
import { empiricalMmdStatTest } from "./empiricalMmd";
import { energyDistanceStatTest } from "./energyDistance";
import { eppsSingletonStatTest } from "./eppsSingleton2Samp";
import { fisherExactStatTest } from "./fisherExactStatTest";
import { gTestStatTest } from "./gTestStatTest";
import { hellingerStatTest } from "./hellinger";
import { jensenShannonStatTest } from "./jensenShannon";
import { klDivStatTest } from "./klDiv";
import { ksStatTest } from "./ksStatTest";
import { mannWhitneyStatTest } from "./mannWhitneyStatTest";
import { psiStatTest } from "./psi";
import { tTestStatTest } from "./tTestStatTest";
import { tvdStatTest } from "./tvd";
import { wassersteinStatTest } from "./wasserstein";
import { zStatTest } from "./zStatTest";

/**
 * Every stat test driftlens knows, under Evidently's names. The default choice per column is made
 * in one place, `drift/defaultStatTest.ts`; this list only says what exists.
 */
const STAT_TESTS: readonly StatTest[] = [
  ksStatTest,
  chiSquareStatTest,
  zStatTest,
  wassersteinStatTest,
  jensenShannonStatTest,
  psiStatTest,
  klDivStatTest,
  hellingerStatTest,
  andersonStatTest,
  cramerVonMisesStatTest,
  mannWhitneyStatTest,
  tTestStatTest,
  energyDistanceStatTest,
  eppsSingletonStatTest,
  fisherExactStatTest,
  gTestStatTest,
  tvdStatTest,
  empiricalMmdStatTest,
];

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
