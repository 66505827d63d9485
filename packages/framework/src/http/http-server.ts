import { createServer, IncomingMessage, ServerResponse, type Server } from "node:http"
import { Server as NetServer, type AddressInfo } from "node:net"
import type { ConfigModule } from "../config/define-config.js"
import type { StratumContainer } from "../container/create-container.js"
import type { Logger } from "../logging/logger.js"
import { createHttpApp, type HttpAppOptions } from "./http-app.js"
import { InFlightResponses } from "./in-flight-responses.js"

export interface StartHttpServerOptions {
  container: StratumContainer
  logger: Logger
  config: ConfigModule
  /** The folder of `route.ts` files and `middlewares.ts`. */
  apiDir?: string
  /** Default 9000; 0 picks a free port. */
  port?: number
  /** Default: every interface. */
  host?: string
  /** How long `close()` lets in-flight requests run before cutting them. Default 10 000 ms. */
  shutdownTimeoutMs?: number
  openapi?: HttpAppOptions["openapi"]
  env?: NodeJS.ProcessEnv
}

/**
 * `base` constructing objects whose prototype is `prototype` (Express's request or response of
 * the app, which derive from Node's), so Express finds each request and response already shaped
 * as its own instead of changing their prototype on every request (a slow operation in V8).
 */
function withPrototype<T extends object>(base: T, prototype: object): T {
  const shaped = function () {}
  shaped.prototype = prototype
  return new Proxy(base, {
    construct: (target, args, _newTarget) =>
      Reflect.construct(target as unknown as new (...args: unknown[]) => object, args, shaped),
  })
}

export interface RunningHttpServer {
  port: number
  server: Server
  /** Stops accepting connections, lets in-flight requests finish (bounded), then resolves. */
  close(): Promise<void>
}

/**
 * Serves the API of `apiDir` over HTTP and resolves once listening.
 *
 * @example
 * const http = await startHttpServer({ container: app.container, logger, config, apiDir: "src/api", port: 9000 })
 * process.once("SIGTERM", async () => { await http.close(); await app.close() })
 */
export async function startHttpServer(options: StartHttpServerOptions): Promise<RunningHttpServer> {
  const { app } = await createHttpApp(options)
  const inFlight = new InFlightResponses()
  let closing = false
  const server = createServer(
    {
      IncomingMessage: withPrototype(IncomingMessage, app.request),
      ServerResponse: withPrototype(ServerResponse, app.response),
    },
    (req, res) => {
      inFlight.track(res)
      if (closing) res.setHeader("Connection", "close")
      app(req, res)
    },
  )
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 9000, options.host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  let closed: Promise<void> | undefined
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      closing = true
      const limit = options.shutdownTimeoutMs ?? 10_000
      inFlight.forEach((res) => {
        if (!res.headersSent) res.setHeader("Connection", "close")
      })
      const timeout = setTimeout(() => {
        options.logger.warn(`${inFlight.size} request(s) still running after ${limit} ms; closing their connections`)
        server.closeAllConnections()
      }, limit)
      timeout.unref()
      // net.Server#close stops accepting without http.Server#close's closeIdleConnections(): cutting
      // a keep-alive connection races a client sending its next request on it. Requests arriving on
      // open connections are served with `Connection: close`; idle ones expire by keepAliveTimeout.
      NetServer.prototype.close.call(server, () => {
        clearTimeout(timeout)
        resolve()
      })
    })
    return closed
  }
  return { port, server, close }
}
