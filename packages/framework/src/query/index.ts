export { defineLink, isLinkDefinition } from "./define-link.js"
export { linkTableDdl } from "./link-table-ddl.js"
export { createLinkService, type LinkService, type LinkServiceOptions } from "./link-service.js"
export type { LinkInput } from "./link-input.js"
export type { RemovedKeys } from "./link-cascade.js"
export { createQuery, type CreateQueryOptions, type Query } from "./create-query.js"
export { DEFAULT_MAX_TAKE, type GraphRequest } from "./graph-input.js"
export type { GraphResultSet, GraphMetadata } from "./graph-result.js"
export type {
  GraphEntities,
  GraphFunction,
  GraphRow,
  Selection,
  TypedGraphRequest,
  CheckedFields,
} from "./graph-types.js"
export type { GraphSchema, GraphEntity, GraphEdge } from "./graph-schema.js"
export { QueryContext, isQueryContext, type QueryContextValue } from "./query-context.js"
export type { ComputedFieldDefinition, ComputedFieldCompileArgs } from "./computed-field.js"
export type { LinkDefinition, LinkOptions, LinkSideInput, LinkExtraColumn, ResolvedLinkSide } from "./link-types.js"
