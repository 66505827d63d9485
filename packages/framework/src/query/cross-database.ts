import type { GraphEdge } from "./graph-schema.js"
import type { GraphWhereScope } from "./graph-where.js"

/** Thrown while compiling when an edge leaves the statement's database: the request falls back to in-memory joins. */
export class CrossDatabaseEdge extends Error {
  constructor(readonly edge: GraphEdge) {
    super(`${edge.source.meta.name}.${edge.name} reaches another database`)
  }
}

/**
 * Checks that an edge's rows (and its link table) live in the database the statement runs on.
 *
 * @example
 * assertSameDatabase(scope, productBrandEdge) // throws CrossDatabaseEdge when brand lives elsewhere
 */
export function assertSameDatabase(scope: GraphWhereScope, edge: GraphEdge): void {
  const { database } = scope
  if (database === undefined) return
  if (edge.target.group !== database || (edge.kind === "linkTable" && scope.schema.linkGroup !== database)) {
    throw new CrossDatabaseEdge(edge)
  }
}
