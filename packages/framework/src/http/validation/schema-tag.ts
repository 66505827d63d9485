import type { z } from "zod"

/** A schema a validator middleware enforces, kept for the OpenAPI document. */
export interface RequestSchema {
  location: "body" | "query"
  schema: z.ZodType
}

const TAG = Symbol.for("stratum.http.requestSchema")

/** Marks a validator middleware with the schema it enforces. */
export function tagSchema<T extends object>(middleware: T, schema: RequestSchema): T {
  Object.defineProperty(middleware, TAG, { value: schema, enumerable: false })
  return middleware
}

/** The schema a middleware was tagged with, if any. */
export function schemaOf(middleware: unknown): RequestSchema | undefined {
  if (typeof middleware !== "function") return undefined
  return (middleware as unknown as Record<symbol, RequestSchema | undefined>)[TAG]
}
