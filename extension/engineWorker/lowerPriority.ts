/**
 * Lowers the engine process's CPU priority below the editor's, as the first thing it does (the
 * engine process imports this module before the engine): a build using every core leaves the
 * extension host its share. Where the extension started the process under `nice` it is already
 * there; where the system does not permit it the work runs at the normal priority.
 */
import { setPriority } from "node:os";
import { ENGINE_NICENESS } from "./engineProtocol";

try {
  setPriority(ENGINE_NICENESS);
} catch {
  // Not permitted on this system.
}
