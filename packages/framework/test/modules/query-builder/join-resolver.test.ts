// The plug point for module links: a resolver registered on the registry adds relation names.
import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { registerJoinResolver, type JoinResolver } from "../../../src/modules/query-builder/index.js"
import { qualified, quoteIdent } from "../../../src/modules/sql/read/sql-identifiers.js"
import { useProductFixture, assertInvalid } from "./fixtures/harness.js"
import { ids } from "./fixtures/seed.js"

type Entity = Record<string, unknown>

describe("join resolvers (module links)", () => {
  const fixture = useProductFixture()
  before(async () => {
    // A link table between variants and prices, as a link in another module of the database would have.
    await fixture.app.manager.query(
      `create table variant_price_link (variant_id text not null, price_id text not null, deleted_at timestamptz)`,
    )
    await fixture.app.manager.query(
      `insert into variant_price_link values ('variant_4', 'price_1', null), ('variant_4', 'price_5', null),
       ('variant_5', 'price_3', now())`,
    )
  })

  const linkedPrices: JoinResolver = (from, relationName) => {
    if (from.name !== "ProductVariant" || relationName !== "linked_prices") return undefined
    const target = fixture.service.modelRegistry().get("VariantPrice")
    return {
      target,
      toMany: true,
      singleRow: false,
      field: "linked_prices",
      source(parentAlias, childAlias, withDeleted) {
        const link = `${childAlias}_l`
        const live = withDeleted ? "" : ` AND ${qualified(link, "deleted_at")} IS NULL`
        return {
          from: `${quoteIdent(target.tableName)} AS ${childAlias} INNER JOIN "variant_price_link" AS ${link} ON ${qualified(link, "price_id")} = ${qualified(childAlias, "id")}${live}`,
          compound: true,
          on: `${qualified(link, "variant_id")} = ${qualified(parentAlias, "id")}`,
        }
      },
    }
  }

  test("a registered resolver joins a name the models do not declare; unregistering removes it", async () => {
    const unregister = registerJoinResolver(fixture.service.modelRegistry(), linkedPrices)
    const query = () =>
      fixture.repository
        .createQueryBuilder("product")
        .innerJoinAndSelect("product.variants", "variant")
        .leftJoinAndSelect("variant.linked_prices", "price")
        .orderBy("product.id", "ASC")
        .addOrderBy("price.amount", "DESC")
    try {
      const products = await query().take(3).getMany()
      assert.deepEqual(ids(products), ["prod_1", "prod_2", "prod_3"])
      const variants = products.map((product) => product["variants"] as Entity[])
      assert.deepEqual(
        variants.map((list) => list.map((variant) => ids(variant["linked_prices"] as Entity[]))),
        [[[], []], [["price_5", "price_1"]], [[]]],
      )
      const withDeleted = await query().withDeleted().where("variant.id = :id", { id: "variant_5" }).getMany()
      assert.deepEqual(ids(((withDeleted[0]?.["variants"] as Entity[])[0]?.["linked_prices"] as Entity[]) ?? []), [
        "price_3",
      ])
    } finally {
      unregister()
    }
    await assertInvalid(
      () => query().getMany(),
      `Unknown relation "linked_prices" of alias "variant" (ProductVariant) in join path "variant.linked_prices"; known relations: product, prices`,
    )
  })
})
