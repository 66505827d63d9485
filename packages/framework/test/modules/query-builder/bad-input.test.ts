import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { assertInvalid, useProductFixture } from "./fixtures/harness.js"

const PRODUCT_PROPERTIES =
  "id, title, description, status, rating, metadata, collection_id, created_at, updated_at, deleted_at"

describe("createQueryBuilder: bad input is invalid_data naming what was wrong and what is allowed", () => {
  const fixture = useProductFixture()
  const qb = () => fixture.repository.createQueryBuilder("product")

  test("an unknown alias in a fragment", async () => {
    await assertInvalid(
      () => qb().innerJoin("product.variants", "variant").where("prod.title = :t", { t: "x" }).getMany(),
      `Unknown alias "prod" in query fragment "prod.title = :t"; known aliases: product, variant`,
    )
  })

  test("an unknown property in a fragment", async () => {
    await assertInvalid(
      () => qb().where("product.titel ILIKE :s", { s: "%a%" }).getMany(),
      `Unknown property "titel" of alias "product" (Product) in query fragment "product.titel ILIKE :s"; known properties: ${PRODUCT_PROPERTIES}`,
    )
  })

  test("a relation used as a property says to join it", async () => {
    await assertInvalid(
      () => qb().where("product.variants IS NULL").getCount(),
      /^Unknown property "variants" of alias "product" \(Product\) in query fragment "product.variants IS NULL" \("variants" is a relation: join it, e\.g\. leftJoin\("product\.variants", "variants"\)\)/,
    )
  })

  test("a missing :param, with the parameters that were given", async () => {
    await assertInvalid(
      () =>
        qb()
          .innerJoin("product.variants", "variant")
          .where("variant.inventory_quantity < :threshold", { treshold: 5 })
          .getMany(),
      `Missing value for parameter ":threshold" in query fragment "variant.inventory_quantity < :threshold"; given parameters: :treshold`,
    )
    await assertInvalid(
      () => qb().where("product.id = :id").getOne(),
      `Missing value for parameter ":id" in query fragment "product.id = :id"; given parameters: none`,
    )
  })

  test("a relation path that does not exist", async () => {
    await assertInvalid(
      () => qb().innerJoinAndSelect("product.variantz", "variant").getMany(),
      `Unknown relation "variantz" of alias "product" (Product) in join path "product.variantz"; known relations: variants, tags, collection`,
    )
    await assertInvalid(
      () =>
        qb().innerJoinAndSelect("product.variants", "variant").innerJoinAndSelect("variant.price", "price").getMany(),
      `Unknown relation "price" of alias "variant" (ProductVariant) in join path "variant.price"; known relations: product, prices`,
    )
  })

  test("a join path from an unknown alias, or not of the form alias.relation", async () => {
    await assertInvalid(
      () => qb().innerJoinAndSelect("variant.prices", "price").getMany(),
      `Unknown alias "variant" in join path "variant.prices"; known aliases: product`,
    )
    await assertInvalid(
      () => qb().leftJoin("variants", "variant").getMany(),
      `Join path "variants" must be "<alias>.<relation>", e.g. "product.variants"; known aliases: product`,
    )
  })

  test("an alias used twice, or not an identifier", async () => {
    await assertInvalid(
      () => qb().leftJoin("product.variants", "product").getMany(),
      `Alias "product" is already used in this query; aliases in use: product`,
    )
    await assertInvalid(
      () => fixture.repository.createQueryBuilder("p; drop table products").getMany(),
      `Invalid alias "p; drop table products": use letters, digits and underscores, starting with a letter`,
    )
  })

  test("selecting a join under a join that is not selected", async () => {
    await assertInvalid(
      () => qb().innerJoin("product.variants", "variant").innerJoinAndSelect("variant.prices", "price").getMany(),
      `Cannot select "price" (join path "variant.prices"): its parent alias "variant" is joined without select; use innerJoinAndSelect/leftJoinAndSelect for "variant" too`,
    )
  })

  test("an alias used in a join condition before it is joined", async () => {
    await assertInvalid(
      () =>
        qb().leftJoin("product.variants", "variant", "price.amount > 1").leftJoin("variant.prices", "price").getMany(),
      `Unknown alias "price" in query fragment "price.amount > 1"; known aliases: product, variant`,
    )
  })

  test("orderBy: unknown field, not alias.property, bad direction or nulls", async () => {
    await assertInvalid(
      () => qb().orderBy("product.name", "ASC").getMany(),
      `Unknown property "name" of alias "product" (Product) in orderBy("product.name"); known properties: ${PRODUCT_PROPERTIES}`,
    )
    await assertInvalid(
      () => qb().orderBy("created_at", "DESC").getMany(),
      `orderBy expects "alias.property", e.g. "product.created_at"; got string "created_at"`,
    )
    await assertInvalid(
      () =>
        qb()
          .orderBy("product.title", "DESC; drop table products" as "DESC")
          .getMany(),
      `Invalid order direction string "DESC; drop table products" for "product.title"; allowed: ASC, DESC`,
    )
    await assertInvalid(
      () =>
        qb()
          .orderBy("product.title", "ASC", "NULLS MIDDLE" as "NULLS LAST")
          .getMany(),
      `Invalid nulls order string "NULLS MIDDLE" for "product.title"; allowed: NULLS FIRST, NULLS LAST`,
    )
  })

  test(":...list needs a non-empty array", async () => {
    await assertInvalid(
      () => qb().where("product.id IN (:...ids)", { ids: "prod_1" }).getMany(),
      `Parameter ":...ids" in query fragment "product.id IN (:...ids)" expects an array, got string "prod_1"`,
    )
    await assertInvalid(
      () => qb().where("product.id IN (:...ids)", { ids: [] }).getMany(),
      `Parameter ":...ids" in query fragment "product.id IN (:...ids)" is an empty array, and "IN ()" is not valid SQL; write "= ANY(:ids)", which accepts an empty array`,
    )
  })

  test("positional parameters, unterminated literals and empty conditions", async () => {
    await assertInvalid(
      () => qb().where("product.id = $1").getMany(),
      `Positional parameter "$1" is not allowed; use :named parameters in query fragment "product.id = $1"`,
    )
    await assertInvalid(
      () => qb().where("product.title = 'open").getMany(),
      `Unterminated string literal in query fragment "product.title = 'open"`,
    )
    await assertInvalid(
      () => qb().where("  ").getMany(),
      `Expected a SQL condition string such as "product.title ILIKE :search", got "  "`,
    )
    await assertInvalid(
      () => qb().where("public.product.title = :t", { t: "x" }).getMany(),
      `"public.product." has too many parts; write alias.property in query fragment "public.product.title = :t"`,
    )
  })

  test("paging needs non-negative integers; parameters need an object", async () => {
    await assertInvalid(() => qb().take(-1).getMany(), `take() expects a non-negative integer, got number -1`)
    await assertInvalid(() => qb().skip(1.5).getMany(), `skip() expects a non-negative integer, got number 1.5`)
    await assertInvalid(
      () => qb().limit(Number.NaN).getMany(),
      `limit() expects a non-negative integer, got number NaN`,
    )
    await assertInvalid(
      () =>
        qb()
          .where("product.id = :id", ["prod_1"] as unknown as Record<string, unknown>)
          .getMany(),
      `Query parameters must be an object such as { search: "%shirt%" }, got array ["prod_1"]`,
    )
  })

  test("bad input sends no statement", async () => {
    const [, statements] = await fixture.statements(async () => {
      await qb()
        .where("product.nope = 1")
        .getMany()
        .catch(() => undefined)
      await qb()
        .innerJoin("product.nope", "x")
        .getCount()
        .catch(() => undefined)
    })
    assert.equal(statements.length, 0)
  })
})
