import type { ModelRegistry } from "../dml/metadata/types.js"

/** What a computed field's SQL builder receives. */
export interface ComputedFieldCompileArgs {
  /** Quoted-safe alias of the row the field is computed for (e.g. the variant's alias). */
  alias: string
  /** The QueryContext given for this field in `query.graph({ context })`, without `__type`. */
  context: Record<string, unknown> | undefined
  /** Bound parameters so far; append values and reference them as `$<params.length>`. */
  params: unknown[]
  registry: ModelRegistry
}

/**
 * A field a module computes in SQL, evaluated per row inside the graph's single statement. The
 * pricing module contributes `ProductVariant.calculated_price` this way.
 *
 * @example
 * const calculatedPrice: ComputedFieldDefinition = {
 *   entity: "ProductVariant",
 *   name: "calculated_price",
 *   validateContext(context) { if (!context?.currency_code) throw invalidData("...") },
 *   compile: ({ alias, context, params }) => `(select ... where v.id = ${alias}.id and p.currency_code = $${params.push(context!.currency_code)})`,
 * }
 */
export interface ComputedFieldDefinition {
  /** Entity name (PascalCase) the field appears on. */
  entity: string
  name: string
  /** Throws a MedusaError (invalid_data) when the context cannot compute the field. */
  validateContext?(context: Record<string, unknown> | undefined): void
  /**
   * A SQL expression yielding the field's value (json or scalar) for the row at `alias`. It must
   * depend on its arguments alone: the text and the values it binds are compiled once per request
   * shape (same fields, context and order) and reused; anything that changes between calls, such as
   * the current time, belongs in the SQL (`now()`), not in a bound value.
   */
  compile(args: ComputedFieldCompileArgs): string
  /** Converts the value PostgreSQL returned (e.g. parses dates); identity when absent. */
  hydrate?(value: unknown): unknown
}
