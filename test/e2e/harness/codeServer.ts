import { execFile, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface CodeServerOptions {
  readonly binary: string;
  /** Everything of this instance (user data, extensions, logs, XDG dirs) lives here. */
  readonly home: string;
  /** Honour workspace trust (Restricted Mode for a new folder); default off, as a trusted dev box. */
  readonly trust?: boolean;
  /** Extra environment of the server and its extension hosts. */
  readonly env?: Readonly<Record<string, string>>;
}

/** A running code-server (VS Code in the browser) on 127.0.0.1, in its own process group. */
export class CodeServer {
  private constructor(
    readonly url: string,
    readonly logFile: string,
    private readonly child: ChildProcess,
  ) {}

  /** Installs a .vsix into the instance's extensions folder (before start). */
  static async installExtension(options: CodeServerOptions, vsix: string): Promise<void> {
    await run(options.binary, [...baseArgs(options), "--install-extension", vsix], { env: serverEnv(options), timeout: 120_000 });
  }

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const port = await freePort();
    mkdirSync(join(options.home, "data", "User"), { recursive: true });
    writeFileSync(join(options.home, "data", "User", "settings.json"), JSON.stringify({
      "workbench.startupEditor": "none",
      "telemetry.telemetryLevel": "off",
      "security.workspace.trust.enabled": options.trust === true,
      "security.workspace.trust.startupPrompt": "never",
      "security.workspace.trust.banner": "never",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "update.mode": "none",
      "workbench.enableExperiments": false,
      "workbench.tips.enabled": false,
      "git.enabled": false,
      "chat.disableAIFeatures": true,
      "files.simpleDialog.enable": true,
      "notebook.confirmDeleteRunningCell": false,
    }));
    const logFile = join(options.home, "code-server.log");
    const log = openSync(logFile, "a");
    const child = spawn(options.binary, [...baseArgs(options), "--bind-addr", `127.0.0.1:${port}`, ...(options.trust ? [] : ["--disable-workspace-trust"])], {
      env: serverEnv(options),
      detached: true,
      stdio: ["ignore", log, log],
    });
    const server = new CodeServer(`http://127.0.0.1:${port}`, logFile, child);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (await fetch(`${server.url}/healthz`).then((response) => response.ok, () => false)) return server;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    server.stop();
    throw new Error(`code-server did not start within 60 s; see ${logFile}`);
  }

  /** Stops the server and everything it started (extension hosts, kernels): the whole process group. */
  stop(): void {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

function baseArgs(options: CodeServerOptions): string[] {
  return [
    "--config", "/dev/null",
    "--auth", "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-getting-started-override",
    "--user-data-dir", join(options.home, "data"),
    "--extensions-dir", join(options.home, "extensions"),
  ];
}

function serverEnv(options: CodeServerOptions): NodeJS.ProcessEnv {
  const tmp = join(options.home, "tmp");
  mkdirSync(tmp, { recursive: true });
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(options.home, "xdg-config"),
    XDG_DATA_HOME: join(options.home, "xdg-data"),
    TMPDIR: tmp,
    ...options.env,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
