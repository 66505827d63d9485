import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { MedusaError } from "@stratum/framework/utils"
import { toHandle } from "../../src/product/index.js"
import { createCommerceApp, type CommerceApp } from "../support/commerce-app.js"
import { unique } from "../support/price-fixtures.js"

describe("product module", () => {
  let commerce: CommerceApp
  before(async () => {
    commerce = await createCommerceApp()
  })
  after(() => commerce?.close())

  test('is registered as "product" with Medusa\'s generated method names', () => {
    for (const name of [
      "createProducts",
      "listProducts",
      "listAndCountProducts",
      "retrieveProduct",
      "updateProducts",
      "softDeleteProducts",
      "restoreProducts",
      "createProductVariants",
      "listProductVariants",
      "createProductCategories",
      "listProductCategories",
      "retrieveProductCategory",
    ]) {
      assert.equal(typeof (commerce.product as unknown as Record<string, unknown>)[name], "function", name)
    }
  })

  test("toHandle derives Medusa-style handles", () => {
    assert.equal(toHandle("Café Crème  Shirt!"), "cafe-creme-shirt")
    assert.equal(toHandle("  Already-a-handle "), "already-a-handle")
  })

  test("createProducts mirrors its input, fills the handle and defaults, and creates nested variants", async () => {
    const title = unique("Blue Shirt")
    const product = await commerce.product.createProducts({
      title,
      description: "A soft cotton shirt",
      variants: [
        { title: "S", sku: unique("SHIRT-S"), inventory_quantity: 5 },
        { title: "M", sku: unique("SHIRT-M") },
      ],
    })
    assert.match(product.id, /^prod_[0-9A-Z]{26}$/)
    assert.equal(product.handle, toHandle(title))
    assert.equal(product.status, "draft")
    assert.deepEqual(
      (product.variants ?? []).map((variant) => [variant.title, variant.inventory_quantity, variant.manage_inventory]),
      [
        ["S", 5, true],
        ["M", 0, true],
      ],
    )
    const many = await commerce.product.createProducts([
      { title: unique("A"), handle: unique("given-handle"), status: "published" },
      { title: unique("B") },
    ])
    assert.equal(many.length, 2)
    assert.match(many[0]?.handle ?? "", /^given-handle_/)
    assert.equal(many[0]?.status, "published")
  })

  test("handles are unique among live rows: a duplicate is a duplicate_error naming the handle", async () => {
    const handle = unique("dup")
    await commerce.product.createProducts({ title: "One", handle })
    await assert.rejects(commerce.product.createProducts({ title: "Two", handle }), (error: unknown) => {
      assert.ok(MedusaError.isMedusaError(error))
      assert.equal(error.type, "duplicate_error")
      assert.match(error.message, new RegExp(`handle: ${handle}, already exists`))
      return true
    })
    const product = await commerce.product.createProducts({ title: "Three", handle: unique("h") })
    await commerce.product.softDeleteProducts([product.id])
    const again = await commerce.product.createProducts({ title: "Four", handle: product.handle })
    assert.equal(again.handle, product.handle, "a deleted product's handle is free again")
  })

  test("an unknown status is rejected", async () => {
    await assert.rejects(
      commerce.product.createProducts({ title: "Bad", status: "archived" as unknown as "draft" }),
      (error: unknown) => MedusaError.isMedusaError(error) && error.type === "invalid_data",
    )
  })

  test("q searches title and description; filters and relations work on variants", async () => {
    const word = unique("zebra").replace(/_/g, "")
    const product = await commerce.product.createProducts({
      title: "Plain",
      description: `Striped like a ${word}`,
      variants: [{ title: "One size", sku: unique("Z") }],
    })
    const found = await commerce.product.listProducts({ q: word }, { relations: ["variants"] })
    assert.deepEqual(
      found.map((row) => row.id),
      [product.id],
    )
    assert.equal(found[0]?.variants?.length, 1)
    const variants = await commerce.product.listProductVariants({ product_id: product.id })
    assert.equal(variants[0]?.title, "One size")
  })

  test("soft-deleting a product soft-deletes its variants; restore brings them back", async () => {
    const product = await commerce.product.createProducts({
      title: unique("Gone"),
      variants: [{ title: "A" }, { title: "B" }],
    })
    const variantIds = (product.variants ?? []).map((variant) => variant.id).sort()
    const deleted = await commerce.product.softDeleteProducts([product.id])
    assert.deepEqual(deleted.product_id, [product.id])
    assert.deepEqual([...(deleted.product_variant_id ?? [])].sort(), variantIds)
    assert.equal((await commerce.product.listProductVariants({ product_id: product.id })).length, 0)
    await commerce.product.restoreProducts([product.id])
    assert.equal((await commerce.product.listProductVariants({ product_id: product.id })).length, 2)
  })

  test("categories nest under a parent and link to products many-to-many", async () => {
    const parent = await commerce.product.createProductCategories({ name: "Shirts", handle: unique("shirts") })
    const child = await commerce.product.createProductCategories({
      name: "Polos",
      handle: unique("polos"),
      parent_category_id: parent.id,
    })
    const product = await commerce.product.createProducts({
      title: unique("Polo"),
      categories: [{ id: child.id }, { id: parent.id }],
    })
    const withChildren = await commerce.product.retrieveProductCategory(parent.id, {
      relations: ["category_children", "products"],
    })
    assert.deepEqual(
      withChildren.category_children?.map((category) => category.id),
      [child.id],
    )
    assert.deepEqual(
      withChildren.products?.map((row) => row.id),
      [product.id],
    )
    const inChild = await commerce.product.listProducts({ categories: { id: child.id } })
    assert.deepEqual(
      inChild.map((row) => row.id),
      [product.id],
    )
  })
})
