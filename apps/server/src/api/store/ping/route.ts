import type { Manager } from "@stratum/framework"
import type { MedusaRequest } from "@stratum/framework/http"

/** GET /store/ping: answers with the database's clock, proving the request reached PostgreSQL. */
export async function GET(req: MedusaRequest) {
  const manager = req.scope.resolve<Manager>("manager")
  const [row] = await manager.query<{ now: Date }>("select now() as now")
  return { pong: true, database_time: row?.now }
}
