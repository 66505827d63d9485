export { resolveModels } from "./resolve-models.js"
export { defaultIndexName } from "./resolve-indexes.js"
export { indexWhereSql } from "./where-clause.js"
export type {
  EntityMetadata,
  IndexMetadata,
  InverseRelationMetadata,
  ManyToManyRelationMetadata,
  ModelRegistry,
  OwningRelationMetadata,
  PropertyMetadata,
  RelationMetadata,
  ResolvedPropertyKind,
} from "./types.js"
