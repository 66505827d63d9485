import type { StratumContainer } from "../container/create-container.js"
import type { Database } from "../database/database.js"
import type { Manager } from "../database/manager.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import type { Query } from "../query/create-query.js"
import type { LinkDefinition } from "../query/link-types.js"

/** A running Stratum application. */
export interface StratumApp {
  container: StratumContainer
  /** The query graph (`container.resolve("query")`). */
  query: Query
  /** The configured module links. */
  links: LinkDefinition[]
  manager: Manager
  database: Database
  /** The loaded modules, in configuration order. */
  modules: ResolvedModule[]
  /** Serves the HTTP API on `port` (0 picks a free one); resolves to the port. */
  listen(port?: number): Promise<number>
  /** Stops serving, closes the pool and stops the embedded server this app started. */
  close(): Promise<void>
}
