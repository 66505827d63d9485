import type { QueryParameters } from "./parameter-binder.js"

export type JoinKind = "INNER" | "LEFT"

/** One join as the caller declared it; resolved against metadata when the query compiles. */
export interface JoinDeclaration {
  readonly kind: JoinKind
  /** `"product.variants"`: parent alias, dot, relation name. */
  readonly path: string
  readonly alias: string
  /** Nest the joined rows on the entities (`...AndSelect`). */
  readonly select: boolean
  /** Extra ON condition, a fragment like a `where`. */
  readonly condition: string | undefined
}

export interface WhereDeclaration {
  /** How it combines with the conditions before it (ignored for the first). */
  readonly connector: "AND" | "OR"
  readonly fragment: string
}

export interface OrderDeclaration {
  /** `"product.created_at"` */
  readonly field: string
  readonly direction: unknown
  readonly nulls: unknown
}

/** Everything a query builder has been told; compiled to SQL only when it runs. */
export interface QueryState {
  readonly entityName: string
  readonly alias: string
  readonly joins: JoinDeclaration[]
  wheres: WhereDeclaration[]
  parameters: QueryParameters
  orders: OrderDeclaration[]
  /** Roots to return (`limit` / `take`). */
  take: number | undefined
  /** Roots to skip (`offset` / `skip`). */
  skip: number | undefined
  withDeleted: boolean
}
