/**
 * True when a process with this id is running (this process included), so files it is still
 * writing are left alone. `EPERM` means the process exists but belongs to someone else.
 *
 * @example processAlive(process.pid) // true
 */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
