import { z } from "zod"

export type JsonSchema = Record<string, unknown>

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (typeof value !== "object" || value === null) return value
  const result: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    result[key] =
      key === "$ref" && typeof inner === "string"
        ? inner.replace(/^#\/\$defs\//, "#/components/schemas/")
        : rewriteRefs(inner)
  }
  return result
}

/**
 * A zod schema as an OpenAPI 3.1 (JSON Schema 2020-12) schema, describing what a client sends
 * (`io: "input"`). Shared definitions move to `components` so that `$ref`s resolve in the document.
 *
 * @example
 * toOpenApiSchema(z.object({ title: z.string() }), components) // { type: "object", properties: { title: { type: "string" } }, ... }
 */
export function toOpenApiSchema(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as JsonSchema
  const { $schema: _dialect, $defs, ...rest } = converted
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    components[name] = rewriteRefs(definition) as JsonSchema
  }
  return rewriteRefs(rest) as JsonSchema
}
