import type { ModelRegistry } from "../../dml/metadata/types.js"
import type { StatementPreparer } from "../../database/pool.js"
import type { KyselyRunner } from "../../database/sql-executor.js"

/** A plain row as services return it: columns by property name, loaded relations nested. */
export type Row = Record<string, unknown>

export type SortDirection = "ASC" | "DESC" | "asc" | "desc"

/** `{ created_at: "DESC", author: { name: "ASC" } }`: nested objects sort by relation fields. */
export interface OrderBy {
  [field: string]: SortDirection | OrderBy
}

/** How relations are loaded: one statement with LATERAL JSON aggregation, or one statement per relation level. */
export type RelationLoadStrategy = "joined" | "select-in"

/** Medusa's FindConfig plus what the guide uses. */
export interface FindConfig {
  /** Columns to return; dotted paths select relation fields (`"comments.id"`); `"*"` means all. */
  select?: string[]
  /** Relations to load, dotted for depth (`"comments.author"`). */
  relations?: string[]
  order?: OrderBy
  skip?: number
  /** `null` or absent: no limit. */
  take?: number | null
  /** Include soft-deleted rows, at every level of the query. */
  withDeleted?: boolean
  relationLoadStrategy?: RelationLoadStrategy
  /** Medusa's escape hatch; `strategy` is honoured ("balanced" loads as "select-in"). */
  options?: { strategy?: RelationLoadStrategy | "balanced" }
  /**
   * `listAndCount` only: `"estimate"` takes the total from planner statistics instead of a count
   * scan (exact when the page is not full); `"exact"` (default) counts.
   */
  count?: "exact" | "estimate"
}

/**
 * Filters: `{ field: value }` (equality), arrays (IN), `null` (IS NULL), operator objects
 * (`$eq $ne $in $nin $gt $gte $lt $lte $like $ilike $not`), `$and`/`$or` arrays, nested objects on
 * relations (EXISTS for to-many), and `q` (free text over searchable fields).
 */
export type Filters = Record<string, unknown>

/** What every engine call needs: where statements go and what the models look like. */
export interface SqlContext {
  runner: KyselyRunner
  registry: ModelRegistry
  /** Where reads mark their texts to be prepared once per connection (none are without it). */
  statements?: StatementPreparer
}

/** Per soft delete / restore: the ids touched, by entity name (cascaded children included). */
export type AffectedIds = Record<string, string[]>
