import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { countStatements } from "../../src/context/execution-scope.js"
import { MedusaService, Module, model } from "../../src/utils.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"

const Product = model
  .define(
    { name: "product", tableName: "products" },
    {
      id: model.id({ prefix: "prod" }).primaryKey(),
      title: model.text(),
      variants: model.hasMany(() => ProductVariant, { mappedBy: "product" }),
    },
  )
  .cascades({ delete: ["variants"] })

const ProductVariant = model.define("product_variant", {
  id: model.id({ prefix: "variant" }).primaryKey(),
  title: model.text(),
  sku: model.text().unique(),
  product: model.belongsTo(() => Product, { mappedBy: "variants" }),
})

class ProductService extends MedusaService({ Product, ProductVariant }) {}

describe("set-based writes", () => {
  let app: TestApp
  let products: ProductService
  before(async () => {
    app = await createTestApp({ modules: [Module("product", { service: ProductService })] })
    products = app.container.resolve<ProductService>("product")
  })
  after(() => app?.close())

  test("100 products x 3 variants, soft delete and restore cost a handful of statements each", async () => {
    const input = Array.from({ length: 100 }, (_, p) => ({
      title: `Product ${p}`,
      variants: [0, 1, 2].map((v) => ({ title: `V${v}`, sku: `SKU-${p}-${v}` })),
    }))
    const [created, create] = await countStatements(() => products.createProducts(input))
    assert.equal(created.length, 100)
    assert.equal(await products.listProductVariants({}, { count: true }), 300)
    assert.ok(create.statements <= 4, `create: ${create.statements} statements (BEGIN, 2 inserts, COMMIT)`)

    const ids = created.map((p) => p.id)
    const [deleted, softDelete] = await countStatements(() => products.softDeleteProducts(ids))
    assert.equal(deleted.product_id?.length, 100)
    assert.equal(deleted.product_variant_id?.length, 300)
    assert.ok(softDelete.statements <= 4, `soft delete: ${softDelete.statements} statements`)
    assert.equal(await products.listProductVariants({}, { count: true }), 0)

    const [restored, restore] = await countStatements(() => products.restoreProducts(ids))
    assert.equal(restored.product_variant_id?.length, 300)
    assert.ok(restore.statements <= 4, `restore: ${restore.statements} statements`)
    assert.equal(await products.listProductVariants({}, { count: true }), 300)
  })

  test("a unique violation is a duplicate_error naming the column and value, and the batch is not written", async () => {
    const error = await products
      .createProducts([
        { title: "ok", variants: [{ title: "a", sku: "DUP-1" }] },
        { title: "dup", variants: [{ title: "b", sku: "DUP-1" }] },
      ])
      .then(
        () => assert.fail("expected a duplicate error"),
        (e: { type?: string; message?: string }) => e,
      )
    assert.equal(error.type, "duplicate_error")
    assert.match(error.message ?? "", /sku: DUP-1, already exists/)
    assert.equal(await products.listProducts({ title: "ok" }, { count: true }), 0)
  })

  test("a unique value can be reused once its row is soft-deleted", async () => {
    const first = await products.createProducts({ title: "old", variants: [{ title: "x", sku: "REUSE-1" }] })
    await products.softDeleteProducts(first.id)
    const second = await products.createProducts({ title: "new", variants: [{ title: "x", sku: "REUSE-1" }] })
    assert.ok(second.id)
  })
})
