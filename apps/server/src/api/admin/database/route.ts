import type { HealthReport } from "@stratum/framework"
import type { MedusaRequest } from "@stratum/framework/http"

/** GET /admin/database: the database health report (connection, transactions, latency, pool). */
export async function GET(req: MedusaRequest) {
  const health = req.scope.resolve<{ checkHealth(): Promise<HealthReport> }>("healthService")
  return health.checkHealth()
}
