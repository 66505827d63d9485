import { spawn, type ChildProcess } from "node:child_process"
import { closeSync, openSync, readFileSync } from "node:fs"
import { chown, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { locateBinaries } from "./binaries.js"
import { acquireDirLock, isAlive } from "./dir-lock.js"
import { findFreePort } from "./free-port.js"
import { resolveRunAs, type RunAs } from "./system-user.js"

/** Credentials of the embedded cluster (local only: it listens on 127.0.0.1). */
export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

export interface EmbeddedServer {
  /** URL of the `postgres` maintenance database. */
  readonly url: string
  readonly port: number
  readonly dataDir: string
  /** Stops the server when this process started (or adopted) it; leaves a server of another live process alone. */
  stop(): Promise<void>
}

interface ServerState {
  ownerPid: number
  postmasterPid: number
  port: number
}

const statePath = (dataDir: string) => `${dataDir}.state.json`

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

function run(binary: string, args: string[], runAs: RunAs | undefined): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, args, {
      ...runAs,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C" },
    })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`${binary} exited with code ${code}: ${output.trim()}`)),
    )
  })
}

async function initialise(dataDir: string, initdb: string, runAs: RunAs | undefined): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  if (runAs) await chown(dataDir, runAs.uid, runAs.gid)
  const passwordFile = join(tmpdir(), `stratum-pg-${process.pid}-${Date.now()}`)
  await writeFile(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o644 })
  try {
    await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        "--auth=scram-sha-256",
        `--username=${EMBEDDED_USER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--no-sync",
      ],
      runAs,
    )
  } finally {
    await rm(passwordFile, { force: true })
  }
}

async function readState(dataDir: string): Promise<ServerState | undefined> {
  try {
    return JSON.parse(await readFile(statePath(dataDir), "utf8")) as ServerState
  } catch {
    return undefined
  }
}

function readTail(path: string): string {
  try {
    return readFileSync(path, "utf8").slice(-2000)
  } catch {
    return ""
  }
}

function urlFor(port: number): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`
}

async function answers(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(port), connectionTimeoutMillis: 1000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function waitUntilReady(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The embedded PostgreSQL exited during start-up: ${log().trim()}`)
    if (await answers(port)) return
    await sleep(50)
  }
  throw new Error(`The embedded PostgreSQL did not accept connections within 60 s: ${log().trim()}`)
}

async function terminate(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT")
  } catch {
    return
  }
  const deadline = Date.now() + 15_000
  while (isAlive(pid) && Date.now() < deadline) await sleep(50)
  if (isAlive(pid)) process.kill(pid, "SIGKILL")
}

const started = new Set<number>()

function stopAllNow(): void {
  for (const pid of started) {
    try {
      process.kill(pid, "SIGINT")
    } catch {
      // already gone
    }
  }
}

process.on("exit", stopAllNow)

/**
 * On SIGINT/SIGTERM, when nothing else in the process handles the signal, stop the servers this
 * process owns and exit with the signal's status. An application that handles the signal itself
 * (the server's graceful shutdown) closes the server as its last step, and the exit hook above
 * catches anything left.
 */
for (const [signal, status] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) > 1) return
    stopAllNow()
    const pids = [...started]
    const deadline = Date.now() + 15_000
    const poll = setInterval(() => {
      if (pids.every((pid) => !isAlive(pid)) || Date.now() > deadline) {
        clearInterval(poll)
        process.exit(status)
      }
    }, 25)
  })
}

/**
 * Starts (or joins) a real PostgreSQL server whose data lives in `dataDir`: created with initdb on
 * first use, kept across restarts, listening on a free loopback port. A server left running by a
 * process that died is adopted; one owned by a live process is shared and left running on stop().
 *
 * @example
 * const server = await startEmbeddedServer(".stratum/postgres")
 * // ... connect to server.url ...
 * await server.stop()
 */
export async function startEmbeddedServer(dataDirInput: string): Promise<EmbeddedServer> {
  const dataDir = resolve(dataDirInput)
  await mkdir(dirname(dataDir), { recursive: true, mode: 0o755 })
  const release = await acquireDirLock(`${dataDir}.lock`)
  try {
    const runAs = resolveRunAs()
    const binaries = await locateBinaries()
    if (!(await exists(join(dataDir, "PG_VERSION")))) {
      await rm(dataDir, { recursive: true, force: true })
      await initialise(dataDir, binaries.initdb, runAs)
    }
    const state = await readState(dataDir)
    if (state && isAlive(state.postmasterPid) && (await answers(state.port))) {
      const shared = isAlive(state.ownerPid) && state.ownerPid !== process.pid
      if (!shared) {
        await writeFile(statePath(dataDir), JSON.stringify({ ...state, ownerPid: process.pid }))
        started.add(state.postmasterPid)
      }
      return handle(dataDir, state.port, shared ? undefined : state.postmasterPid)
    }
    if (state && isAlive(state.postmasterPid)) await terminate(state.postmasterPid)
    const port = await findFreePort()
    const logPath = `${dataDir}.log`
    const logFd = openSync(logPath, "a")
    const child = spawn(
      binaries.postgres,
      [
        ...["-D", dataDir, "-p", String(port)],
        ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "synchronous_commit=off"],
        ...["-c", "max_connections=300"],
      ],
      { ...runAs, stdio: ["ignore", logFd, logFd], env: { ...process.env, LC_ALL: "C" }, detached: false },
    )
    closeSync(logFd)
    child.unref()
    const output = () => readTail(logPath)
    const pid = child.pid
    if (pid === undefined) throw new Error("The embedded PostgreSQL could not be started")
    started.add(pid)
    await waitUntilReady(port, child, output)
    await writeFile(
      statePath(dataDir),
      JSON.stringify({ ownerPid: process.pid, postmasterPid: pid, port } satisfies ServerState),
    )
    return handle(dataDir, port, pid)
  } finally {
    await release()
  }
}

function handle(dataDir: string, port: number, ownedPid: number | undefined): EmbeddedServer {
  let stopping: Promise<void> | undefined
  return {
    url: urlFor(port),
    port,
    dataDir,
    stop() {
      if (ownedPid === undefined) return Promise.resolve()
      stopping ??= (async () => {
        await terminate(ownedPid)
        started.delete(ownedPid)
        await rm(statePath(dataDir), { force: true })
      })()
      return stopping
    },
  }
}
