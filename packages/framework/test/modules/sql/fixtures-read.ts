import assert from "node:assert/strict"
import { MikroORM } from "@mikro-orm/postgresql"
import { after, before } from "node:test"
import { model, resolveModels, toEntitySchemas, type ModelRegistry } from "../../../src/dml/index.js"
import { MedusaError } from "../../../src/errors/medusa-error.js"
import type { SqlContext } from "../../../src/modules/sql/types.js"
import { createTestApp, type TestApp } from "../../../src/testing/create-test-app.js"

/** Authors write posts; posts have comments (by authors), tags (many-to-many) and a cover. */
export const Author = model.define("author", {
  id: model.id({ prefix: "au" }).primaryKey(),
  name: model.text().searchable(),
  email: model.text().nullable(),
  posts: model.hasMany(() => Post, { mappedBy: "author" }).searchable(),
})

export const Post = model.define("post", {
  id: model.id({ prefix: "p" }).primaryKey(),
  title: model.text().searchable(),
  status: model.enum(["draft", "published"]).default("draft"),
  views: model.number().default(0),
  rating: model.float().nullable(),
  amount: model.bigNumber().nullable(),
  published: model.boolean().default(false),
  published_at: model.dateTime().nullable(),
  metadata: model.json().default({}),
  keywords: model.array().default([]),
  author: model
    .belongsTo(() => Author, { mappedBy: "posts" })
    .nullable()
    .searchable(),
  comments: model.hasMany(() => Comment, { mappedBy: "post" }).searchable(),
  tags: model.manyToMany(() => Tag, { mappedBy: "posts" }),
  cover: model.hasOne(() => Cover, { mappedBy: "post" }),
})

export const Comment = model.define("comment", {
  id: model.id({ prefix: "c" }).primaryKey(),
  body: model.text().searchable(),
  post: model.belongsTo(() => Post, { mappedBy: "comments" }),
  author: model.belongsTo(() => Author).nullable(),
})

export const Tag = model.define("tag", {
  id: model.id({ prefix: "t" }).primaryKey(),
  name: model.text(),
  posts: model.manyToMany(() => Post, { mappedBy: "tags" }),
})

export const Cover = model.define("cover", {
  id: model.id({ prefix: "cv" }).primaryKey(),
  url: model.text(),
  post: model.belongsTo(() => Post, { mappedBy: "cover" }),
})

export const readModels = [Author, Post, Comment, Tag, Cover]

const DELETED = "2024-06-01T00:00:00Z"

/** Seed rows; ids sort in insertion order. Soft-deleted: au_3, p_4, c_3, c_5, t_3, cv_2. */
function seedStatements(registry: ModelRegistry): string[] {
  const tags = registry.get("Post").relations.get("tags")
  if (tags?.kind !== "manyToMany") throw new Error("Post.tags must be many-to-many")
  return [
    `insert into author (id, name, email, deleted_at) values
      ('au_1', 'Alice Smith', 'alice@example.com', null),
      ('au_2', 'Bob Jones', null, null),
      ('au_3', 'Carol Gone', null, '${DELETED}')`,
    `insert into post (id, title, status, views, rating, amount, published, published_at, metadata, keywords, author_id, created_at, deleted_at) values
      ('p_1', 'Hello world', 'published', 10, 4.5, 12.5, true, '2024-01-02T03:04:05.678Z', '{"source":"import","n":1}', '{a,b}', 'au_1', '2024-01-01T00:00:00Z', null),
      ('p_2', 'Second post', 'draft', 5, null, null, false, null, '{}', '{b}', 'au_2', '2024-01-02T00:00:00Z', null),
      ('p_3', 'Third thing', 'published', 20, 3.25, 100, true, '2024-03-01T00:00:00Z', '{"source":"api"}', '{}', 'au_3', '2024-01-03T00:00:00Z', null),
      ('p_4', 'Deleted post', 'draft', 1, null, null, false, null, '{}', '{}', 'au_1', '2024-01-04T00:00:00Z', '${DELETED}'),
      ('p_5', '50% off_sale', 'draft', 0, null, null, false, null, '{}', '{}', null, '2024-01-05T00:00:00Z', null)`,
    `insert into comment (id, body, post_id, author_id, deleted_at) values
      ('c_1', 'great post', 'p_1', 'au_2', null),
      ('c_2', 'hello there', 'p_1', 'au_1', null),
      ('c_3', 'spam', 'p_1', null, '${DELETED}'),
      ('c_4', 'meh', 'p_2', 'au_3', null),
      ('c_5', 'orphan', 'p_4', 'au_1', '${DELETED}')`,
    `insert into tag (id, name, deleted_at) values ('t_1', 'news', null), ('t_2', 'tech', null), ('t_3', 'old', '${DELETED}')`,
    `insert into "${tags.pivotTable}" ("${tags.joinColumn}", "${tags.inverseJoinColumn}") values
      ('p_1', 't_1'), ('p_1', 't_2'), ('p_1', 't_3'), ('p_2', 't_2'), ('p_4', 't_1')`,
    `insert into cover (id, url, post_id, deleted_at) values ('cv_1', 'https://img/1.png', 'p_1', null), ('cv_2', 'https://img/2.png', 'p_2', '${DELETED}')`,
  ]
}

export interface ReadFixture {
  app: TestApp
  registry: ModelRegistry
  ctx: SqlContext
  /** SQL of every statement sent while `fn` runs. */
  statements<T>(fn: () => Promise<T>): Promise<[T, string[]]>
}

/**
 * Registers before/after hooks that create a test app with the read models' tables and the seed
 * rows; the returned object is filled in once `before` has run.
 */
export function useReadFixture(): ReadFixture {
  const fixture = {} as ReadFixture
  before(async () => {
    const registry = resolveModels(readModels)
    const app = await createTestApp()
    const orm = await MikroORM.init({ entities: toEntitySchemas(registry), clientUrl: app.databaseUrl })
    try {
      await orm.schema.create()
    } finally {
      await orm.close(true)
    }
    for (const sql of seedStatements(registry)) await app.manager.query(sql)
    fixture.app = app
    fixture.registry = registry
    fixture.ctx = { runner: app.manager.runner, registry }
    fixture.statements = async (fn) => {
      const seen: string[] = []
      const unsubscribe = app.database.monitor.subscribe((event) => seen.push(event.sql))
      try {
        return [await fn(), seen]
      } finally {
        unsubscribe()
      }
    }
  })
  after(async () => {
    await fixture.app?.close()
  })
  return fixture
}

/**
 * Asserts that `fn` fails with an `invalid_data` MedusaError whose message equals (string) or
 * matches (RegExp) `expected`.
 */
export async function assertInvalid(fn: () => unknown, expected: string | RegExp): Promise<void> {
  await assert.rejects(
    async () => fn(),
    (error: unknown) => {
      assert.ok(MedusaError.isMedusaError(error), `expected a MedusaError, got ${String(error)}`)
      assert.equal(error.type, "invalid_data")
      if (typeof expected === "string") assert.equal(error.message, expected)
      else assert.match(error.message, expected)
      return true
    },
  )
}

/** Ids of rows, in order. */
export const ids = (rows: readonly Record<string, unknown>[]): unknown[] => rows.map((row) => row["id"])
