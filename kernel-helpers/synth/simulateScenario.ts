import type { Table } from "../data/table";
import { argumentError } from "../arguments/argumentError";
import { UsageError } from "../errors";
import { performanceMessages } from "../performance/performanceMessages";
import type { DriftScenario, ScenarioName } from "./driftScenarios";
import { DRIFT_SCENARIOS, SCENARIO_NAMES } from "./driftScenarios";
import { modelSample } from "./modelSample";

export interface SimulateOptions {
  readonly scenario: ScenarioName | string;
  /** 0 (no drift) to 1 (the scenario's strongest). */
  readonly severity: number;
  /** Reference rows (default 20,000). */
  readonly referenceRows?: number;
  /** Current rows (default 10,000). */
  readonly currentRows?: number;
  /** Share of the current rows before the drift starts (default 0.3), so streaming detectors have a change to find. */
  readonly onset?: number;
  /** Seed of the reference; the current data uses seed + 1. Default `DEFAULT_SIMULATION_SEED`. */
  readonly seed?: number;
}

/**
 * The seed of simulated scenarios when none is given: 1, not `DEFAULT_SEED`, because the reference
 * is drawn with the seed and the current data with seed + 1, and the README's worked example of
 * `driftlens simulate` shows the data of seeds 1 and 2.
 */
export const DEFAULT_SIMULATION_SEED = 1;

/**
 * A reference and a current sample of `modelSample` for one drift scenario: the reference is a
 * week of the undrifted world (one row a minute from 2026-01-01), the current data the rows that
 * follow, drifted from `onset` on with the scenario's effects at `severity`. Both carry the
 * labels, so realised metrics are known and estimates can be checked against them.
 * Cost: O(rows).
 *
 * @example simulateScenario({ scenario: "covariate-shift", severity: 0.5 }).current.rowCount // 10000
 * @throws {UsageError} for an unknown scenario, a severity outside [0, 1] or bad row counts
 */
export function simulateScenario(options: SimulateOptions): { scenario: DriftScenario; reference: Table; current: Table } {
  if (options === null || typeof options !== "object") throw argumentError("simulateScenario", "options", 'an object such as { scenario: "covariate-shift", severity: 0.5 }', options);
  // Own names only: "__proto__", "constructor" or "toString" are not scenarios.
  if (typeof options.scenario !== "string" || !Object.hasOwn(DRIFT_SCENARIOS, options.scenario)) throw new UsageError(performanceMessages.scenarioUnknown(String(options.scenario), SCENARIO_NAMES));
  const scenario = DRIFT_SCENARIOS[options.scenario as ScenarioName];
  const { severity } = options;
  if (!(severity >= 0 && severity <= 1)) throw new UsageError(performanceMessages.severityInvalid(severity));
  const referenceRows = options.referenceRows ?? 20_000;
  const currentRows = options.currentRows ?? 10_000;
  for (const rows of [referenceRows, currentRows]) if (!Number.isInteger(rows) || rows < 1) throw new UsageError(performanceMessages.rowsInvalid(rows));
  const seed = options.seed ?? DEFAULT_SIMULATION_SEED;
  const start = Date.UTC(2026, 0, 1);
  const reference = modelSample({ rows: referenceRows, seed, start });
  const current = modelSample({ rows: currentRows, seed: seed + 1, start: start + referenceRows * 60_000, effects: scenario.effects(severity), onset: options.onset ?? 0.3 });
  return {
    scenario,
    reference: { ...reference, source: `simulated reference (${scenario.name})` },
    current: { ...current, source: `simulated current (${scenario.name}, severity ${severity})` },
  };
}
