import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { model, resolveModels, type OwningRelationMetadata, type PropertyMetadata } from "../../src/dml/index.js"
import { blogModels } from "./fixtures.js"

const registry = resolveModels(blogModels)
const post = registry.get("BlogPost")
const comment = registry.get("Comment")
const prop = (entity: string, name: string): PropertyMetadata => {
  const found = registry.get(entity).properties.get(name)
  assert.ok(found, `${entity}.${name} exists`)
  return found
}

describe("resolveModels: properties", () => {
  it("maps each builder to its PostgreSQL column type", () => {
    const types = Object.fromEntries([...post.properties.values()].map((p) => [p.name, p.columnType]))
    assert.deepEqual(types, {
      id: "text",
      title: "text",
      slug: "text",
      status: "text",
      views: "integer",
      rating: "real",
      amount: "numeric",
      published: "boolean",
      published_at: "timestamptz",
      metadata: "jsonb",
      keywords: "text[]",
      created_at: "timestamptz",
      updated_at: "timestamptz",
      deleted_at: "timestamptz",
    })
  })

  it("adds the implicit timestamps with their defaults and nullability", () => {
    const stamps = ["created_at", "updated_at", "deleted_at"].map((name) => prop("Tag", name))
    assert.deepEqual(
      stamps.map((p) => [p.nullable, p.defaultSql ?? null, p.implicit]),
      [
        [false, "now()", true],
        [false, "now()", true],
        [true, null, true],
      ],
    )
  })

  it("renders defaults as SQL, json and arrays included", () => {
    assert.equal(prop("BlogPost", "status").defaultSql, "'draft'")
    assert.equal(prop("BlogPost", "views").defaultSql, "0")
    assert.equal(prop("BlogPost", "published").defaultSql, "false")
    assert.equal(prop("BlogPost", "metadata").defaultSql, `'{"source":"import","flags":[]}'::jsonb`)
    assert.equal(prop("BlogPost", "keywords").defaultSql, "'{}'::text[]")
    const Quote = model.define("quote", {
      id: model.id().primaryKey(),
      text: model.text().default("it's"),
      list: model.array().default(["a'b"]),
    })
    const quote = resolveModels([Quote]).get("Quote")
    assert.equal(quote.properties.get("text")?.defaultSql, "'it''s'")
    assert.equal(quote.properties.get("list")?.defaultSql, "ARRAY['a''b']::text[]")
  })

  it("records flags, enum values, primary keys, id prefix and searchable fields", () => {
    assert.deepEqual(post.primaryKeys, ["id"])
    assert.equal(post.idPrefix, "bp")
    assert.deepEqual(prop("BlogPost", "status").enumValues, ["draft", "published"])
    assert.equal(prop("BlogPost", "amount").isBigNumber, true)
    assert.equal(prop("BlogPost", "keywords").isArray, true)
    assert.equal(prop("BlogPost", "slug").unique, true)
    assert.deepEqual(post.searchableFields, ["title"])
    assert.deepEqual(post.linkableKeys, { blog_post_id: "id" })
  })
})

describe("resolveModels: relations", () => {
  it("resolves belongsTo with its foreign key column, exposed as a scalar property", () => {
    const relation = comment.relations.get("blog_post") as OwningRelationMetadata
    assert.deepEqual(
      {
        kind: relation.kind,
        owner: relation.owner,
        target: relation.target,
        fk: relation.foreignKey,
        mappedBy: relation.mappedBy,
        cascade: relation.onDeleteCascade,
      },
      { kind: "belongsTo", owner: true, target: "BlogPost", fk: "blog_post_id", mappedBy: "comments", cascade: true },
    )
    const fk = prop("Comment", "blog_post_id")
    assert.deepEqual([fk.columnType, fk.nullable, fk.foreignKeyOf], ["text", false, "blog_post"])
    const reply = prop("Comment", "parent_comment_id")
    assert.deepEqual([reply.nullable, reply.foreignKeyOf], [true, "reply_to"])
  })

  it("resolves hasMany to the foreign key on the target table", () => {
    assert.deepEqual(post.relations.get("comments"), {
      name: "comments",
      kind: "hasMany",
      owner: false,
      target: "Comment",
      mappedBy: "blog_post",
      nullable: false,
      searchable: false,
      cascadeDelete: true,
      foreignKey: "blog_post_id",
      sourceKey: "id",
    })
    assert.deepEqual(post.cascadeDelete, ["comments"])
  })

  it("pairs an inverse hasOne with the target's belongsTo, which becomes one-to-one", () => {
    const cover = post.relations.get("cover")
    assert.equal(cover?.kind, "hasOne")
    assert.equal(cover?.mappedBy, "blog_post")
    const owning = registry.get("Cover").relations.get("blog_post") as OwningRelationMetadata
    assert.equal(owning.oneToOne, true)
    assert.equal(owning.mappedBy, "cover")
  })

  it("resolves manyToMany with the default pivot table and columns on both sides", () => {
    const tags = post.relations.get("tags")
    const posts = registry.get("Tag").relations.get("posts")
    assert.ok(tags?.kind === "manyToMany" && posts?.kind === "manyToMany")
    assert.deepEqual(
      [tags.owner, tags.pivotTable, tags.joinColumn, tags.inverseJoinColumn, tags.mappedBy],
      [true, "blog_post_tags", "blog_post_id", "tag_id", "posts"],
    )
    assert.deepEqual(
      [posts.owner, posts.pivotTable, posts.joinColumn, posts.inverseJoinColumn, posts.mappedBy],
      [false, "blog_post_tags", "tag_id", "blog_post_id", "tags"],
    )
  })

  it("lets the side that configures the pivot own it", () => {
    const Product = model.define("product", {
      id: model.id().primaryKey(),
      categories: model.manyToMany(() => Category),
    })
    const Category = model.define("category", {
      id: model.id().primaryKey(),
      products: model.manyToMany(() => Product, {
        pivotTable: "product_category",
        joinColumn: "cat_id",
        inverseJoinColumn: "prod_id",
      }),
    })
    const resolved = resolveModels([Product, Category])
    const owning = resolved.get("Category").relations.get("products")
    const inverse = resolved.get("Product").relations.get("categories")
    assert.ok(owning?.kind === "manyToMany" && inverse?.kind === "manyToMany")
    assert.deepEqual([owning.owner, owning.pivotTable, owning.joinColumn], [true, "product_category", "cat_id"])
    assert.deepEqual(
      [inverse.owner, inverse.pivotTable, inverse.joinColumn, inverse.inverseJoinColumn],
      [false, "product_category", "prod_id", "cat_id"],
    )
  })

  it("resolves a self-referencing hasMany/belongsTo pair", () => {
    const Category = model.define("category", {
      id: model.id().primaryKey(),
      parent: model.belongsTo(() => Category).nullable(),
      children: model.hasMany(() => Category),
    })
    const meta = resolveModels([Category]).get("Category")
    assert.deepEqual(meta.relations.get("children")?.mappedBy, "parent")
    assert.deepEqual(meta.relations.get("parent")?.mappedBy, "children")
    assert.equal(meta.properties.get("parent_id")?.nullable, true)
  })
})

describe("resolveModels: indexes", () => {
  it("names indexes IDX_<table>_<columns>, partial on live rows by default", () => {
    const byName = Object.fromEntries(
      post.indexes.map((index) => [index.name, [index.columns.join(","), index.unique, index.where ?? null]]),
    )
    assert.deepEqual(byName, {
      IDX_blog_post_slug_unique: ["slug", true, "deleted_at IS NULL"],
      IDX_blog_post_status_views: ["status,views", false, `"status" = 'published' AND deleted_at IS NULL`],
      IDX_blog_post_title_unique: ["title", true, null],
      IDX_blog_post_deleted_at: ["deleted_at", false, "deleted_at IS NULL"],
    })
  })

  it("indexes foreign keys, uniquely for one-to-one", () => {
    assert.deepEqual(
      comment.indexes.map((index) => index.name),
      ["IDX_comment_blog_post_id", "IDX_comment_parent_comment_id", "IDX_comment_deleted_at"],
    )
    const cover = registry.get("Cover").indexes.find((index) => index.name === "IDX_post_cover_blog_post_id_unique")
    assert.equal(cover?.unique, true)
  })

  it("compiles string and object where clauses", () => {
    const User = model
      .define("user", {
        id: model.id().primaryKey(),
        email: model.text(),
        kind: model.text(),
        age: model.number().nullable(),
      })
      .indexes([
        { on: ["email"], where: "kind = 'admin'" },
        { on: ["kind"], where: "deleted_at IS NOT NULL" },
        { on: ["age"], where: { age: { $ne: null }, kind: "x" }, name: "IDX_custom", type: "BTREE" },
        { on: ["email", "kind"], unique: true, where: { deleted_at: null } },
      ])
    const indexes = resolveModels([User]).get("User").indexes
    assert.deepEqual(
      indexes.map((index) => [index.name, index.where, index.type]),
      [
        ["IDX_user_email", "kind = 'admin' AND deleted_at IS NULL", undefined],
        ["IDX_user_kind", "deleted_at IS NOT NULL", undefined],
        ["IDX_custom", `"age" IS NOT NULL AND "kind" = 'x' AND deleted_at IS NULL`, "BTREE"],
        ["IDX_user_email_kind_unique", `"deleted_at" IS NULL`, undefined],
        ["IDX_user_deleted_at", "deleted_at IS NULL", undefined],
      ],
    )
  })

  it("refuses indexes on unknown fields", () => {
    const User = model.define("user", { id: model.id().primaryKey() }).indexes([{ on: ["email", "id"] }])
    assert.throws(() => resolveModels([User]), /Cannot apply indexes on fields \(email\) for model User/)
  })
})

describe("resolveModels: validation", () => {
  it("refuses a relation whose target was not passed", () => {
    assert.throws(
      () => resolveModels(blogModels.slice(0, 2)),
      /Relation "BlogPost.tags" targets "Tag", which is not among the resolved models/,
    )
  })

  it("refuses a hasMany without a belongsTo back", () => {
    const Author = model.define("author", { id: model.id().primaryKey(), books: model.hasMany(() => Book) })
    const Book = model.define("book", { id: model.id().primaryKey() })
    assert.throws(
      () => resolveModels([Author, Book]),
      /"Author.books": cannot find the belongsTo relation on "Book" that points back to "Author" \(none exists\)/,
    )
  })

  it("refuses a mappedBy naming no inverse relation", () => {
    const Author = model.define("author", { id: model.id().primaryKey() })
    const Book = model.define("book", {
      id: model.id().primaryKey(),
      author: model.belongsTo(() => Author, { mappedBy: "books" }),
    })
    assert.throws(
      () => resolveModels([Author, Book]),
      /"Book.author": mappedBy "books" must name a hasMany or hasOne relation on "Author"/,
    )
  })

  it("refuses a model without a primary key, and a thunk that returns something else", () => {
    assert.throws(
      () => resolveModels([model.define("loose", { name: model.text() })]),
      /Model "Loose" has no primary key/,
    )
    const Broken = model.define("broken", { id: model.id().primaryKey(), other: model.belongsTo(() => "Other") })
    assert.throws(() => resolveModels([Broken]), /Invalid relationship reference for "Broken.other"/)
  })

  it("refuses a foreign key that collides with a declared field", () => {
    const Author = model.define("author", { id: model.id().primaryKey() })
    const Book = model.define("book", {
      id: model.id().primaryKey(),
      author_id: model.text(),
      author: model.belongsTo(() => Author),
    })
    assert.throws(
      () => resolveModels([Author, Book]),
      /"Book.author" needs the foreign key "author_id", which is already defined/,
    )
  })

  it("refuses pivot options on both sides of a manyToMany, and two models on one table", () => {
    const A = model.define("a", { id: model.id().primaryKey(), bs: model.manyToMany(() => B, { pivotTable: "ab" }) })
    const B = model.define("b", { id: model.id().primaryKey(), as: model.manyToMany(() => A, { pivotTable: "ab" }) })
    assert.throws(() => resolveModels([A, B]), /may be set on one side of a manyToMany only/)
    const C = model.define({ name: "c", tableName: "shared" }, { id: model.id().primaryKey() })
    const D = model.define({ name: "d", tableName: "shared" }, { id: model.id().primaryKey() })
    assert.throws(() => resolveModels([C, D]), /Models "C" and "D" both use the table "shared"/)
  })
})
