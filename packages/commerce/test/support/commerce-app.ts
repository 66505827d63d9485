import { createTestApp, type TestApp } from "@stratum/framework/testing"
import PricingModule from "../../src/pricing/index.js"
import type { PricingModuleService } from "../../src/pricing/index.js"
import ProductModule from "../../src/product/index.js"
import type { ProductModuleService } from "../../src/product/index.js"
import RegionModule from "../../src/region/index.js"
import type { RegionModuleService } from "../../src/region/index.js"
import { PRODUCT_VARIANT_PRICE_SET as LINK } from "../../src/links/product-variant-price-set-table.js"
import { productVariantPriceSetLink } from "../../src/links/product-variant-price-set.js"

export interface CommerceApp {
  app: TestApp
  product: ProductModuleService
  region: RegionModuleService
  pricing: PricingModuleService
  /** Links variants to price sets through `product_variant_price_set` (pairs of ids). */
  link(pairs: Array<[variantId: string, priceSetId: string]>): Promise<void>
  close(): Promise<void>
}

export { productVariantPriceSetLink }

/**
 * A test app with the product, region and pricing modules and the variant <-> price set link table.
 *
 * @example
 * const commerce = await createCommerceApp()
 * after(() => commerce.close())
 */
export async function createCommerceApp(): Promise<CommerceApp> {
  const app = await createTestApp({
    modules: [ProductModule, RegionModule, PricingModule],
    links: [productVariantPriceSetLink],
  })
  return {
    app,
    product: app.container.resolve<ProductModuleService>("product"),
    region: app.container.resolve<RegionModuleService>("region"),
    pricing: app.container.resolve<PricingModuleService>("pricing"),
    async link(pairs) {
      if (pairs.length === 0) return
      await app.manager.query(
        `insert into ${LINK.table} (id, ${LINK.variantColumn}, ${LINK.priceSetColumn})
         select '${LINK.idPrefix}_' || md5(random()::text), v, p from unnest($1::text[], $2::text[]) as t(v, p)`,
        [pairs.map(([variant]) => variant), pairs.map(([, priceSet]) => priceSet)],
      )
    },
    close: () => app.close(),
  }
}
