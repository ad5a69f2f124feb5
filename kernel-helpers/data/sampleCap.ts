/**
 * Rows kept in memory per side: a baseline stores at most this many rows of its reference (a
 * seeded uniform sample beyond it, with sketches over every row), and a comparison whose side is
 * larger goes through column summaries instead of loading every row.
 */
export const DEFAULT_SAMPLE_CAP = 1_000_000;
