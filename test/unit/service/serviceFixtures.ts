import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { createService } from "../../../kernel-helpers/service/createService";
import type { ServiceOptions } from "../../../kernel-helpers/service/createService";
import { tempDir } from "../baseline/baselineFixtures";

/** A service listening on 127.0.0.1 (a free port) over fresh folders. */
export interface RunningService {
  readonly app: FastifyInstance;
  readonly base: string;
  readonly dir: string;
  readonly baselines: string;
  readonly reports: string;
  readonly logs: string;
}

export async function startService(options: Omit<ServiceOptions, "baselinesDir" | "reportsDir" | "logsDir"> = {}): Promise<RunningService> {
  const dir = tempDir("driftlens-service-");
  const folders = { baselines: join(dir, "baselines"), reports: join(dir, "reports"), logs: join(dir, "logs") };
  const app = await createService({ baselinesDir: folders.baselines, reportsDir: folders.reports, logsDir: folders.logs, ...options });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  return { app, base, dir, ...folders };
}

/** An answer: status, headers and the body as text and (when it parses) JSON. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** What `JSON.parse` makes of the body (`undefined` when it is not JSON). */
  readonly json: ReturnType<typeof JSON.parse>;
}

/** A real HTTP request: `json` is sent as application/json, `body` as-is with `type`. */
export async function call(base: string, method: string, path: string, send: { json?: unknown; body?: string | Buffer; type?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...send.headers };
  let body: string | Buffer | undefined;
  if (send.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(send.json);
  } else if (send.body !== undefined) {
    if (send.type) headers["content-type"] = send.type;
    body = send.body;
  }
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  let json: ReturnType<typeof JSON.parse>;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
