import { createApp } from "../app/create-app.js"
import type { StratumApp } from "../app/stratum-app.js"
import type { StratumConfigInput } from "../config/config-types.js"
import { defineConfig, type ConfigModule } from "../config/define-config.js"
import { createTestDatabase } from "./test-database.js"
import { testServerUrl } from "./test-server.js"

export type TestApp = Pick<StratumApp, "container" | "query" | "manager" | "database" | "listen" | "close"> & {
  /** URL of this app's own database. */
  databaseUrl: string
}

/**
 * An application on a fresh, isolated database (on `DATABASE_URL`'s server, else the embedded
 * one), with its schema in place; `close()` drops the database.
 *
 * @example
 * const app = await createTestApp(defineConfig({ modules: [BlogModule] }))
 * after(() => app.close())
 */
export async function createTestApp(input: StratumConfigInput | ConfigModule = {}): Promise<TestApp> {
  const config = defineConfig(input)
  const serverUrl = await testServerUrl()
  const database = await createTestDatabase(serverUrl, "schema:v1", async () => undefined)
  let app: StratumApp
  try {
    app = await createApp({
      ...config,
      projectConfig: { ...config.projectConfig, databaseUrl: database.url },
    } as ConfigModule)
  } catch (error) {
    await database.drop()
    throw error
  }
  return {
    container: app.container,
    query: app.query,
    manager: app.manager,
    database: app.database,
    databaseUrl: database.url,
    listen: (port) => app.listen(port),
    async close() {
      await app.close()
      await database.drop()
    },
  }
}
