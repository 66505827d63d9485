import type { MedusaRequest } from "@stratum/framework/http"
import { adjustStock } from "../../../../_lib/inventory/stock-adjustment.js"
import { idParam } from "../../../../_lib/params.js"
import type { AdjustInventoryBody } from "../../../../_lib/schemas/inventory.js"

/**
 * POST /admin/inventory-items/:id/adjust: `{ adjustment, reason }` adds (or removes) stock and records
 * the movement; a level below zero or below the reserved units is a 400 and nothing is written.
 */
export async function POST(req: MedusaRequest<AdjustInventoryBody>) {
  return { inventory_item: await adjustStock(req, idParam(req), req.validatedBody) }
}
