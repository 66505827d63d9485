import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { EntityName } from "@mikro-orm/core"
import { MikroORM } from "@mikro-orm/postgresql"
import { resolveModels, toEntitySchemas, type DmlEntitySchema } from "../../src/dml/index.js"
import { createTestDatabase, type TestDatabase } from "./database.js"
import { blogModels } from "./fixtures.js"

type Row = Record<string, unknown>

const schemas = toEntitySchemas(resolveModels(blogModels))
const schema = (name: string): DmlEntitySchema => {
  const found = schemas.find((candidate) => candidate.meta.className === name)
  assert.ok(found, `schema ${name}`)
  return found
}
/** MikroORM 7 types no longer accept string entity names, but its metadata still resolves class names. */
const byName = (name: string): EntityName<Row> => name as unknown as EntityName<Row>

let db: TestDatabase
let orm: MikroORM

before(async () => {
  db = await createTestDatabase("orm")
  orm = await MikroORM.init({ entities: schemas, clientUrl: db.url })
  await orm.schema.create()
})

after(async () => {
  await orm?.close(true)
  await db?.drop()
})

describe("toEntitySchemas: DDL", () => {
  let sql: string
  before(async () => {
    sql = await orm.schema.getCreateSchemaSQL()
  })

  it("creates each table with its columns, types, defaults and timestamps", () => {
    assert.match(
      sql,
      /create table "blog_post" \("id" text not null, "title" text not null, "slug" text not null, "status" text not null default 'draft', "views" integer not null default 0, "rating" real null, "amount" numeric null, "published" boolean not null default false, "published_at" timestamptz null, "metadata" jsonb not null default '\{"source":"import","flags":\[\]\}', "keywords" text\[\] not null default '\{\}', "created_at" timestamptz not null default now\(\), "updated_at" timestamptz not null default now\(\), "deleted_at" timestamptz null, primary key \("id"\)\);/,
    )
    assert.match(sql, /create table "post_cover" \(/)
    assert.match(
      sql,
      /create table "blog_post_tags" \("blog_post_id" text not null, "tag_id" text not null, primary key \("blog_post_id", "tag_id"\)\);/,
    )
  })

  it("adds a check constraint for enums", () => {
    assert.match(sql, /add constraint "blog_post_status_check" check \("status" in \('draft', 'published'\)\)/)
  })

  it("adds foreign keys with cascade, set null and no action rules", () => {
    assert.match(
      sql,
      /foreign key \("blog_post_id"\) references "blog_post" \("id"\) on update cascade on delete cascade/,
    )
    assert.match(
      sql,
      /foreign key \("parent_comment_id"\) references "comment" \("id"\) on update cascade on delete set null/,
    )
    assert.match(
      sql,
      /"post_cover" add constraint "post_cover_blog_post_id_foreign" foreign key \("blog_post_id"\) references "blog_post" \("id"\) on update cascade on delete no action/,
    )
  })

  it("creates partial indexes on live rows, and a plain unique constraint for where: null", () => {
    assert.match(
      sql,
      /create unique index "IDX_blog_post_slug_unique" on "blog_post" \("slug"\) where deleted_at IS NULL;/,
    )
    assert.match(
      sql,
      /create index "IDX_blog_post_status_views" on "blog_post" \("status", "views"\) where "status" = 'published' AND deleted_at IS NULL;/,
    )
    assert.match(sql, /alter table "blog_post" add constraint "IDX_blog_post_title_unique" unique \("title"\);/)
    assert.match(
      sql,
      /create index "IDX_comment_blog_post_id" on "comment" \("blog_post_id"\) where deleted_at IS NULL;/,
    )
    assert.match(
      sql,
      /create unique index "IDX_post_cover_blog_post_id_unique" on "post_cover" \("blog_post_id"\) where deleted_at IS NULL;/,
    )
  })

  it("creates the partial indexes in the database as partial", async () => {
    const rows = await orm.em
      .getConnection()
      .execute<{ indexdef: string }[]>("select indexdef from pg_indexes where indexname = 'IDX_blog_post_slug_unique'")
    assert.equal(
      rows[0]?.indexdef,
      'CREATE UNIQUE INDEX "IDX_blog_post_slug_unique" ON public.blog_post USING btree (slug) WHERE (deleted_at IS NULL)',
    )
  })
})

describe("toEntitySchemas: entity manager", () => {
  it("generates prefixed ids and applies defaults on create", async () => {
    const em = orm.em.fork()
    const post = em.create(schema("BlogPost"), { title: "Hello", slug: "hello", amount: 12.5 })
    await em.flush()
    assert.match(String(post["id"]), /^bp_[0-9A-Z]{26}$/)
    const [row] = await em.fork().find(schema("BlogPost"), { id: post["id"] })
    assert.deepEqual(
      [row?.["status"], row?.["views"], row?.["published"], row?.["metadata"], row?.["keywords"], row?.["amount"]],
      ["draft", 0, false, { source: "import", flags: [] }, [], 12.5],
    )
    assert.ok(row?.["created_at"] instanceof Date)
    assert.equal(row?.["deleted_at"], null)
  })

  it("gives every created row its own copy of an object default", async () => {
    const em = orm.em.fork()
    const a = em.create(schema("BlogPost"), { title: "A", slug: "a" })
    const b = em.create(schema("BlogPost"), { title: "B", slug: "b" })
    assert.notEqual(a["metadata"], b["metadata"])
    await em.flush()
    assert.deepEqual(b["metadata"], { source: "import", flags: [] })
  })

  it("sets relations through their foreign key and loads them back", async () => {
    const em = orm.em.fork()
    const post = em.create(schema("BlogPost"), { title: "Rel", slug: "rel" })
    await em.flush()
    em.create(schema("Comment"), { body: "first", blog_post_id: post["id"] })
    const tag = em.create(schema("Tag"), { name: "news" })
    await em.flush()
    await em
      .getConnection()
      .execute("insert into blog_post_tags (blog_post_id, tag_id) values (?, ?)", [post["id"], tag["id"]])
    const [loaded] = await orm.em.fork().find(schema("BlogPost"), { id: post["id"] }, { populate: ["*"] })
    const items = (collection: unknown): Row[] => (collection as { getItems(): Row[] }).getItems()
    assert.deepEqual(
      items(loaded?.["comments"]).map((c) => c["body"]),
      ["first"],
    )
    assert.deepEqual(
      items(loaded?.["tags"]).map((t) => t["name"]),
      ["news"],
    )
    assert.match(String(items(loaded?.["tags"])[0]?.["id"]), /^tag_/)
  })

  it("rejects enum values outside the list", async () => {
    await assert.rejects(
      orm.em
        .getConnection()
        .execute("insert into blog_post (id, title, slug, status) values ('x1', 't', 'bad-status', 'archived')"),
      /blog_post_status_check/,
    )
  })

  it("enforces unique indexes among live rows only", async () => {
    const conn = orm.em.getConnection()
    await conn.execute("insert into blog_post (id, title, slug) values ('u1', 'u1', 'same')")
    await assert.rejects(
      conn.execute("insert into blog_post (id, title, slug) values ('u2', 'u2', 'same')"),
      /IDX_blog_post_slug_unique/,
    )
    await conn.execute("update blog_post set deleted_at = now() where id = 'u1'")
    await conn.execute("insert into blog_post (id, title, slug) values ('u2', 'u2', 'same')")
  })

  it("hides soft-deleted rows from reads unless withDeleted", async () => {
    const em = orm.em.fork()
    const visible = await em.find(schema("BlogPost"), { slug: "same" })
    assert.deepEqual(
      visible.map((row) => row["id"]),
      ["u2"],
    )
    const all = await em.find(
      schema("BlogPost"),
      { slug: "same" },
      { filters: { softDeletable: { withDeleted: true } }, orderBy: { id: "asc" } },
    )
    assert.deepEqual(
      all.map((row) => row["id"]),
      ["u1", "u2"],
    )
  })

  it("hard-deletes by entity name, cascading to children through the foreign key", async () => {
    const em = orm.em.fork()
    const post = em.create(schema("BlogPost"), { title: "Gone", slug: "gone" })
    await em.flush()
    const child = em.create(schema("Comment"), { body: "bye", blog_post_id: post["id"] })
    await em.flush()
    assert.equal(await em.nativeDelete(byName("BlogPost"), { id: post["id"] }), 1)
    const left = await em.getConnection().execute("select id from comment where id = ?", [child["id"]])
    assert.equal(left.length, 0)
  })

  it("hard-deletes soft-deleted rows too (the soft-delete filter applies to reads only)", async () => {
    const em = orm.em.fork()
    assert.equal(await em.nativeDelete(byName("BlogPost"), { id: "u1" }), 1)
  })
})
