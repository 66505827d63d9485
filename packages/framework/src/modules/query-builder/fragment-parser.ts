import { invalidData } from "../../errors/factories.js"
import { qualified } from "../sql/read/sql-identifiers.js"
import type { AliasScope } from "./alias-scope.js"
import { tokenizeFragment } from "./fragment-tokenizer.js"
import type { ParameterBinder } from "./parameter-binder.js"

function column(scope: AliasScope, alias: string, property: string, fragment: string): string {
  const entry = scope.require(alias, `query fragment "${fragment}"`)
  if (property === "*") return `${entry.sqlAlias}.*`
  const meta = entry.meta
  const found = meta.properties.get(property)
  if (found === undefined) {
    const hint = meta.relations.has(property)
      ? ` ("${property}" is a relation: join it, e.g. leftJoin("${alias}.${property}", "${property}"))`
      : ""
    throw invalidData(
      `Unknown property "${property}" of alias "${alias}" (${meta.name}) in query fragment "${fragment}"${hint}; known properties: ${[...meta.properties.keys()].join(", ")}`,
    )
  }
  if (found.computed) {
    throw invalidData(`Property "${alias}.${property}" in query fragment "${fragment}" is computed and has no column`)
  }
  return qualified(entry.sqlAlias, found.columnName)
}

/**
 * Compiles a caller's SQL fragment: each `alias.property` becomes the quoted column of that
 * alias (validated against the model), each `:name` a bound `$n` placeholder (`:...list` one per
 * element); the rest of the SQL passes through unchanged.
 *
 * @example
 * compileFragment("variant.inventory_quantity < :threshold", scope, new ParameterBinder({ threshold: 10 }))
 * // t1."inventory_quantity" < $1      (parameters: [10])
 * compileFragment("product.id IN (:...ids)", scope, new ParameterBinder({ ids: ["a", "b"] }))
 * // t0."id" IN ($1, $2)
 */
export function compileFragment(fragment: unknown, scope: AliasScope, binder: ParameterBinder): string {
  if (typeof fragment !== "string" || fragment.trim() === "") {
    throw invalidData(
      `Expected a SQL condition string such as "product.title ILIKE :search", got ${JSON.stringify(fragment) ?? String(fragment)}`,
    )
  }
  return tokenizeFragment(fragment)
    .map((token) => {
      if (token.kind === "sql") return token.text
      if (token.kind === "column") return column(scope, token.alias, token.property, fragment)
      return binder.placeholder(token.name, token.spread, fragment)
    })
    .join("")
}
