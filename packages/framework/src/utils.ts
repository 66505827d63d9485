export { defineConfig, type ConfigModule } from "./config/define-config.js"
export type { StratumConfigInput, ProjectConfig, DatabaseExtra, ModuleReference } from "./config/config-types.js"
export { ConfigError } from "./config/config-error.js"
export type { PoolOptions } from "./config/pool-options.js"
export { ContainerRegistrationKeys } from "./container/registration-keys.js"
export { MedusaError, MedusaErrorTypes, type MedusaErrorType } from "./errors/medusa-error.js"
export { Manager, type IsolationLevel, type TransactionOptions } from "./database/manager.js"
export { DatabaseConnectionError } from "./database/connection-error.js"
export { DatabaseHealthService, type HealthReport } from "./health/health-service.js"
export { countStatements } from "./context/execution-scope.js"
export { model } from "./dml/model.js"
export type { InferTypeOf, CreateInput, UpdateInput } from "./dml/types.js"
export { DmlEntity } from "./dml/entity.js"
export { MedusaContext } from "./context/medusa-context.js"
export { InjectManager } from "./context/inject-manager.js"
export { InjectTransactionManager } from "./context/inject-transaction-manager.js"
export type { Context } from "./context/shared-context.js"
export { MedusaService } from "./modules/medusa-service.js"
export type {
  MedusaServiceConstructor,
  GeneratedServiceMethods,
  TypedFilters,
  TypedFindConfig,
  ServiceContainer,
  Pluralize,
} from "./modules/medusa-service-types.js"
export { Module, type ModuleExports, type Linkable } from "./modules/module.js"
export { MedusaRepository } from "./modules/medusa-repository.js"
export { Repository } from "./modules/repository-decorator.js"
export { InternalService } from "./modules/internal-service.js"
export { Modules } from "./modules/modules-keys.js"
export type { FindConfig, Filters, OrderBy, Row } from "./modules/sql/types.js"
export type { ContainerRegistrations } from "./container/container-registrations.js"
export { renderServiceDeclarations } from "./modules/service-declarations.js"
export { Migration, MigrationError } from "./migrations/index.js"
export type { PropertyBuilder, PropertyConfig, PropertyKind } from "./dml/properties/property-builder.js"
export type { RelationBuilder, RelationKind } from "./dml/relations/relation-builder.js"
export type { DmlSchema, AnyProperty, AnyRelation } from "./dml/schema.js"
export type { IndexDefinition, CascadeDefinition } from "./dml/entity.js"
export type { GeneratedMethods, InternalMembers, MedusaServiceMembers } from "./modules/medusa-service-types.js"
export type { QueryContextValue } from "./query/query-context.js"
export type { ComputedFieldDefinition, ComputedFieldCompileArgs } from "./query/computed-field.js"
export type { QueryBuilder } from "./modules/query-builder/index.js"
export { defineLink, isLinkDefinition, linkTableDdl, QueryContext } from "./query/index.js"
export type {
  GraphEntities,
  GraphRequest,
  GraphResultSet,
  GraphMetadata,
  Query,
  LinkService,
  LinkDefinition,
  LinkOptions,
  LinkSideInput,
} from "./query/index.js"
