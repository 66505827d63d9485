import type { DatabaseGroup } from "../../src/app/module-graph.js"
import type { StatementEvent } from "../../src/database/statement-monitor.js"
import type { Manager } from "../../src/database/manager.js"
import type { ComputedFieldDefinition } from "../../src/query/computed-field.js"
import { resolveModels } from "../../src/dml/metadata/index.js"
import { createLinkService, type LinkService } from "../../src/query/link-service.js"
import { createQuery, type Query } from "../../src/query/create-query.js"
import type { GraphRequest } from "../../src/query/graph-input.js"
import type { GraphResultSet } from "../../src/query/graph-result.js"
import { linkTableDdl } from "../../src/query/link-table-ddl.js"
import { QueryContext } from "../../src/query/query-context.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import type { BrandModuleService } from "./fixtures/brand.js"
import BrandModule from "./fixtures/brand.js"
import { links } from "./fixtures/links.js"
import type { NoteModuleService } from "./fixtures/note.js"
import NoteModule from "./fixtures/note.js"
import type { ProductModuleService } from "./fixtures/product.js"
import ProductModule from "./fixtures/product.js"
import type { ReviewModuleService } from "./fixtures/review.js"
import ReviewModule from "./fixtures/review.js"

export { QueryContext }

/** Where the query runs: one database (compiled) or each module on "its own" database (in-memory joins). */
export type Mode = "compiled" | "in-memory"

/** The fixture application: product, brand, review and note modules, their links' tables created. */
export async function startGraphApp(): Promise<TestApp> {
  const app = await createTestApp({ modules: [ProductModule, BrandModule, ReviewModule, NoteModule] })
  for (const link of links) for (const sql of linkTableDdl(link)) await app.manager.query(sql)
  return app
}

/** `query.graph` as plain JavaScript calls it: any strings (these tests check the runtime's validation). */
export interface UntypedQuery {
  graph(request: GraphRequest): Promise<GraphResultSet>
}

/**
 * The query graph over the app's modules. "in-memory" declares every module but product on a
 * database of its own (same server, so the data is shared): the graph then joins in memory.
 */
export function queryFor(
  app: TestApp,
  mode: Mode,
  maxTake?: number,
  computedFields?: readonly ComputedFieldDefinition[],
): UntypedQuery {
  return typedQueryFor(app, mode, maxTake, computedFields) as unknown as UntypedQuery
}

export function typedQueryFor(
  app: TestApp,
  mode: Mode,
  maxTake?: number,
  computedFields?: readonly ComputedFieldDefinition[],
): Query {
  const groupOf = (modules: TestApp["modules"], url: string | undefined): DatabaseGroup => ({
    url,
    modules,
    registry: resolveModels(modules.flatMap((module) => module.models)),
    entities: [],
  })
  const groups =
    mode === "compiled"
      ? [groupOf(app.modules, undefined)]
      : app.modules.map((module, index) =>
          groupOf([module], index === 0 ? undefined : `postgres://elsewhere/${module.exports.name}`),
        )
  const managers = new Map<DatabaseGroup, Manager>(groups.map((group) => [group, app.manager]))
  return createQuery({ groups, managers, links, maxTake, computedFields })
}

export function linkServiceFor(app: TestApp): LinkService {
  return createLinkService({ links, manager: app.manager, resolve: (name) => app.container.resolve(name) })
}

/** Records the statements sent while `fn` runs. */
export async function recording<T>(app: TestApp, fn: () => Promise<T>): Promise<[T, StatementEvent[]]> {
  const statements: StatementEvent[] = []
  const stop = app.database.monitor.subscribe((event) => statements.push(event))
  try {
    return [await fn(), statements]
  } finally {
    stop()
  }
}

export interface Seeded {
  shirt: string
  pants: string
  hat: string
  gone: string
  acme: string
  zenith: string
  clothing: string
  sale: string
}

/**
 * Shirt (Acme, 2 variants, Clothing), Pants (Zenith, 1 variant, Clothing + Sale), Hat (no brand),
 * Gone (Acme, soft-deleted); a review on Shirt and one on Pants; a note on Shirt.
 */
export async function seed(app: TestApp): Promise<Seeded> {
  await app.manager.query(
    `delete from product_product_brand_brand; delete from product_product_note_note; delete from review; delete from note;
     delete from product_category_products; delete from product_variant; delete from product; delete from product_category; delete from brand`,
  )
  const products = app.container.resolve<ProductModuleService>("product")
  const brands = app.container.resolve<BrandModuleService>("brand")
  const reviews = app.container.resolve<ReviewModuleService>("review")
  const notes = app.container.resolve<NoteModuleService>("note")
  const [clothing, sale] = await products.createProductCategories([{ name: "Clothing" }, { name: "Sale" }])
  const [acme, zenith] = await brands.createBrands([{ name: "Acme" }, { name: "Zenith" }])
  const [shirt, pants, hat, gone] = await products.createProducts([
    { title: "Shirt", rating: 4, metadata: { color: "blue" } },
    { title: "Pants", rating: 2 },
    { title: "Hat", status: "draft" },
    { title: "Gone" },
  ])
  const ids = { shirt: shirt!.id, pants: pants!.id, hat: hat!.id, gone: gone!.id }
  await products.createProductVariants([
    { sku: "S-1", price: 1000, product_id: ids.shirt, released_at: new Date("2024-05-01T10:00:00Z") },
    { sku: "S-2", price: 2000, product_id: ids.shirt },
    { sku: "P-1", price: 3000, product_id: ids.pants },
  ])
  await app.manager.query(
    "insert into product_category_products (product_id, product_category_id) values ($1, $3), ($2, $3), ($2, $4)",
    [ids.shirt, ids.pants, clothing!.id, sale!.id],
  )
  await reviews.createReviews([
    { product_id: ids.shirt, rating: 5 },
    { product_id: ids.pants, rating: 3 },
  ])
  const [note] = await notes.createNotes([{ text: "Iron inside out" }])
  const link = linkServiceFor(app)
  await link.create([
    { product: { product_id: ids.shirt }, brand: { brand_id: acme!.id }, data: { featured: true } },
    { product: { product_id: ids.pants }, brand: { brand_id: zenith!.id } },
    { product: { product_id: ids.gone }, brand: { brand_id: acme!.id } },
    { product: { product_id: ids.shirt }, note: { note_id: note!.id } },
  ])
  await products.softDeleteProducts([ids.gone])
  return { ...ids, acme: acme!.id, zenith: zenith!.id, clothing: clothing!.id, sale: sale!.id }
}
