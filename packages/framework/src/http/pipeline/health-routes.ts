import { Router } from "express"
import type { StratumContainer } from "../../container/create-container.js"
import { ContainerRegistrationKeys } from "../../container/registration-keys.js"
import type { HealthReport } from "../../health/health-service.js"

interface HealthChecker {
  checkHealth(): Promise<HealthReport>
}

/**
 * `GET /health`: liveness, 200 `{ status: "ok" }` whenever the process answers.
 * `GET /health/ready`: the health service's report, 200 when healthy, 503 otherwise.
 */
export function healthRoutes(container: StratumContainer): Router {
  const router = Router()
  router.get("/health", (_req, res) => {
    res.setHeader("Cache-Control", "no-store")
    res.json({ status: "ok" })
  })
  router.get("/health/ready", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store")
    if (!container.hasRegistration(ContainerRegistrationKeys.HEALTH)) {
      res.status(503).json({
        status: "unhealthy",
        details: { error: "no health service is registered", timestamp: new Date().toISOString() },
      })
      return
    }
    const report = await container.resolve<HealthChecker>(ContainerRegistrationKeys.HEALTH).checkHealth()
    res.status(report.status === "healthy" ? 200 : 503).json(report)
  })
  return router
}
