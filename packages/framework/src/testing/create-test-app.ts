import { CompiledQuery } from "kysely"
import { loadModuleGraph, schemaSignature } from "../app/module-graph.js"
import { createApp, type CreateAppOptions } from "../app/create-app.js"
import type { StratumApp } from "../app/stratum-app.js"
import type { StratumConfigInput } from "../config/config-types.js"
import { defineConfig, type ConfigModule } from "../config/define-config.js"
import { POOL_DEFAULTS } from "../config/pool-options.js"
import { Database } from "../database/database.js"
import { applyModuleSchemas, migrationsSignature } from "../migrations/index.js"
import { isLinkDefinition } from "../query/define-link.js"
import { linkTableDdl } from "../query/link-table-ddl.js"
import { createTestDatabase } from "./test-database.js"
import { testServerUrl } from "./test-server.js"

export type TestApp = StratumApp & {
  /** URL of this app's own database. */
  databaseUrl: string
}

/**
 * An application on a fresh, isolated database (on `DATABASE_URL`'s server, else the embedded
 * one) holding its modules' schema; `close()` drops the database. Accepts the same configuration
 * as `createApp`.
 *
 * @example
 * const app = await createTestApp(defineConfig({ modules: [BlogModule] }))
 * after(() => app.close())
 */
export async function createTestApp(
  input: StratumConfigInput | ConfigModule = {},
  options: CreateAppOptions = {},
): Promise<TestApp> {
  const config = defineConfig(input)
  const [main] = await loadModuleGraph(config.modules, options.baseDir ?? process.cwd())
  if (!main) throw new Error("no database group")
  const serverUrl = await testServerUrl()
  const linkDdl = config.links.filter(isLinkDefinition).flatMap((link) => linkTableDdl(link))
  const signature = `models:${schemaSignature(main)}|migrations:${migrationsSignature(main.modules)}|links:${linkDdl.join(";")}`
  const database = await createTestDatabase(serverUrl, signature, async (templateUrl) => {
    if (main.modules.length === 0 && linkDdl.length === 0) return
    const template = await Database.connect({
      url: templateUrl,
      pool: { ...POOL_DEFAULTS, min: 1 },
      entities: main.entities,
    })
    try {
      await applyModuleSchemas({ database: template, modules: main.modules })
      for (const statement of linkDdl) await template.kysely.executeQuery(CompiledQuery.raw(statement))
    } finally {
      await template.close()
    }
  })
  let app: StratumApp
  try {
    app = await createApp({ ...config, projectConfig: { ...config.projectConfig, databaseUrl: database.url } }, options)
  } catch (error) {
    await database.drop()
    throw error
  }
  return {
    ...app,
    databaseUrl: database.url,
    async close() {
      await app.close()
      await database.drop()
    },
  }
}
