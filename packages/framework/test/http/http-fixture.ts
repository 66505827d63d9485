import { createServer, request as httpRequest, type RequestListener } from "node:http"
import type { AddressInfo } from "node:net"
import { once } from "node:events"
import { Writable } from "node:stream"
import { fileURLToPath } from "node:url"
import { pino } from "pino"
import type { StratumConfigInput } from "../../src/config/config-types.js"
import { startHttpServer, type RunningHttpServer, type StartHttpServerOptions } from "../../src/http.js"
import type { Logger } from "../../src/logging/logger.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import { defineConfig } from "../../src/config/define-config.js"

export const API_DIR = fileURLToPath(new URL("./fixtures/api", import.meta.url))
export const ADMIN_TOKEN = "test-admin-token-0123456789"

export interface LogLine {
  level: number
  msg: string
  requestId?: string
  method?: string
  path?: string
  status?: number
  durationMs?: number
  sqlStatements?: number
  err?: { message?: string; stack?: string }
}

/** A pino logger writing into an array, so tests can read the request logs. */
export function memoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line) as LogLine)
      callback()
    },
  })
  return { logger: pino({ level: "info" }, stream), lines }
}

export interface Fixture {
  app: TestApp
  http: RunningHttpServer
  url: string
  lines: LogLine[]
  close(): Promise<void>
}

/** A test app on a fresh database, serving the fixture API on a free port. */
export async function startFixture(
  config: StratumConfigInput = {},
  options: Partial<Pick<StartHttpServerOptions, "env" | "shutdownTimeoutMs" | "apiDir">> = {},
): Promise<Fixture> {
  const app = await createTestApp(config)
  const { logger, lines } = memoryLogger()
  try {
    const http = await startHttpServer({
      container: app.container,
      logger,
      config: defineConfig(config),
      apiDir: API_DIR,
      port: 0,
      host: "127.0.0.1",
      env: {},
      ...options,
    })
    return {
      app,
      http,
      url: `http://127.0.0.1:${http.port}`,
      lines,
      async close() {
        await http.close()
        await app.close()
      },
    }
  } catch (error) {
    await app.close()
    throw error
  }
}

/**
 * A parsed JSON response body. Tests assert on it field by field, so it is deliberately untyped
 * (the one `any` of the HTTP tests).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any

/** Parses a response text: JSON when it is JSON, else the text itself. */
function parseBody(text: string): JsonBody {
  if (text === "") return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** `fetch` that returns the status, headers and parsed JSON body (or the text when not JSON). */
export async function call(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: JsonBody; text: string }> {
  const response = await fetch(url, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: parseBody(text), text }
}

/** A request with the path sent exactly as given (fetch would normalize `..` away). */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: JsonBody; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString()
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parseBody(text), text })
        })
      },
    )
    req.on("error", reject)
    req.end(options.body)
  })
}

/**
 * Runs `use(url)` against `handler` (an Express app, say) served on a free loopback port, and
 * closes the server afterwards, whatever `use` did.
 */
export async function withServer<T>(handler: RequestListener, use: (url: string) => Promise<T>): Promise<T> {
  const server = createServer(handler).listen(0, "127.0.0.1")
  await once(server, "listening")
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
