import type { ModelRegistry } from "../../../dml/metadata/types.js"
import type { AliasGenerator } from "./aliases.js"

/** State shared while one WHERE clause compiles: the bound parameters and fresh aliases. */
export interface WhereScope {
  readonly registry: ModelRegistry
  /** Bound values; a placeholder is `$<position>`. */
  readonly params: unknown[]
  readonly aliases: AliasGenerator
  readonly withDeleted: boolean
}

/**
 * Binds a value and returns its placeholder.
 *
 * @example
 * bind(scope, "draft") // "$3" when two values were bound before
 */
export function bind(scope: WhereScope, value: unknown): string {
  return `$${scope.params.push(value)}`
}

/** Wraps a compound predicate in parentheses so it composes under AND, OR and NOT. */
export function group(parts: readonly string[], joiner: "AND" | "OR", empty: "TRUE" | "FALSE"): string {
  if (parts.length === 0) return empty
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(` ${joiner} `)})`
}
