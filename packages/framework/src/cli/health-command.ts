import { createApp } from "../app/create-app.js"
import type { ConfigModule } from "../config/define-config.js"
import type { HealthReport } from "../health/health-service.js"
import { createLogger } from "../logging/logger.js"

/**
 * `stratum health`: prints the database health report as JSON; exit code 0 when healthy, 1 otherwise.
 * Module paths are resolved from `baseDir` (the configuration's folder).
 */
export async function healthCommand(config: ConfigModule, baseDir = process.cwd()): Promise<number> {
  let report: HealthReport
  try {
    const app = await createApp(config, { logger: createLogger("stratum-cli"), baseDir })
    try {
      report = await app.container.resolve<{ checkHealth(): Promise<HealthReport> }>("healthService").checkHealth()
    } finally {
      await app.close()
    }
  } catch (error) {
    report = {
      status: "unhealthy",
      details: {
        error: error instanceof Error ? error.message : String(error),
        pool: { total: 0, idle: 0, waiting: 0, max: config.projectConfig.pool.max },
        timestamp: new Date().toISOString(),
      },
    }
  }
  console.log(JSON.stringify(report, null, 2))
  return report.status === "healthy" ? 0 : 1
}
