import { DETAIL_ID } from "../cases/graph.js"
import { listAndCountCall } from "../cases/list-and-count.js"
import { batch, type WriteContender } from "../cases/writes.js"
import type { MedusaApp } from "./medusa-app.js"

/**
 * Medusa's calls for cases (a)-(d), with the same arguments as Stratum's: query.graph with Medusa's
 * own `QueryContext`, and the product module's `listAndCountProducts`.
 */
export function medusaReadCalls(medusa: MedusaApp) {
  const page = (take: number) => () =>
    medusa.query.graph({
      entity: "product",
      fields: ["*", "variants.*", "variants.calculated_price.*"],
      pagination: { take, skip: 0 },
      context: { variants: { calculated_price: medusa.QueryContext({ currency_code: "usd" }) } },
    })
  return {
    page20: page(20),
    page100: page(100),
    detail: () =>
      medusa.query.graph({
        entity: "product",
        fields: ["*", "variants.*", "variants.prices.*"],
        filters: { id: DETAIL_ID },
      }),
    listAndCount: listAndCountCall(medusa.product),
  }
}

/** Medusa's product module service as a writes contender (case (e)), the same batches as Stratum's. */
export function medusaWriteContender(medusa: MedusaApp): WriteContender {
  return {
    name: "medusa",
    create: async (round) => (await medusa.product.createProducts(batch(round, "m"))).map((p) => p.id),
    softDelete: (ids) => medusa.product.softDeleteProducts(ids),
    restore: (ids) => medusa.product.restoreProducts(ids),
    cleanup: (ids) => medusa.product.deleteProducts(ids),
    count: (fn) => medusa.countStatements(fn),
  }
}
