import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import type { StatementEvent } from "../../src/database/statement-monitor.js"
import { MedusaError } from "../../src/errors/medusa-error.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import BlogModule from "./fixtures/blog/index.js"
import type { BlogModuleService } from "./fixtures/blog/service.js"

function record(app: TestApp): { statements: StatementEvent[]; stop: () => void } {
  const statements: StatementEvent[] = []
  const stop = app.database.monitor.subscribe((event) => statements.push(event))
  return { statements, stop }
}

describe("the guide's blog service", () => {
  let app: TestApp
  let blog: BlogModuleService
  before(async () => {
    app = await createTestApp({ modules: [BlogModule] })
    blog = app.container.resolve<BlogModuleService>("blog")
  })
  after(() => app?.close())
  beforeEach(async () => {
    await app.manager.query(
      "delete from comment; delete from blog_post_categories; delete from blog_post; delete from author; delete from category",
    )
  })

  test("generates Medusa's eight methods per model, pluralized", () => {
    for (const name of [
      "retrieveBlogPost",
      "listBlogPosts",
      "listAndCountBlogPosts",
      "createBlogPosts",
      "updateBlogPosts",
      "deleteBlogPosts",
      "softDeleteBlogPosts",
      "restoreBlogPosts",
      "listCategories",
      "createCategories",
      "retrieveCategory",
    ]) {
      assert.equal(typeof (blog as unknown as Record<string, unknown>)[name], "function", name)
    }
  })

  test("create mirrors its input's shape and returns plain objects", async () => {
    const one = await blog.createBlogPosts({ title: "One" })
    assert.match(one.id, /^bp_[0-9A-Z]{26}$/)
    assert.equal(Object.getPrototypeOf(one), Object.prototype)
    assert.equal(one.published, false)
    assert.ok(one.created_at instanceof Date)
    const many = await blog.createBlogPosts([{ title: "Two" }, { title: "Three" }])
    assert.deepEqual(
      many.map((post) => post.title),
      ["Two", "Three"],
    )
    assert.deepEqual(await blog.createBlogPosts([]), [])
  })

  test("findBlogPost retrieves with the author; a missing id is NOT_FOUND with Medusa's message", async () => {
    const author = await blog.createAuthors({ name: "Ada" })
    const post = await blog.createBlogPosts({ title: "Hello", author_id: author.id })
    const found = await blog.findBlogPost(post.id)
    assert.equal(found.author?.name, "Ada")
    const error = await blog.findBlogPost("bp_missing").catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(error))
    assert.equal(error.type, "not_found")
    assert.equal(error.message, "BlogPost with id: bp_missing was not found")
  })

  test("publishPost runs in one transaction (BEGIN ... COMMIT) and returns the updated post", async () => {
    const post = await blog.createBlogPosts({ title: "Draft" })
    const { statements, stop } = record(app)
    const published = await blog.publishPost(post.id)
    stop()
    assert.equal(published.published, true)
    assert.ok(published.published_at instanceof Date)
    const sql = statements.map((s) => s.sql.trim().split(/\s+/)[0]?.toLowerCase())
    assert.equal(sql[0], "begin")
    assert.equal(sql.at(-1), "commit")
  })

  test("getPaginatedPosts pages newest first and counts with { count: true }", async () => {
    for (let i = 1; i <= 5; i++) await blog.createBlogPosts({ title: `P${i}` })
    const page = await blog.getPaginatedPosts(2, 2)
    assert.deepEqual(
      page.posts.map((p) => p.title),
      ["P3", "P2"],
    )
    assert.deepEqual(page.pagination, { page: 2, limit: 2, total: 5, pages: 3 })
    const filtered = await blog.getPaginatedPosts(1, 10, { title: { $in: ["P1", "P5"] } })
    assert.equal(filtered.pagination.total, 2)
  })

  test("getPostWithFullDetails loads author, categories and comments in one statement", async () => {
    const author = await blog.createAuthors({ name: "Ada" })
    const [news, tech] = await blog.createCategories([{ name: "news" }, { name: "tech" }])
    const post = await blog.createBlogPosts({ title: "Full", author_id: author.id, categories: [news!.id, tech!.id] })
    await blog.createComments([
      { body: "first", post_id: post.id },
      { body: "second", post_id: post.id },
    ])
    const { statements, stop } = record(app)
    const full = await blog.getPostWithFullDetails(post.id)
    stop()
    assert.equal(statements.length, 1)
    assert.equal(full.author?.name, "Ada")
    assert.deepEqual(full.categories?.map((c) => c.name).sort(), ["news", "tech"])
    assert.deepEqual(full.comments?.map((c) => c.body).sort(), ["first", "second"])
  })

  test("getPostSummaries returns only the selected fields", async () => {
    await blog.createBlogPosts({ title: "S", excerpt: "short", body: "long body" })
    const [summary] = await blog.getPostSummaries()
    assert.deepEqual(Object.keys(summary ?? {}).sort(), ["created_at", "excerpt", "id", "title"])
  })

  test("archivePost cascades to comments; restorePost brings back exactly what the cascade deleted", async () => {
    const post = await blog.createBlogPosts({ title: "Archived" })
    const [kept, own] = await blog.createComments([
      { body: "cascaded", post_id: post.id },
      { body: "deleted alone", post_id: post.id },
    ])
    await blog.softDeleteComments(own!.id)
    const archived = await blog.archivePost(post.id)
    assert.deepEqual(archived, { blog_post_id: [post.id], comment_id: [kept!.id] })
    assert.deepEqual(await blog.getAllPosts(), [])
    assert.equal((await blog.getAllPosts(true)).length, 1)
    const restored = await blog.restorePost(post.id)
    assert.deepEqual(restored, { blog_post_id: [post.id], comment_id: [kept!.id] })
    const comments = await blog.listComments({ post_id: post.id })
    assert.deepEqual(
      comments.map((c) => c.body),
      ["cascaded"],
    )
  })

  test("permanentlyDeletePost removes the post and its comments for good", async () => {
    const post = await blog.createBlogPosts({ title: "Gone" })
    await blog.createComments({ body: "c", post_id: post.id })
    await blog.permanentlyDeletePost(post.id)
    assert.deepEqual(await blog.listBlogPosts({ id: post.id }, { withDeleted: true }), [])
    assert.deepEqual(await blog.listComments({ post_id: post.id }, { withDeleted: true }), [])
  })

  test("update accepts (id, data), { id, ... }, arrays and { selector, data }", async () => {
    const [a, b] = await blog.createBlogPosts([{ title: "a" }, { title: "b" }])
    assert.equal((await blog.updateBlogPosts(a!.id, { views: 1 })).views, 1)
    assert.equal((await blog.updateBlogPosts({ id: a!.id, views: 2 })).views, 2)
    const both = await blog.updateBlogPosts([
      { id: b!.id, views: 5 },
      { id: a!.id, views: 6 },
    ])
    assert.deepEqual(
      both.map((p) => [p.title, p.views]),
      [
        ["b", 5],
        ["a", 6],
      ],
    )
    const selected = await blog.updateBlogPosts({ selector: { views: { $gte: 5 } }, data: { published: true } })
    assert.equal(selected.length, 2)
    const missing = await blog.updateBlogPosts({ id: "bp_nope", views: 1 }).catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(missing))
    assert.equal(missing.message, 'BlogPost with id "bp_nope" not found')
  })

  test("bad input is an invalid_data error naming the field and the model; nothing is written", async () => {
    const expectInvalid = async (promise: Promise<unknown>, pattern: RegExp) => {
      const error = await promise.catch((e: unknown) => e)
      assert.ok(MedusaError.isMedusaError(error), String(error))
      assert.equal(error.type, "invalid_data")
      assert.match(error.message, pattern)
    }
    await expectInvalid(blog.listBlogPosts({}, { select: ["titel" as "title"] }), /titel.*BlogPost/)
    await expectInvalid(blog.listBlogPosts({ titel: "x" } as never), /titel.*BlogPost/)
    await expectInvalid(blog.listBlogPosts({ title: { $regexp: "x" } } as never), /\$regexp/)
    await expectInvalid(blog.listBlogPosts({ $or: { title: "x" } } as never), /\$or/)
    await expectInvalid(blog.listBlogPosts({}, { relations: ["writer" as "author"] }), /writer.*BlogPost/)
    await expectInvalid(blog.listBlogPosts({}, { order: { titel: "ASC" } as never }), /titel.*BlogPost/)
    await expectInvalid(blog.createBlogPosts([{ title: "ok" }, {} as never]), /title.*BlogPost|BlogPost.*title/)
    assert.deepEqual(await blog.listBlogPosts({ title: "ok" }), [], "nothing written from the bad batch")
  })
})
