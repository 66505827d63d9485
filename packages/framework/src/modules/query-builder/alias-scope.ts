import type { EntityMetadata } from "../../dml/metadata/types.js"
import { invalidData } from "../../errors/factories.js"

/** A query-builder alias: the name the caller wrote and the SQL alias it compiles to. */
export interface AliasEntry {
  /** As written by the caller: `"product"`, `"variant"`. */
  readonly alias: string
  /** Generated, never a reserved word: `t0` for the root, `t1`, `t2`, ... for joins. */
  readonly sqlAlias: string
  readonly meta: EntityMetadata
}

const ALIAS = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * The aliases of one query, in declaration order. Callers' aliases are only ever looked up here;
 * the SQL uses the generated ones, so `createQueryBuilder("order")` works although ORDER is a
 * reserved word.
 *
 * @example
 * const scope = new AliasScope()
 * scope.add("product", productMeta).sqlAlias // "t0"
 * scope.require("product", "join").meta.name  // "Product"
 */
export class AliasScope {
  readonly #entries = new Map<string, AliasEntry>()

  add(alias: string, meta: EntityMetadata): AliasEntry {
    if (typeof alias !== "string" || !ALIAS.test(alias)) {
      throw invalidData(
        `Invalid alias ${JSON.stringify(alias)}: use letters, digits and underscores, starting with a letter`,
      )
    }
    if (this.#entries.has(alias)) {
      throw invalidData(`Alias "${alias}" is already used in this query; aliases in use: ${this.known()}`)
    }
    const entry = { alias, sqlAlias: `t${this.#entries.size}`, meta }
    this.#entries.set(alias, entry)
    return entry
  }

  /** The entry of `alias`, or an `invalid_data` error naming `where` it was used and the known aliases. */
  require(alias: string, where: string): AliasEntry {
    const entry = this.#entries.get(alias)
    if (entry === undefined) throw invalidData(`Unknown alias "${alias}" in ${where}; known aliases: ${this.known()}`)
    return entry
  }

  known(): string {
    return [...this.#entries.keys()].join(", ")
  }
}
