import { queryInteger } from "@stratum/framework/http"
import { z } from "zod"
import { listParams } from "./list-params.js"

const nonZero = "must be a non-zero integer number of units (negative to remove stock)"

/** `POST /admin/inventory-items/:id/adjust`: units to add (or remove, negative) and why. */
export const AdjustInventoryBody = z.strictObject({
  adjustment: z
    .number({ error: nonZero })
    .int({ error: nonZero })
    .refine((value) => value !== 0, { error: nonZero }),
  reason: z.string().trim().min(1, { error: "must say why the stock changes" }).max(200),
})
export type AdjustInventoryBody = z.infer<typeof AdjustInventoryBody>

/** `GET /admin/inventory-items/low-stock`: variants with fewer than `threshold` units (default 10). */
export const LowStockQuery = listParams({ limit: 20, maxLimit: 100, order: "title" }).extend({
  threshold: queryInteger({ min: 1, max: 1_000_000 }).default(10),
})
export type LowStockQuery = z.infer<typeof LowStockQuery>
