import { defineLink, type LinkDefinition } from "@stratum/framework/utils"
import CustomerModule from "../customer/index.js"
import OrderModule from "../order/index.js"
import ProductModule from "../product/index.js"

/**
 * Read-only links from the order module to the product and customer modules, through foreign key
 * columns the order tables already hold (`order_items.variant_id`, `order_items.product_id`,
 * `orders.customer_id`): no link table; graph fields `items.variant`, `items.product`, `customer`.
 *
 * @example
 * await createApp({ modules: [...], links: [productVariantPriceSetLink, ...orderLinks] })
 */
export const orderLinks: LinkDefinition[] = [
  defineLink(
    { linkable: OrderModule.linkable.orderItem, field: "variant_id" },
    { linkable: ProductModule.linkable.productVariant, alias: "variant" },
    { readOnly: true },
  ),
  defineLink(
    { linkable: OrderModule.linkable.orderItem, field: "product_id" },
    { linkable: ProductModule.linkable.product, alias: "product" },
    { readOnly: true },
  ),
  defineLink(
    { linkable: OrderModule.linkable.order, field: "customer_id" },
    { linkable: CustomerModule.linkable.customer, alias: "customer" },
    { readOnly: true },
  ),
]
