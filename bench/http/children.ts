import { spawn, type ChildProcess } from "node:child_process"
import { once } from "node:events"
import { get } from "node:http"
import { createServer } from "node:net"
import { readFile } from "node:fs/promises"
import { setTimeout as sleep } from "node:timers/promises"

/** A server running in a child process (so the load generator and the server do not share an event loop). */
export interface ServerChild {
  name: string
  child: ChildProcess
  url: string
  stop(): Promise<void>
}

/** Ends a child with SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, "exit")
  child.kill("SIGTERM")
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}

/**
 * Starts `node --import tsx <script>` with `env`, and resolves once the child sends `{ port }` over
 * IPC. The child's stdout is discarded (its logs would otherwise have to be drained under load),
 * its stderr is shown.
 */
export async function startServerChild(
  name: string,
  script: URL,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): Promise<ServerChild> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script.pathname], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: { port?: number }) => resolve(Number(message.port)))
    child.once("exit", (code) => reject(new Error(`${name} server exited with code ${code} before listening`)))
    child.once("error", reject)
  })
  child.disconnect()
  return { name, child, url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) }
}

/** A TCP port that was free a moment ago (for a child that must be told its port up front). */
export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : 0
  server.close()
  await once(server, "close")
  return port
}

/** GET `url` on a fresh connection (closed after the response, so it never holds a server's shutdown). */
export function getText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false }, (response) => {
      let body = ""
      response.setEncoding("utf8")
      response.on("data", (chunk: string) => (body += chunk))
      response.once("end", () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.once("error", reject)
  })
}

/** The status of GET `url` (see `getText`). */
export async function getStatus(url: string): Promise<number> {
  return (await getText(url)).status
}

/** Polls `url` until it answers 200; resolves with the milliseconds since `since` (a performance.now()). */
export async function waitFor200(url: string, since: number, child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  for (;;) {
    const status = await getStatus(url).catch(() => 0)
    if (status === 200) return performance.now() - since
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode} before ${url} answered 200`)
    if (performance.now() - since > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
    await sleep(5)
  }
}

/** Peak resident set size (VmHWM) of a live process, in MB, from /proc/<pid>/status (Linux). */
export async function peakRssMb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => undefined)
  const match = status && /^VmHWM:\s+(\d+)\s+kB/m.exec(status)
  return match ? Number(match[1]) / 1024 : undefined
}
