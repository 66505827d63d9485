import type { RequestHandler } from "express"
import { z } from "zod"
import { invalidData } from "../../errors/factories.js"
import type { MedusaRequest } from "../types.js"
import { buildQueryConfig, type QueryConfigOptions } from "./query-config.js"
import { tagSchema } from "./schema-tag.js"
import { formatZodIssues } from "./zod-issues.js"

const CONFIG_KEYS = ["fields", "order", "limit", "offset", "with_deleted"] as const

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined
}

/**
 * Validates the query string against `schema` (unknown keys fail) and fills `req.validatedQuery`,
 * `req.filterableFields` (the query minus `fields`, `order`, `limit`, `offset`, `with_deleted`),
 * `req.queryConfig` (`{ fields, pagination: { skip, take, order }, withDeleted }` on list routes)
 * and `req.listConfig`/`req.retrieveConfig`. Bad input is a 400 naming the parameter; the schema
 * also describes the route's query parameters in `/openapi.json`.
 *
 * @example
 * validateAndTransformQuery(createFindParams().extend({ q: z.string().optional() }), {
 *   defaults: ["id", "title", "created_at"],
 *   allowed: ["id", "title", "description", "created_at", "variants.*"],
 *   isList: true,
 * })
 */
export function validateAndTransformQuery(schema: z.ZodType, queryConfig: QueryConfigOptions = {}): RequestHandler {
  const resolved = schema instanceof z.ZodObject ? schema.strict() : schema
  const keys = resolved instanceof z.ZodObject ? Object.keys(resolved.shape) : undefined
  const middleware: RequestHandler = (req, _res, next) => {
    const request = req as MedusaRequest
    const result = resolved.safeParse(request.query)
    if (!result.success) throw invalidData(formatZodIssues(result.error.issues, "query", keys))
    const validated = (result.data ?? {}) as Record<string, unknown>
    const filterable: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(validated)) {
      if (!(CONFIG_KEYS as readonly string[]).includes(key) && value !== undefined) filterable[key] = value
    }
    const withDeleted = validated.with_deleted
    const built = buildQueryConfig(
      {
        fields: optionalString(validated.fields),
        order: optionalString(validated.order),
        limit: optionalNumber(validated.limit),
        offset: optionalNumber(validated.offset),
        withDeleted: typeof withDeleted === "boolean" ? withDeleted : undefined,
      },
      queryConfig,
    )
    request.validatedQuery = validated
    request.filterableFields = filterable
    request.queryConfig = built.queryConfig
    request.remoteQueryConfig = built.queryConfig
    request.listConfig = built.listConfig
    request.retrieveConfig = built.retrieveConfig
    request.allowed = built.allowed
    next()
  }
  return tagSchema(middleware, { location: "query", schema: resolved })
}
