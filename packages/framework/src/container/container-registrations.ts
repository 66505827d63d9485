import type { ConfigModule } from "../config/define-config.js"
import type { Manager } from "../database/manager.js"
import type { DatabaseHealthService } from "../health/health-service.js"
import type { Logger } from "../logging/logger.js"
import type { Query } from "../query/create-query.js"
import type { LinkService } from "../query/link-service.js"

/**
 * What well-known container keys resolve to. Extend it by declaration merging to type your own
 * registrations:
 *
 * @example
 * declare module "@stratum/framework/utils" {
 *   interface ContainerRegistrations { blog: BlogModuleService }
 * }
 */
export interface ContainerRegistrations {
  manager: Manager
  logger: Logger
  configModule: ConfigModule
  healthService: DatabaseHealthService
  query: Query
  remoteQuery: Query
  link: LinkService
}

/** A container's `resolve`, typed for the well-known keys. */
export interface TypedResolve {
  resolve<K extends keyof ContainerRegistrations>(key: K): ContainerRegistrations[K]
  resolve<T = unknown>(key: string): T
}
