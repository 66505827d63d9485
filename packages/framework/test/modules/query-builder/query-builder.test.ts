import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { useProductFixture } from "./fixtures/harness.js"
import { ids } from "./fixtures/seed.js"

type Entity = Record<string, unknown>
const nestedIds = (rows: Entity[], field: string): unknown[] =>
  rows.map((row) => {
    const value = row[field]
    return Array.isArray(value) ? ids(value as Entity[]) : ((value as Entity | null)?.["id"] ?? null)
  })

describe("createQueryBuilder", () => {
  const fixture = useProductFixture()
  const qb = (alias = "product") => fixture.repository.createQueryBuilder(alias)

  describe("conditions", () => {
    test("andWhere and orWhere combine as (a) AND (b) OR (c), always inside the soft-delete guard", async () => {
      const query = qb()
        .where("product.status = :status", { status: "published" })
        .andWhere("product.rating > :rating", { rating: 4 })
        .orWhere("product.title LIKE :deleted", { deleted: "Deleted%" })
      const [sql, params] = query.getQueryAndParameters()
      assert.match(
        sql,
        /WHERE t0\."deleted_at" IS NULL AND \(\(t0\."status" = \$1\) AND \(t0\."rating" > \$2\) OR \(t0\."title" LIKE \$3\)\)/,
      )
      assert.deepEqual(params, ["published", 4, "Deleted%"])
      // prod_4 matches the OR branch but is soft-deleted.
      assert.deepEqual(ids(await query.getMany()), ["prod_1"])
    })

    test("where replaces the conditions set before it", async () => {
      const query = qb()
        .where("product.status = :status", { status: "draft" })
        .where("product.id = :id", { id: "prod_2" })
      assert.deepEqual(ids(await query.getMany()), ["prod_2"])
    })

    test(":...list expands an array into one placeholder per element; :list binds the array for = ANY", async () => {
      const spread = qb().where("product.id IN (:...ids)", { ids: ["prod_3", "prod_1", "prod_4"] })
      const [sql, params] = spread.getQueryAndParameters()
      assert.match(sql, /t0\."id" IN \(\$1, \$2, \$3\)/)
      assert.deepEqual(params, ["prod_3", "prod_1", "prod_4"])
      assert.deepEqual(ids(await spread.getMany()), ["prod_1", "prod_3"])
      assert.deepEqual(
        ids(
          await qb()
            .where("product.id = ANY(:ids)", { ids: ["prod_5"] })
            .getMany(),
        ),
        ["prod_5"],
      )
      assert.deepEqual(await qb().where("product.id = ANY(:ids)", { ids: [] }).getMany(), [])
    })

    test("a parameter used twice is bound once; setParameter supplies values", async () => {
      const query = qb()
        .where("product.title ILIKE :term OR product.description ILIKE :term")
        .setParameter("term", "%hat%")
      const [sql, params] = query.getQueryAndParameters()
      assert.match(sql, /t0\."title" ILIKE \$1 OR t0\."description" ILIKE \$1/)
      assert.deepEqual(params, ["%hat%"])
      assert.deepEqual(ids(await query.getMany()), ["prod_2"])
    })

    test("casts, string literals and quoted identifiers pass through; `:word` inside them is no parameter", async () => {
      const query = qb().where(
        `product.rating::text = '4.5' AND product."title" <> 'product.nope :nope' AND product.status::text = :s`,
        {
          s: "published",
        },
      )
      const [sql, params] = query.getQueryAndParameters()
      assert.match(
        sql,
        /t0\."rating"::text = '4\.5' AND t0\."title" <> 'product\.nope :nope' AND t0\."status"::text = \$1/,
      )
      assert.deepEqual(params, ["published"])
      assert.deepEqual(ids(await query.getMany()), ["prod_1"])
    })

    test("comments are dropped so they cannot swallow the SQL that follows the fragment", async () => {
      const query = qb().where("product.id = :id -- the soft-delete guard follows", { id: "prod_4" })
      assert.deepEqual(await query.getMany(), [])
      assert.deepEqual(ids(await query.withDeleted().getMany()), ["prod_4"])
    })

    test("every value is bound: an injection attempt through a parameter is just a string", async () => {
      const attack = "x'; DROP TABLE products; --"
      const [found, statements] = await fixture.statements(() =>
        qb()
          .where("product.title = :title", { title: attack })
          .orWhere("product.id IN (:...ids)", { ids: [attack] })
          .getMany(),
      )
      assert.deepEqual(found, [])
      assert.equal(statements.length, 1)
      assert.ok(!statements[0]?.sql.includes("DROP"))
      assert.deepEqual(statements[0]?.params, [attack, attack])
      assert.equal((await qb().getMany()).length, 4)
    })

    test("a reserved word works as an alias: aliases never reach the SQL", async () => {
      const found = await qb("order").where("order.title = :title", { title: "Socks" }).orderBy("order.id").getMany()
      assert.deepEqual(ids(found), ["prod_5"])
    })
  })

  describe("joins", () => {
    test("leftJoinAndSelect keeps roots without rows ([] for to-many, null for to-one)", async () => {
      const products = await qb()
        .leftJoinAndSelect("product.variants", "variant")
        .leftJoinAndSelect("product.collection", "collection")
        .orderBy("product.created_at", "ASC")
        .getMany()
      assert.deepEqual(ids(products), ["prod_1", "prod_2", "prod_3", "prod_5"])
      assert.deepEqual(nestedIds(products, "variants"), [["variant_1", "variant_2"], ["variant_4"], ["variant_5"], []])
      assert.deepEqual(nestedIds(products, "collection"), ["pcol_1", null, "pcol_1", null])
      assert.equal((products[0]?.["collection"] as Entity)["title"], "Summer")
    })

    test("innerJoinAndSelect returns only roots with a matching row, and only the matching rows", async () => {
      const products = await qb()
        .innerJoinAndSelect("product.variants", "variant")
        .where("variant.sku LIKE :prefix", { prefix: "S-%" })
        .getMany()
      assert.deepEqual(ids(products), ["prod_1"])
      assert.deepEqual(nestedIds(products, "variants"), [["variant_1", "variant_2"]])
    })

    test("many-to-many joins go through the pivot; soft-deleted targets are left out", async () => {
      const products = await qb().innerJoinAndSelect("product.tags", "tag").orderBy("tag.value", "ASC").getMany()
      assert.deepEqual(ids(products), ["prod_1", "prod_2"])
      assert.deepEqual(nestedIds(products, "tags"), [["ptag_1"], ["ptag_2"]])
    })

    test("belongsTo joins from the child side nest an object", async () => {
      const variants = await fixture.service.productVariantRepository_
        .createQueryBuilder("variant")
        .innerJoinAndSelect("variant.product", "product")
        .leftJoinAndSelect("product.collection", "collection")
        .where("product.status = :status", { status: "published" })
        .getMany()
      assert.deepEqual(ids(variants), ["variant_1", "variant_2", "variant_4"])
      assert.deepEqual(nestedIds(variants, "product"), ["prod_1", "prod_1", "prod_2"])
      const products = variants.map((variant) => variant["product"] as Entity)
      assert.deepEqual(nestedIds(products, "collection"), ["pcol_1", "pcol_1", null])
    })

    test("innerJoin and leftJoin filter without nesting", async () => {
      const products = await qb()
        .innerJoin("product.variants", "variant")
        .where("variant.inventory_quantity >= :min", { min: 50 })
        .getMany()
      assert.deepEqual(ids(products), ["prod_1", "prod_3"])
      assert.ok(!("variants" in (products[0] as Entity)))
      const withoutVariants = await qb().leftJoin("product.variants", "variant").where("variant.id IS NULL").getMany()
      assert.deepEqual(ids(withoutVariants), ["prod_5"])
    })

    test("a join condition restricts the joined rows in the ON clause", async () => {
      const products = await qb()
        .leftJoinAndSelect("product.variants", "variant", "variant.inventory_quantity > :q", { q: 10 })
        .getMany()
      assert.deepEqual(nestedIds(products, "variants"), [["variant_2"], [], ["variant_5"], []])
    })

    test("two levels nest each row once, whatever the joined rows repeat", async () => {
      const [product] = await qb()
        .leftJoinAndSelect("product.variants", "variant")
        .leftJoinAndSelect("variant.prices", "price")
        .leftJoinAndSelect("product.tags", "tag")
        .where("product.id = :id", { id: "prod_1" })
        .getMany()
      const variants = product?.["variants"] as Entity[]
      assert.deepEqual(ids(variants), ["variant_1", "variant_2"])
      assert.deepEqual(nestedIds(variants, "prices"), [["price_1", "price_2"], ["price_3"]])
      assert.deepEqual(nestedIds([product as Entity], "tags"), [["ptag_1"]])
    })

    test("withDeleted includes soft-deleted rows at every level", async () => {
      const products = await qb()
        .withDeleted()
        .leftJoinAndSelect("product.variants", "variant")
        .leftJoinAndSelect("variant.prices", "price")
        .leftJoinAndSelect("product.tags", "tag")
        .getMany()
      assert.deepEqual(ids(products), ["prod_1", "prod_2", "prod_3", "prod_4", "prod_5"])
      assert.deepEqual(nestedIds(products, "variants")[0], ["variant_1", "variant_2", "variant_3"])
      assert.deepEqual(nestedIds(products, "tags")[0], ["ptag_1", "ptag_3"])
      assert.deepEqual(nestedIds(products[1]?.["variants"] as Entity[], "prices"), [["price_4", "price_6"]])
      assert.ok((products[3]?.["deleted_at"] as unknown) instanceof Date)
    })
  })

  describe("order and paging", () => {
    test("orderBy replaces, addOrderBy appends; nested rows follow the order", async () => {
      const products = await qb()
        .innerJoinAndSelect("product.variants", "variant")
        .orderBy("product.id", "DESC")
        .orderBy("product.title", "ASC")
        .addOrderBy("variant.inventory_quantity", "DESC")
        .getMany()
      assert.deepEqual(ids(products), ["prod_1", "prod_3", "prod_2"])
      assert.deepEqual(nestedIds(products, "variants")[0], ["variant_2", "variant_1"])
    })

    test("NULLS FIRST / LAST and lower-case directions", async () => {
      const first = await qb().orderBy("product.rating", "desc", "NULLS LAST").getMany()
      assert.deepEqual(ids(first), ["prod_1", "prod_3", "prod_2", "prod_5"])
      const last = await qb().orderBy("product.rating", "ASC", "NULLS FIRST").getMany()
      assert.deepEqual(ids(last), ["prod_2", "prod_5", "prod_3", "prod_1"])
    })

    test("take/skip page roots, not joined rows, in one statement", async () => {
      const page = () => qb().leftJoinAndSelect("product.variants", "variant").orderBy("product.created_at", "ASC")
      const [first, statements] = await fixture.statements(() => page().take(2).getMany())
      assert.equal(statements.length, 1)
      assert.deepEqual(ids(first), ["prod_1", "prod_2"])
      assert.deepEqual(nestedIds(first, "variants"), [["variant_1", "variant_2"], ["variant_4"]])
      const second = await page().skip(2).take(2).getMany()
      assert.deepEqual(ids(second), ["prod_3", "prod_5"])
      assert.deepEqual(nestedIds(second, "variants"), [["variant_5"], []])
      assert.deepEqual(ids(await page().offset(3).getMany()), ["prod_5"])
      assert.deepEqual(ids(await page().limit(1).offset(1).getMany()), ["prod_2"])
    })

    test("paging by a joined field orders roots by their best row (MIN ascending, MAX descending)", async () => {
      const ascending = await qb()
        .innerJoinAndSelect("product.variants", "variant")
        .orderBy("variant.inventory_quantity", "ASC")
        .take(2)
        .getMany()
      assert.deepEqual(ids(ascending), ["prod_1", "prod_2"])
      assert.deepEqual(nestedIds(ascending, "variants")[0], ["variant_1", "variant_2"])
      const descending = await qb()
        .innerJoinAndSelect("product.variants", "variant")
        .orderBy("variant.inventory_quantity", "DESC")
        .take(2)
        .getMany()
      assert.deepEqual(ids(descending), ["prod_3", "prod_1"])
    })

    test("without to-many joins, LIMIT applies directly", async () => {
      const [sql] = qb().leftJoinAndSelect("product.collection", "collection").take(2).getQueryAndParameters()
      assert.ok(!sql.includes("qb_page"))
      assert.match(sql, /LIMIT \$1$/)
      assert.deepEqual(ids(await qb().take(2).skip(1).getMany()), ["prod_2", "prod_3"])
      assert.deepEqual(await qb().take(0).getMany(), [])
    })
  })

  describe("results", () => {
    test("getOne returns the first root with all its joined rows, or null", async () => {
      const one = await qb().leftJoinAndSelect("product.variants", "variant").orderBy("product.title", "ASC").getOne()
      assert.equal(one?.["id"], "prod_1")
      assert.deepEqual(nestedIds([one as Entity], "variants"), [["variant_1", "variant_2"]])
      assert.equal(await qb().where("product.id = :id", { id: "prod_4" }).getOne(), null)
    })

    test("getCount counts distinct roots, ignoring paging", async () => {
      const query = qb().innerJoin("product.variants", "variant").take(1)
      assert.equal(await query.getCount(), 3)
      assert.equal(await qb().getCount(), 4)
      assert.equal(await qb().withDeleted().getCount(), 5)
      assert.equal(await qb().where("product.status = :s", { s: "draft" }).getCount(), 2)
    })

    test("getManyAndCount returns the page and the total", async () => {
      const [page, total] = await qb()
        .leftJoinAndSelect("product.variants", "variant")
        .orderBy("product.created_at", "DESC")
        .take(2)
        .getManyAndCount()
      assert.deepEqual(ids(page), ["prod_5", "prod_3"])
      assert.equal(total, 4)
    })

    test("getRawMany returns one row per joined row, keyed alias_property, limit on rows", async () => {
      const rows = await qb()
        .innerJoinAndSelect("product.variants", "variant")
        .innerJoin("variant.prices", "price")
        .where("product.id = :id", { id: "prod_1" })
        .orderBy("variant.sku", "ASC")
        .getRawMany()
      assert.deepEqual(
        rows.map((row) => [row["product_id"], row["variant_sku"]]),
        [
          ["prod_1", "S-1"],
          ["prod_1", "S-1"],
          ["prod_1", "S-2"],
        ],
      )
      assert.ok(rows[0]?.["product_created_at"] instanceof Date)
      assert.ok(!("price_id" in (rows[0] as Entity)))
      const limited = await qb().innerJoinAndSelect("product.variants", "variant").limit(2).getRawMany()
      assert.equal(limited.length, 2)
    })

    test("values have their JavaScript types: Date, number, parsed JSON, null", async () => {
      const [product] = await qb()
        .innerJoinAndSelect("product.variants", "variant")
        .innerJoinAndSelect("variant.prices", "price")
        .where("product.id = :id", { id: "prod_1" })
        .getMany()
      assert.ok(product?.["created_at"] instanceof Date)
      assert.equal(product?.["rating"], 4.5)
      assert.deepEqual(product?.["metadata"], { origin: "pt" })
      const variant = (product?.["variants"] as Entity[])[0] as Entity
      assert.equal(variant["inventory_quantity"], 3)
      assert.equal(variant["deleted_at"], null)
      assert.ok(variant["updated_at"] instanceof Date)
      assert.equal((variant["prices"] as Entity[])[0]?.["amount"], 1500)
    })
  })
})
