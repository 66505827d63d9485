// Type tests for query.graph results: compiled by `tsc -p tsconfig.json`, never run.
import type { InferTypeOf } from "../../src/dml/types.js"
import type { Query } from "../../src/query/create-query.js"
import type { Brand } from "./fixtures/brand.js"
import type { Product, ProductVariant } from "./fixtures/product.js"

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const expectType = <T extends true>(_: T): void => undefined

type BrandDTO = InferTypeOf<typeof Brand>
type VariantDTO = InferTypeOf<typeof ProductVariant> & { price_with_tax?: number | null }
type ProductDTO = Omit<InferTypeOf<typeof Product>, "variants"> & { variants?: VariantDTO[]; brand?: BrandDTO | null }

// Entities are registered by declaration merging (applications augment "@stratum/framework/utils").
declare module "../../src/query/graph-types.js" {
  interface GraphEntities {
    product: ProductDTO
    brand: BrandDTO & { products?: ProductDTO[] }
  }
}

declare const query: Query

export async function typedResults(): Promise<void> {
  const { data, metadata: _metadata } = await query.graph({
    entity: "product",
    fields: ["title", "variants.sku", "variants.price_with_tax", "brand.*"],
  })
  const row = data[0]!
  expectType<Equal<typeof row.id, string>>(true)
  expectType<Equal<typeof row.title, string>>(true)
  expectType<Equal<(typeof row.variants)[number]["sku"], string>>(true)
  expectType<Equal<(typeof row.variants)[number]["price_with_tax"], number | null | undefined>>(true)
  expectType<Equal<NonNullable<typeof row.brand>["name"], string>>(true)
  expectType<Equal<NonNullable<typeof row.brand>["created_at"], Date>>(true)
  expectType<Equal<NonNullable<typeof _metadata>["count"], number>>(true)
  // @ts-expect-error a field not requested is not on the result
  void row.rating
  // @ts-expect-error nor a variant field not requested
  void row.variants[0]?.price

  // "*" gives the scalars (json and enums included), not the relations.
  const all = (await query.graph({ entity: "product", fields: ["*"] })).data[0]!
  expectType<Equal<typeof all.status, "draft" | "published">>(true)
  expectType<Equal<typeof all.metadata, Record<string, unknown> | null>>(true)
  // @ts-expect-error relations are not part of "*"
  void all.variants

  // "*rel" and a bare relation name load its columns; links appear on both sides.
  const _star = (await query.graph({ entity: "product", fields: ["*variants"] })).data[0]!
  expectType<Equal<(typeof _star.variants)[number]["price"], number>>(true)
  const _brand = (await query.graph({ entity: "brand", fields: ["name", "products.title"] })).data[0]!
  expectType<Equal<(typeof _brand.products)[number]["title"], string>>(true)

  // Misspelled fields fail to compile, at any depth.
  // @ts-expect-error "titel" is not a field of product
  await query.graph({ entity: "product", fields: ["titel"] })
  // @ts-expect-error "skuu" is not a field of variants
  await query.graph({ entity: "product", fields: ["variants.skuu"] })
  // @ts-expect-error "brnd" is not a relation of product
  await query.graph({ entity: "product", fields: ["brnd.name"] })
  // @ts-expect-error a scalar has no fields
  await query.graph({ entity: "product", fields: ["title.length"] })

  // Entities not registered are untyped records.
  const _other = (await query.graph({ entity: "review", fields: ["rating"] })).data[0]!
  expectType<Equal<typeof _other, Record<string, unknown>>>(true)
  // No fields: all columns.
  const _defaults = (await query.graph({ entity: "product" })).data[0]!
  expectType<Equal<typeof _defaults.title, string>>(true)
}
