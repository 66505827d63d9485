// Module service reads run as prepared statements: one text per shape of call, parsed and planned
// once per connection, with the same answers for any values; the pool prepares a bounded number.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { MAX_PREPARED_STATEMENTS } from "../../src/database/pool.js"
import type { Manager } from "../../src/database/manager.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import { recording } from "../query/support.js"
import BlogModule from "./fixtures/blog/index.js"
import type { BlogModuleService } from "./fixtures/blog/service.js"

type Post = { id: string; title: string; views: number; comments?: { body: string }[] }

/** How many times the connection of `tm` holds `sql` as a prepared statement. */
async function preparedOnConnection(tm: Manager, sql: string): Promise<number> {
  const [row] = await tm.query<{ n: number }>(
    "select count(*)::int as n from pg_prepared_statements where statement = $1",
    [sql],
  )
  return row?.n ?? -1
}

const titles = (posts: Post[]) => posts.map((post) => post.title)

describe("prepared module service reads", () => {
  let app: TestApp
  let blog: BlogModuleService
  before(async () => {
    app = await createTestApp({ modules: [BlogModule] })
    blog = app.container.resolve<BlogModuleService>("blog")
    await blog.createBlogPosts([
      { title: "Low", views: 1, comments: [{ body: "first" }] },
      { title: "Mid", views: 50, comments: [{ body: "second" }, { body: "third" }] },
      { title: "High", views: 500 },
    ])
  })
  after(() => app?.close())

  test("list, listAndCount and count: one prepared text per shape, the same answers for any values", async () => {
    const call = (min: number) =>
      blog.listAndCountBlogPosts(
        { views: { $gte: min } },
        { relations: ["comments"], order: { views: "ASC" }, take: 10 },
      ) as Promise<[Post[], number]>
    const [[posts, count], statements] = await recording(app, () => call(10))
    assert.deepEqual(titles(posts), ["Mid", "High"])
    assert.equal(count, 2)
    assert.deepEqual(
      posts[0]?.comments?.map((comment) => comment.body),
      ["second", "third"],
    )
    assert.equal(statements.length, 2)
    for (const statement of statements) {
      assert.match(app.database.pool.preparedName(statement.sql) ?? "", /^stratum_\d+$/, statement.sql)
    }

    // More calls than PostgreSQL's five custom plans, on one connection: a generic plan must not
    // change any answer.
    const expected: Record<number, string[]> = { 0: ["Low", "Mid", "High"], 10: ["Mid", "High"], 100: ["High"] }
    await app.manager.transaction(async (tm) => {
      for (let i = 0; i < 9; i++) {
        const min = [0, 10, 100][i % 3]!
        const [page, total] = await call(min)
        assert.deepEqual(titles(page), expected[min])
        assert.equal(total, expected[min]!.length)
      }
      for (const statement of statements) assert.equal(await preparedOnConnection(tm, statement.sql), 1)
    })
  })

  test("select-in relation loads and retrieve are prepared as well", async () => {
    const [posts, statements] = await recording(
      app,
      () =>
        blog.listBlogPosts(
          { title: ["Low", "Mid"] },
          { relations: ["comments"], relationLoadStrategy: "select-in", order: { title: "ASC" } },
        ) as Promise<Post[]>,
    )
    assert.deepEqual(
      posts.map((post) => [post.title, post.comments?.length]),
      [
        ["Low", 1],
        ["Mid", 2],
      ],
    )
    assert.equal(statements.length, 2)
    assert.match(statements[1]?.sql ?? "", /= ANY\(\$1\)/)
    const [post, retrieved] = await recording(app, () => blog.retrieveBlogPost(posts[0]!.id) as Promise<Post>)
    assert.equal(post.title, "Low")
    for (const statement of [...statements, ...retrieved]) {
      assert.ok(app.database.pool.preparedName(statement.sql), `not prepared: ${statement.sql}`)
    }
  })

  test("writes and raw manager.query statements are not prepared", async () => {
    const [, statements] = await recording(app, async () => {
      const [created] = await blog.createBlogPosts([{ title: "Temp" }])
      await blog.deleteBlogPosts([created!.id])
      await app.manager.query("select count(*) from blog_post where views > $1", [1])
    })
    assert.ok(statements.length >= 3)
    for (const statement of statements) assert.equal(app.database.pool.preparedName(statement.sql), undefined)
  })

  test(`a pool prepares at most ${MAX_PREPARED_STATEMENTS} texts: later shapes run unprepared, with the same answers`, async () => {
    const pool = app.database.pool
    for (let i = 0; i < MAX_PREPARED_STATEMENTS; i++) pool.prepare(`select ${i}`)
    const [posts, statements] = await recording(
      app,
      () => blog.listBlogPosts({ title: { $ilike: "%i%" } }, { order: { views: "DESC" } }) as Promise<Post[]>,
    )
    assert.deepEqual(titles(posts), ["High", "Mid"])
    assert.equal(pool.preparedName(statements[0]?.sql ?? ""), undefined)
    // Texts prepared before the limit keep their names.
    assert.match(pool.preparedName("select 0") ?? "", /^stratum_\d+$/)
    const [again] = await recording(app, () => blog.listBlogPosts({ title: "Low" }) as Promise<Post[]>)
    assert.deepEqual(titles(again), ["Low"])
  })
})
