import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { MedusaError } from "../../src/errors/medusa-error.js"
import { defineLink } from "../../src/query/define-link.js"
import type { LinkService } from "../../src/query/link-service.js"
import { linkTableDdl } from "../../src/query/link-table-ddl.js"
import type { TestApp } from "../../src/testing/create-test-app.js"
import BrandModule from "./fixtures/brand.js"
import { productBrand, productNotes, reviewProduct } from "./fixtures/links.js"
import type { NoteModuleService } from "./fixtures/note.js"
import ProductModule, { type ProductModuleService } from "./fixtures/product.js"
import { linkServiceFor, queryFor, seed, startGraphApp, type Seeded } from "./support.js"

describe("defineLink", () => {
  test("resolves Medusa's forms: names, list sides, cascades, default table and id prefix", () => {
    assert.equal(productBrand.table, "product_product_brand_brand")
    assert.deepEqual(
      [productBrand.left.field, productBrand.left.column, productBrand.left.isList],
      ["products", "product_id", true],
    )
    assert.deepEqual(
      [productBrand.right.field, productBrand.right.column, productBrand.right.isList],
      ["brand", "brand_id", false],
    )
    assert.equal(productNotes.left.deleteCascade, true)
    assert.equal(productNotes.right.field, "notes")
    assert.equal(reviewProduct.table, undefined)
    assert.deepEqual(
      [reviewProduct.left.column, reviewProduct.right.column, reviewProduct.right.field],
      ["product_id", "id", "product"],
    )
    const custom = defineLink(
      ProductModule.linkable.product!,
      { linkable: BrandModule.linkable.brand!, alias: "maker" },
      {
        database: { table: "product_maker", idPrefix: "pm" },
      },
    )
    assert.deepEqual([custom.table, custom.idPrefix, custom.right.field], ["product_maker", "pm", "maker"])
    assert.throws(
      () => defineLink(ProductModule.linkable.product!, { linkable: BrandModule.linkable.brand!, alias: "x; drop" }),
      /letters, digits/,
    )
    assert.throws(
      () => defineLink({ linkable: ProductModule.linkable.product! }, BrandModule.linkable.brand!, { readOnly: true }),
      /needs the left side's field/,
    )
  })

  test("linkTableDdl: id, both keys unique among live rows, extra columns, timestamps, partial indexes; read-only: none", () => {
    const ddl = linkTableDdl(productBrand)
    assert.match(
      ddl[0] as string,
      /^CREATE TABLE IF NOT EXISTS "product_product_brand_brand" \("id" text NOT NULL, "product_id" text NOT NULL, "brand_id" text NOT NULL, "featured" boolean DEFAULT false NULL, "created_at" timestamptz NOT NULL DEFAULT now\(\)/,
    )
    assert.ok(
      ddl.some((sql) =>
        /CREATE UNIQUE INDEX IF NOT EXISTS .* \("product_id", "brand_id"\) WHERE "deleted_at" IS NULL/.test(sql),
      ),
    )
    assert.ok(ddl.some((sql) => /ADD COLUMN IF NOT EXISTS "featured"/.test(sql)))
    assert.deepEqual(linkTableDdl(reviewProduct), [])
  })
})

describe("the link service", () => {
  let app: TestApp
  let link: LinkService
  let ids: Seeded
  before(async () => {
    app = await startGraphApp()
    link = linkServiceFor(app)
  })
  after(() => app?.close())
  beforeEach(async () => {
    ids = await seed(app)
  })

  test("linkTableDdl runs again without error (migrations can run it on every deploy)", async () => {
    for (const sql of linkTableDdl(productBrand)) await app.manager.query(sql)
  })

  test("create is set-based, idempotent for a live pair, and keeps extra data; list and dismiss", async () => {
    const products = app.container.resolve<ProductModuleService>("product")
    const [a, b] = await products.createProducts([{ title: "A" }, { title: "B" }])
    const statements: string[] = []
    const stop = app.database.monitor.subscribe((event) => statements.push(event.sql))
    const rows = await link.create([
      { product: { product_id: a!.id }, brand: { brand_id: ids.zenith }, data: { featured: true } },
      { brand: { brand_id: ids.zenith }, product: { product_id: b!.id } },
    ])
    stop()
    assert.equal(statements.filter((sql) => /^INSERT/.test(sql)).length, 1)
    assert.equal(rows.length, 2)
    assert.match(String(rows[0]?.["id"]), /^link_/)
    await link.create({ product: { product_id: a!.id }, brand: { brand_id: ids.zenith } })
    const listed = await link.list({ brand: { brand_id: ids.zenith } })
    assert.deepEqual(
      listed.map((row) => [row["product_id"], row["featured"]]).sort(),
      [
        [a!.id, true],
        [b!.id, null],
        [ids.pants, null],
      ].sort(),
    )
    assert.deepEqual(
      await link.list({ product: { product_id: a!.id }, brand: { brand_id: ids.zenith } }, { asLinkDefinition: true }),
      [{ product: { product_id: a!.id }, brand: { brand_id: ids.zenith }, data: { featured: true } }],
    )
    const dismissed = await link.dismiss({ product: { product_id: a!.id }, brand: { brand_id: ids.zenith } })
    assert.equal(dismissed.length, 1)
    assert.equal((await link.list({ product: { product_id: a!.id }, brand: {} })).length, 0)
    await assert.rejects(
      link.list({ product: { product_id: a!.id } }),
      /Several links match product.product_id; name both sides/,
    )
  })

  test("a side that is not a list takes one partner; unknown links and columns are invalid_data", async () => {
    const error = await link
      .create({ product: { product_id: ids.shirt }, brand: { brand_id: ids.zenith } })
      .catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(error))
    assert.match(error.message, /Cannot create multiple links between 'product' and 'brand'/)
    await assert.rejects(
      link.create({ product: { product_id: ids.hat }, region: { region_id: "r" } }),
      /No link between product.product_id, region.region_id; defined links: product.product_id <-> brand.brand_id/,
    )
    await assert.rejects(
      link.create({ product: { product_id: ids.hat }, brand: { brand_id: ids.acme }, data: { colour: 1 } }),
      /Unknown link column "colour"/,
    )
  })

  test("delete soft-deletes links and cascades where declared; restore reverses exactly that", async () => {
    const notes = app.container.resolve<NoteModuleService>("note")
    const [ownNote, earlierNote] = await notes.createNotes([{ text: "keep" }, { text: "deleted earlier" }])
    await link.create([
      { product: { product_id: ids.shirt }, note: { note_id: ownNote!.id } },
      { product: { product_id: ids.shirt }, note: { note_id: earlierNote!.id } },
    ])
    await notes.softDeleteNotes([earlierNote!.id])
    const removed = await link.delete({ product: { product_id: [ids.shirt] } })
    const cascaded = removed["note"]?.["note_id"] ?? []
    assert.equal(cascaded.length, 2)
    assert.ok(!cascaded.includes(earlierNote!.id))
    assert.deepEqual(await link.list({ product: { product_id: ids.shirt }, brand: { brand_id: ids.acme } }), [])
    const brands = await app.manager.query<{ n: number }>(
      "select count(*)::int as n from brand where deleted_at is null",
    )
    assert.equal(brands[0]?.n, 2, "brand has no deleteCascade: brands stay")
    const query = queryFor(app, "compiled")
    const gone = await query.graph({
      entity: "product",
      fields: ["notes.text", "brand.name"],
      filters: { id: ids.shirt },
    })
    assert.deepEqual(gone.data, [{ id: ids.shirt, notes: [], brand: null }])

    const restored = await link.restore({ product: { product_id: [ids.shirt] } })
    assert.deepEqual(restored["note"]?.["note_id"]?.sort(), [...cascaded].sort())
    const back = await query.graph({
      entity: "product",
      fields: ["notes.text", "brand.name"],
      filters: { id: ids.shirt },
    })
    const texts = ((back.data[0] as Record<string, unknown>)["notes"] as { text: string }[])
      .map((note) => note.text)
      .sort()
    assert.deepEqual(texts, ["Iron inside out", "keep"])
    assert.deepEqual((back.data[0] as Record<string, unknown>)["brand"], { id: ids.acme, name: "Acme" })
    const earlier = await notes.listNotes({ id: earlierNote!.id }, { withDeleted: true })
    assert.ok(earlier[0]?.deleted_at instanceof Date, "a note deleted on its own before stays deleted")
  })
})
