import type { CreateOrderData } from "@stratum/commerce"
import type { Query } from "@stratum/framework/utils"
import { QueryContext } from "@stratum/framework/utils"
import { invalidInput } from "../errors.js"
import type { PricingSelection } from "../pricing/pricing-selection.js"
import type { CreateOrderBody } from "../schemas/order.js"

type OrderLine = CreateOrderData["items"][number]

interface SellableVariant {
  id: string
  product_id: string | null
  product: { status: string } | null
  calculated_price: { calculated_amount: number } | null
}

/**
 * Prices the lines of a store order in one graph statement: each variant must exist, belong to a
 * published product and have a price in the order's currency (and region); its unit price is the
 * variant's calculated price there, never a price the client sends. A bad line is a 400 naming it.
 *
 * @example
 * await priceOrderLines(query, [{ variant_id: "variant_1", quantity: 2 }], { region_id, currency_code: "usd" })
 * // [{ variant_id: "variant_1", product_id: "prod_1", quantity: 2, unit_price: 1999 }]
 */
export async function priceOrderLines(
  query: Query,
  items: CreateOrderBody["items"],
  selection: Required<PricingSelection>,
): Promise<OrderLine[]> {
  const ids = [...new Set(items.map((item) => item.variant_id))]
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.status", "calculated_price.*"],
    filters: { id: ids },
    context: { calculated_price: QueryContext({ ...selection }) },
  })
  const variants = new Map((data as unknown as SellableVariant[]).map((variant) => [variant.id, variant]))
  return items.map((item, index) => {
    const field = `items[${index}].variant_id`
    const variant = variants.get(item.variant_id)
    if (variant === undefined || variant.product_id === null || variant.product?.status !== "published") {
      throw invalidInput("body", field, `no variant ${item.variant_id} is for sale`)
    }
    if (variant.calculated_price === null || variant.calculated_price === undefined) {
      throw invalidInput(
        "body",
        field,
        `variant ${item.variant_id} has no price in ${selection.currency_code} for region ${selection.region_id}`,
      )
    }
    return {
      product_id: variant.product_id,
      variant_id: variant.id,
      quantity: item.quantity,
      unit_price: variant.calculated_price.calculated_amount,
    }
  })
}
