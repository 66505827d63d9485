import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { model } from "../../src/dml/index.js"

describe("model.define", () => {
  it("derives the entity name in PascalCase and keeps the snake name as table", () => {
    const entity = model.define("blog_post", { id: model.id().primaryKey() })
    assert.equal(entity.name, "BlogPost")
    assert.equal(entity.tableName, "blog_post")
  })

  it("uses an explicit tableName, and derives the name from it when no name is given", () => {
    const named = model.define({ name: "order_item", tableName: "order_items" }, { id: model.id().primaryKey() })
    assert.equal(named.name, "OrderItem")
    assert.equal(named.tableName, "order_items")
    const unnamed = model.define({ tableName: "legacy_product_feedback" }, { id: model.id().primaryKey() })
    assert.equal(unnamed.name, "LegacyProductFeedback")
    assert.equal(unnamed.tableName, "legacy_product_feedback")
  })

  it("refuses the implicit timestamp columns as field names", () => {
    assert.throws(
      () =>
        model.define("post", {
          id: model.id().primaryKey(),
          created_at: model.dateTime(),
          deleted_at: model.dateTime(),
        }),
      /Cannot define field\(s\) "created_at, deleted_at" on "Post" as they are implicitly defined on every model/,
    )
  })

  it("refuses relation targets that are not factory functions", () => {
    const Other = model.define("other", { id: model.id().primaryKey() })
    assert.throws(
      () => model.define("post", { id: model.id().primaryKey(), other: model.belongsTo(Other) }),
      /Invalid relationship reference for "Post.other". Make sure to define the relationship using a factory function/,
    )
  })

  it("refuses an empty name", () => {
    assert.throws(() => model.define("", { id: model.id().primaryKey() }), /non-empty name/)
  })
})

describe("property builders", () => {
  it("are immutable: a modifier does not change the builder it was called on", () => {
    const base = model.text()
    const nullable = base.nullable()
    assert.equal(base.config.nullable, false)
    assert.equal(nullable.config.nullable, true)
  })

  it("record modifiers and options", () => {
    const config = model.id({ prefix: "bp" }).primaryKey().searchable().index("IDX_custom").unique().config
    assert.deepEqual(
      {
        kind: config.kind,
        prefix: config.idPrefix,
        pk: config.primaryKey,
        searchable: config.searchable,
        index: config.index,
        unique: config.unique,
      },
      { kind: "id", prefix: "bp", pk: true, searchable: true, index: "IDX_custom", unique: null },
    )
    const withDefault = model.number().default(3).computed().config
    assert.equal(withDefault.hasDefault, true)
    assert.equal(withDefault.defaultValue, 3)
    assert.equal(withDefault.computed, true)
  })

  it("accept enums as a list or a string TypeScript enum, and refuse numeric ones", () => {
    enum Color {
      Red = "red",
      Blue = "blue",
    }
    enum Level {
      Low,
      High,
    }
    assert.deepEqual(model.enum(["a", "b"]).config.enumValues, ["a", "b"])
    assert.deepEqual(model.enum(Color).config.enumValues, ["red", "blue"])
    // Numeric enums are refused by the types too; the cast simulates an untyped caller.
    assert.throws(() => model.enum(Level as unknown as Record<string, string>), /string values only, got: 0, 1/)
    assert.throws(() => model.enum([]), /at least one value/)
  })
})

describe(".cascades()", () => {
  const Post = model.define("post", {
    id: model.id().primaryKey(),
    comments: model.hasMany(() => Note),
    author: model.belongsTo(() => Note),
    title: model.text(),
  })
  const Note = model.define("note", { id: model.id().primaryKey(), post: model.belongsTo(() => Post) })

  it("records parent-to-child cascades", () => {
    Post.cascades({ delete: ["comments"] })
    assert.deepEqual(Post.cascadeDefinition.delete, ["comments"])
  })

  it("refuses child-to-parent cascades, naming the relation and entity", () => {
    assert.throws(
      () => Post.cascades({ delete: ["author"] }),
      new Error(
        'Cannot cascade delete "author" relationship(s) from "Post" entity. Child to parent cascades are not allowed',
      ),
    )
  })

  it("refuses names that are not relations", () => {
    assert.throws(
      () => Post.cascades({ delete: ["title", "nope"] }),
      /Cannot cascade "title, nope" from "Post": not a relation/,
    )
  })
})
