import type * as EngineModule from "driftlens";

/** The engine's public API (the "driftlens" package, kernel-helpers/index.ts). */
export type Engine = typeof EngineModule;

let loading: Promise<Engine> | undefined;

/**
 * The driftlens engine, loaded on first use: it brings DuckDB and Arrow, which activation must
 * not pay for. The package refers to itself by name ("driftlens" → dist/kernel-helpers through
 * package.json `exports`), exactly as a notebook or a script imports it.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import("driftlens");
  return loading;
}
