import type { MedusaRequest } from "@stratum/framework/http"
import { MedusaError } from "@stratum/framework/utils"

/**
 * The `:id` path parameter of a `[id]` route (Express always fills it; this narrows the type).
 *
 * @example
 * const id = idParam(req) // GET /store/products/prod_123 -> "prod_123"
 */
export function idParam(req: MedusaRequest): string {
  const id = req.params.id
  if (typeof id !== "string" || id === "") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: path parameter 'id' is missing")
  }
  return id
}
