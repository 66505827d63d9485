import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import { setTimeout as sleep } from "node:timers/promises"

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/**
 * A cross-process lock held as a directory (mkdir is atomic). A lock left by a process that died
 * is taken over. Resolves to a function that releases it.
 */
export async function acquireDirLock(path: string, timeoutMillis = 60_000): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMillis
  for (;;) {
    try {
      await mkdir(path)
      await writeFile(`${path}/owner`, String(process.pid))
      return () => rm(path, { recursive: true, force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
    }
    const owner = Number(await readFile(`${path}/owner`, "utf8").catch(() => "0"))
    if (owner > 0 && !isAlive(owner)) {
      await rm(path, { recursive: true, force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for the lock ${path} held by process ${owner || "unknown"}`)
    }
    await sleep(100)
  }
}

export { isAlive }
