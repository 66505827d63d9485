import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { ContainerRegistrationKeys, MedusaRepository, Module, Repository } from "@stratum/framework/utils"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { PricingModule, ProductModuleService, productVariantPriceSetLink } from "../../src/index.js"
import type { PricingModuleService } from "../../src/index.js"

interface Product {
  id: string
  title: string
  variants?: { id: string; prices?: { currency_code: string; amount: number }[] }[]
}

// The guide's repository, as written (with the variant <-> price set link giving "variant.prices").
@Repository()
class ProductRepository extends MedusaRepository<Product> {
  async findProductsWithLowStock(threshold = 10): Promise<Product[]> {
    return this.createQueryBuilder("product")
      .innerJoinAndSelect("product.variants", "variant")
      .where("variant.inventory_quantity < :threshold", { threshold })
      .getMany()
  }

  async findProductsByPriceRange(minPrice: number, maxPrice: number, currency = "usd"): Promise<Product[]> {
    return this.createQueryBuilder("product")
      .innerJoinAndSelect("product.variants", "variant")
      .innerJoinAndSelect("variant.prices", "price")
      .where("price.currency_code = :currency", { currency })
      .andWhere("price.amount BETWEEN :minPrice AND :maxPrice", {
        minPrice: minPrice * 100, // Convert to cents
        maxPrice: maxPrice * 100,
      })
      .getMany()
  }
}

describe("the guide's ProductRepository over the product and pricing modules", () => {
  let app: TestApp
  let repository: ProductRepository
  before(async () => {
    const ProductModule = Module("product", { service: ProductModuleService, repositories: [ProductRepository] })
    app = await createTestApp({ modules: [ProductModule, PricingModule], links: [productVariantPriceSetLink] })
    const product = app.container.resolve<ProductModuleService>("product")
    const pricing = app.container.resolve<PricingModuleService>("pricing")
    repository = (product as unknown as { repository_: ProductRepository }).repository_
    const [cheap, pricey] = await product.createProducts([
      { title: "Cheap", variants: [{ title: "A", sku: "CHEAP-A", inventory_quantity: 3 }] },
      { title: "Pricey", variants: [{ title: "B", sku: "PRICEY-B", inventory_quantity: 40 }] },
    ])
    const sets = await pricing.createPriceSets([
      {
        prices: [
          { currency_code: "usd", amount: 1500 },
          { currency_code: "eur", amount: 1400 },
        ],
      },
      { prices: [{ currency_code: "usd", amount: 9900 }] },
    ])
    await app.container.resolve(ContainerRegistrationKeys.LINK).create([
      { product: { product_variant_id: cheap!.variants![0]!.id }, pricing: { price_set_id: sets[0]!.id } },
      { product: { product_variant_id: pricey!.variants![0]!.id }, pricing: { price_set_id: sets[1]!.id } },
    ])
  })
  after(() => app?.close())

  test("this.repository_ is the guide's repository", () => {
    assert.ok(repository instanceof ProductRepository)
  })

  test("findProductsWithLowStock joins variants", async () => {
    const products = await repository.findProductsWithLowStock(10)
    assert.deepEqual(
      products.map((p) => p.title),
      ["Cheap"],
    )
    assert.equal(products[0]?.variants?.length, 1)
  })

  test("findProductsByPriceRange joins prices across the pricing link", async () => {
    const products = await repository.findProductsByPriceRange(10, 20)
    assert.deepEqual(
      products.map((p) => p.title),
      ["Cheap"],
    )
    const prices = products[0]?.variants?.[0]?.prices ?? []
    assert.deepEqual(
      prices.map((p) => [p.currency_code, p.amount]),
      [["usd", 1500]],
    )
    assert.deepEqual(
      (await repository.findProductsByPriceRange(50, 100)).map((p) => p.title),
      ["Pricey"],
    )
    assert.deepEqual(await repository.findProductsByPriceRange(10, 20, "gbp"), [])
  })
})
