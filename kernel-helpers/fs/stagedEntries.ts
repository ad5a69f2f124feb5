import { randomBytes } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { WRITER_TOKEN_PATTERN, writerGone, writerToken } from "./writerToken";

/** What a hidden staged entry is: a folder or file being written, or a folder moved aside while replaced. */
export type StagedKind = "partial" | "replaced" | "tmp" | "jsonl" | "parquet.tmp";

/** A hidden entry that a writer stages beside its final place, and who wrote it. */
export interface StagedEntry {
  readonly path: string;
  /** The name the entry is for (`v1` for `.v1.….partial`). */
  readonly name: string;
  readonly kind: StagedKind;
  /** True when its writer has certainly stopped (see `writerGone`), so it may be removed. */
  gone(): Promise<boolean>;
}

const KINDS = String.raw`(partial|replaced|tmp|jsonl|parquet\.tmp)`;
const CURRENT = new RegExp(String.raw`^\.(.+)\.(${WRITER_TOKEN_PATTERN})\.[0-9a-f]+\.${KINDS}$`);
/** Names written by older driftlens releases, without a writer token: judged by age alone. */
const LEGACY = [/^\.(.+)\.\d+\.[0-9a-f]+\.(partial|replaced)$/, /^\.()\d+-[0-9a-f]+\.(jsonl|parquet\.tmp)$/, /^\.(.+)\.[0-9a-f]{12}\.(tmp)$/];

/**
 * The hidden name under which this process stages `name`: `.<name>.<writerToken>.<random>.<kind>`.
 *
 * @example stagedName("v1", "partial") // ".v1.4242-7510733-3f9a0c21.9c1e77a0.partial"
 */
export function stagedName(name: string, kind: StagedKind): string {
  return `.${name}.${writerToken()}.${randomBytes(4).toString("hex")}.${kind}`;
}

/**
 * The staged entries in `folder` (this process's, other writers' and those that killed writers
 * left), optionally only of one kind. A missing folder has none.
 */
export async function stagedEntries(folder: string, kind?: StagedKind): Promise<StagedEntry[]> {
  const found: StagedEntry[] = [];
  for (const entry of await readdir(folder).catch(() => [] as string[])) {
    const current = CURRENT.exec(entry);
    const legacy = current ? null : LEGACY.map((pattern) => pattern.exec(entry)).find((match) => match !== null);
    const parsed = current ? { name: current[1], token: current[2], kind: current[3] } : legacy ? { name: legacy[1], token: "", kind: legacy[2] } : undefined;
    if (parsed === undefined || (kind !== undefined && parsed.kind !== kind)) continue;
    const path = join(folder, entry);
    found.push({ path, name: parsed.name, kind: parsed.kind as StagedKind, gone: async () => writerGone(parsed.token, await lastChange(path)) });
  }
  return found;
}

/** The newest modification time of `path` and, for a folder, of its entries (a file being written keeps changing). */
async function lastChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return 0;
  let newest = info.mtimeMs;
  if (info.isDirectory()) {
    for (const entry of await readdir(path).catch(() => [] as string[])) {
      const child = await stat(join(path, entry)).catch(() => undefined);
      if (child) newest = Math.max(newest, child.mtimeMs);
    }
  }
  return newest;
}
