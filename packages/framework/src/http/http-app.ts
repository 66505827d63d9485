import express, { type Express, type RequestHandler } from "express"
import type { ConfigModule } from "../config/define-config.js"
import type { StratumContainer } from "../container/create-container.js"
import type { Logger } from "../logging/logger.js"
import { errorHandler } from "./errors/error-handler.js"
import { buildOpenApiDocument, type OpenApiDocument, type OpenApiInfo } from "./openapi/openapi-document.js"
import { routeOperations, type RouteOperation } from "./openapi/route-schemas.js"
import { adminAuth, resolveAdminTokens } from "./pipeline/admin-auth.js"
import { cors } from "./pipeline/cors.js"
import { healthRoutes } from "./pipeline/health-routes.js"
import { handlerChain, pathsUnder } from "./pipeline/handler-chain.js"
import { fastJsonResponses } from "./pipeline/json-response.js"
import { DEFAULT_BODY_LIMIT, jsonBody } from "./pipeline/json-body.js"
import { rejectQuery } from "./pipeline/reject-query.js"
import { requestContext } from "./pipeline/request-context.js"
import { routeFallback } from "./pipeline/route-fallback.js"
import { wrapHandler } from "./pipeline/wrap-handler.js"
import { entryVerbs, toExpressPattern } from "./routing/matcher.js"
import type { MiddlewareRoute } from "./routing/define-middlewares.js"
import { loadMiddlewares } from "./routing/middlewares-loader.js"
import { RouteIndex } from "./routing/route-index.js"
import { loadRoutes, type LoadedRoute } from "./routing/route-loader.js"
import type { HttpMethod } from "./types.js"
import { parseQueryString } from "./validation/query-string.js"

export interface HttpAppOptions {
  container: StratumContainer
  logger: Logger
  config: ConfigModule
  /** The folder holding `route.ts` files and `middlewares.ts` (e.g. `src/api`). No routes when absent. */
  apiDir?: string
  /** `info` of the OpenAPI document. */
  openapi?: Partial<OpenApiInfo>
  /** Environment for `STRATUM_ADMIN_TOKEN`; `process.env` by default. */
  env?: NodeJS.ProcessEnv
}

/** The Express application and what it was built from. */
export interface HttpApp {
  app: Express
  routes: LoadedRoute[]
  /** The OpenAPI document of the routes (built on first read). */
  readonly openapi: OpenApiDocument
}

/** Paths Stratum answers itself: health checks and the OpenAPI document (no query parameters). */
const FIXED_PATHS = ["/health", "/openapi.json"]

function mountMiddlewares(app: Express, entries: readonly MiddlewareRoute[]): void {
  for (const entry of entries) {
    const middlewares = (entry.middlewares ?? []) as RequestHandler[]
    if (middlewares.length === 0) continue
    const path = entry.matcher instanceof RegExp ? entry.matcher : toExpressPattern(entry.matcher)
    for (const verb of new Set(entryVerbs(entry))) {
      if (verb === "USE") app.use(path, ...middlewares)
      else if (verb === "ALL") app.all(path, ...middlewares)
      else app[verb.toLowerCase() as Lowercase<HttpMethod>](path, ...middlewares)
    }
  }
}

function mountRoutes(app: Express, routes: readonly LoadedRoute[], operations: readonly RouteOperation[]): void {
  const validated = new Set(
    operations.filter((operation) => operation.query).map((operation) => `${operation.method} ${operation.path}`),
  )
  for (const route of routes) {
    for (const [method, handler] of Object.entries(route.handlers)) {
      const guards = validated.has(`${method} ${route.path}`) ? [] : [rejectQuery]
      app[method.toLowerCase() as Lowercase<HttpMethod>](route.path, ...guards, wrapHandler(handler))
    }
  }
}

/**
 * Builds the Express application: request ids, logs and `req.scope`; `/health`, `/health/ready`
 * and `/openapi.json`; CORS on `/store` and `/admin`; bearer-token auth on `/admin`; JSON bodies
 * up to `projectConfig.http.bodyLimit`; the middlewares and routes of `apiDir` (a route with no
 * query validator refuses any query parameter); 404/405; and the error handler.
 *
 * @example
 * const { app } = await createHttpApp({ container, logger, config, apiDir: "src/api" })
 * app.listen(9000)
 */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const { container, logger, config } = options
  const http = config.projectConfig.http
  const routes = options.apiDir
    ? await loadRoutes(options.apiDir, (file, name) =>
        logger.debug(`${file}: export ${name} is not an HTTP verb; skipped`),
      )
    : []
  const middlewares = options.apiDir ? await loadMiddlewares(options.apiDir) : {}
  const entries = middlewares.routes ?? []
  const operations = routeOperations(routes, entries)
  const info: OpenApiInfo = {
    title: options.openapi?.title ?? "Stratum API",
    version: options.openapi?.version ?? "0.1.0",
    ...(options.openapi?.description ? { description: options.openapi.description } : {}),
  }
  // Built on first use, not at start-up (it converts every route's schemas).
  let document: OpenApiDocument | undefined
  const openapi = () => (document ??= buildOpenApiDocument(operations, info))

  const index = new RouteIndex([
    ...routes.map((route) => ({ path: route.path, methods: Object.keys(route.handlers) as HttpMethod[] })),
    { path: "/health", methods: ["GET"] },
    { path: "/health/ready", methods: ["GET"] },
    { path: "/openapi.json", methods: ["GET"] },
  ])
  const app = express()
  app.disable("x-powered-by")
  fastJsonResponses(app)
  app.set("query parser", (raw: string | null | undefined) => parseQueryString(raw ?? ""))
  // Stratum's own steps run in one Express layer (see handlerChain); the application's
  // middlewares and routes follow as Express layers.
  const fixedRoutes = healthRoutes(container)
  fixedRoutes.get("/openapi.json", (_req, res) => {
    res.json(openapi())
  })
  app.use(
    handlerChain([
      requestContext(container, logger),
      pathsUnder(FIXED_PATHS, handlerChain([rejectQuery, fixedRoutes])),
      pathsUnder(["/store"], cors(http.storeCors)),
      pathsUnder(
        ["/admin"],
        handlerChain([cors(http.adminCors), adminAuth(resolveAdminTokens(http.adminTokens, options.env))]),
      ),
      jsonBody(index, http.bodyLimit ?? DEFAULT_BODY_LIMIT),
    ]),
  )
  mountMiddlewares(app, entries)
  mountRoutes(app, routes, operations)
  app.use(routeFallback(index))
  if (middlewares.errorHandler) app.use(middlewares.errorHandler as unknown as express.ErrorRequestHandler)
  app.use(errorHandler(logger))
  return {
    app,
    routes,
    get openapi() {
      return openapi()
    },
  }
}
