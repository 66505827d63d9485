import { pathParameters, toOpenApiPath } from "../routing/route-path.js"
import { toOpenApiSchema, type JsonSchema } from "./json-schema.js"
import type { RouteOperation } from "./route-schemas.js"

export interface OpenApiInfo {
  title: string
  version: string
  description?: string
}

export interface OpenApiDocument {
  openapi: "3.1.0"
  info: OpenApiInfo
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, JsonSchema>
    securitySchemes: Record<string, unknown>
    responses: Record<string, unknown>
  }
}

const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  properties: { type: { type: "string" }, message: { type: "string" }, code: { type: "string" } },
  required: ["type", "message"],
}

function errorResponse(description: string): Record<string, unknown> {
  return { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }
}

function operationId(method: string, path: string): string {
  const words = path.split(/[/{}:_-]+/).filter((word) => word !== "")
  return method.toLowerCase() + words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join("")
}

function queryParameters(schema: JsonSchema): Record<string, unknown>[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required ?? []) as string[])
  return Object.entries(properties).map(([name, property]) => {
    const variants = [property, ...((property.anyOf ?? property.oneOf ?? []) as JsonSchema[])]
    const nested = variants.some((variant) => variant.type === "object")
    const parameter: Record<string, unknown> = { name, in: "query", required: required.has(name), schema: property }
    if (nested) Object.assign(parameter, { style: "deepObject", explode: true })
    return parameter
  })
}

function buildOperation(operation: RouteOperation, schemas: Record<string, JsonSchema>): Record<string, unknown> {
  const namespace = operation.path.split("/")[1] ?? ""
  const parameters: Record<string, unknown>[] = pathParameters(operation.path).map((name) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }))
  if (operation.query) parameters.push(...queryParameters(toOpenApiSchema(operation.query, schemas)))
  const result: Record<string, unknown> = {
    operationId: operationId(operation.method, operation.path),
    tags: [namespace || "default"],
    parameters,
    responses: {
      "200": { description: "Success", content: { "application/json": { schema: {} } } },
      "400": { $ref: "#/components/responses/BadRequest" },
      ...(namespace === "admin" ? { "401": { $ref: "#/components/responses/Unauthorized" } } : {}),
      "404": { $ref: "#/components/responses/NotFound" },
      "500": { $ref: "#/components/responses/ServerError" },
    },
  }
  if (operation.body) {
    result.requestBody = {
      required: true,
      content: { "application/json": { schema: toOpenApiSchema(operation.body, schemas) } },
    }
  }
  if (namespace === "admin") result.security = [{ adminToken: [] }]
  return result
}

const BUILT_IN: Record<string, Record<string, unknown>> = {
  "/health": {
    get: { operationId: "getHealth", tags: ["health"], responses: { "200": { description: "The process answers" } } },
  },
  "/health/ready": {
    get: {
      operationId: "getHealthReady",
      tags: ["health"],
      responses: {
        "200": { description: "The database answers" },
        "503": { description: "The database or the pool is not ready" },
      },
    },
  },
}

/**
 * The OpenAPI 3.1 document of an API: every route, its path parameters, and the query and body
 * schemas its validators (`validateAndTransformQuery`/`validateAndTransformBody`) enforce.
 *
 * @example
 * const document = buildOpenApiDocument(routeOperations(routes, middlewares.routes ?? []), { title: "Shop", version: "1.0.0" })
 */
export function buildOpenApiDocument(operations: readonly RouteOperation[], info: OpenApiInfo): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = { Error: ERROR_SCHEMA }
  const paths: OpenApiDocument["paths"] = structuredClone(BUILT_IN)
  const usedIds = new Set(["getHealth", "getHealthReady"])
  for (const operation of operations) {
    const key = toOpenApiPath(operation.path)
    paths[key] ??= {}
    const built = buildOperation(operation, schemas)
    let id = built.operationId as string
    for (let n = 2; usedIds.has(id); n++) id = `${built.operationId as string}${n}`
    usedIds.add(id)
    built.operationId = id
    ;(paths[key] as Record<string, unknown>)[operation.method.toLowerCase()] = built
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      schemas,
      securitySchemes: {
        adminToken: { type: "http", scheme: "bearer", description: "An admin token (STRATUM_ADMIN_TOKEN)" },
      },
      responses: {
        BadRequest: errorResponse("Invalid request: the message names the parameter or field"),
        Unauthorized: errorResponse("Missing or invalid admin token"),
        NotFound: errorResponse("Not found"),
        ServerError: errorResponse("Unexpected error"),
      },
    },
  }
}
