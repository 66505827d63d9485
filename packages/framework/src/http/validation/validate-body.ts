import type { RequestHandler } from "express"
import { z } from "zod"
import { invalidData } from "../../errors/factories.js"
import type { MedusaRequest } from "../types.js"
import { tagSchema } from "./schema-tag.js"
import { formatZodIssues } from "./zod-issues.js"

function strict(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodObject ? schema.strict() : schema
}

function hasBody(req: MedusaRequest): boolean {
  const length = req.headers["content-length"]
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined
}

function unsupportedMediaType(contentType: string | undefined): Error {
  return Object.assign(new Error(`Unsupported content type '${contentType ?? "none"}'; send application/json`), {
    status: 415,
    expose: true,
  })
}

/**
 * Validates `req.body` against `schema` (objects strictly: unknown keys fail) and puts the parsed
 * value on `req.validatedBody`; a failure is a 400 naming each field. The schema also becomes the
 * route's request body in `/openapi.json`.
 *
 * @example
 * // src/api/middlewares.ts
 * export default defineMiddlewares({
 *   routes: [{ matcher: "/admin/posts", methods: ["POST"], middlewares: [validateAndTransformBody(z.object({ title: z.string() }))] }],
 * })
 */
export function validateAndTransformBody(
  schema: z.ZodType | ((customSchema?: z.ZodType) => z.ZodType),
): RequestHandler {
  const resolved = strict(
    typeof schema === "function" && !(schema instanceof z.ZodType) ? schema(undefined) : (schema as z.ZodType),
  )
  const keys = resolved instanceof z.ZodObject ? Object.keys(resolved.shape) : undefined
  const middleware: RequestHandler = (req, _res, next) => {
    const request = req as MedusaRequest
    if (request.body === undefined && hasBody(request)) throw unsupportedMediaType(req.headers["content-type"])
    const result = resolved.safeParse(request.body ?? {})
    if (!result.success) throw invalidData(formatZodIssues(result.error.issues, "body", keys))
    request.validatedBody = result.data
    next()
  }
  return tagSchema(middleware, { location: "body", schema: resolved })
}
