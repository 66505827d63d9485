import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import BlogModule, { type BlogModuleService } from "../../src/blog/index.js"
import { rejection } from "../support/rejection.js"

describe("blog module: the guide's methods", () => {
  let app: TestApp
  let blog: BlogModuleService
  before(async () => {
    app = await createTestApp({ modules: [BlogModule] })
    blog = app.container.resolve<BlogModuleService>("blog")
  })
  after(() => app?.close())
  beforeEach(async () => {
    await app.manager.query(
      "delete from blog_comments; delete from blog_post_categories; delete from blog_posts; delete from blog_authors; delete from blog_categories",
    )
  })

  test("tables are named blog_posts, blog_authors, blog_categories, blog_post_categories, blog_comments", async () => {
    const rows = await app.manager.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_name like 'blog%' order by 1",
    )
    assert.deepEqual(
      rows.map((row) => row.name),
      ["blog_authors", "blog_categories", "blog_comments", "blog_post_categories", "blog_posts"],
    )
  })

  test("findBlogPost returns the post with its author; a missing post is not_found", async () => {
    const author = await blog.createBlogAuthors({ name: "Ada" })
    const post = await blog.createBlogPosts({ title: "Hello", author_id: author.id })
    const found = await blog.findBlogPost(post.id)
    assert.equal(found.title, "Hello")
    assert.equal(found.author?.name, "Ada")
    const error = await rejection(blog.findBlogPost("bp_missing"))
    assert.equal(error.type, "not_found")
    assert.equal(error.message, "BlogPost with id: bp_missing was not found")
  })

  test("publishPost sets published and published_at; unpublishPost clears them", async () => {
    const post = await blog.createBlogPosts({ title: "Draft" })
    assert.equal(post.published, false)
    const published = await blog.publishPost(post.id)
    assert.equal(published.published, true)
    assert.ok(published.published_at instanceof Date)
    const stored = await blog.retrieveBlogPost(post.id)
    assert.equal(stored.published, true)
    const unpublished = await blog.unpublishPost(post.id)
    assert.equal(unpublished.published, false)
    assert.equal(unpublished.published_at, null)
    assert.equal((await rejection(blog.publishPost("bp_missing"))).type, "not_found")
  })

  test("getPaginatedPosts pages newest first and counts every match", async () => {
    for (let i = 1; i <= 5; i++) await blog.createBlogPosts({ title: `P${i}`, published: i % 2 === 1 })
    const page = await blog.getPaginatedPosts(2, 2)
    assert.deepEqual(
      page.posts.map((post) => post.title),
      ["P3", "P2"],
    )
    assert.deepEqual(page.pagination, { page: 2, limit: 2, total: 5, pages: 3 })
    const published = await blog.getPaginatedPosts(1, 20, { published: true })
    assert.deepEqual(
      published.posts.map((post) => post.title),
      ["P5", "P3", "P1"],
    )
    assert.deepEqual(published.pagination, { page: 1, limit: 20, total: 3, pages: 1 })
  })

  test("getPostWithFullDetails loads author, categories and comments", async () => {
    const author = await blog.createBlogAuthors({ name: "Grace" })
    const [news, tech] = await blog.createBlogCategories([
      { name: "News", handle: "news" },
      { name: "Tech", handle: "tech" },
    ])
    const post = await blog.createBlogPosts({ title: "Full", author_id: author.id, categories: [news!.id, tech!.id] })
    await blog.createBlogComments([
      { post_id: post.id, body: "first" },
      { post_id: post.id, body: "second" },
    ])
    const full = await blog.getPostWithFullDetails(post.id)
    assert.equal(full.author?.name, "Grace")
    assert.deepEqual(full.categories?.map((category) => category.handle).sort(), ["news", "tech"])
    assert.deepEqual(full.comments?.map((comment) => comment.body).sort(), ["first", "second"])
    const inTech = await blog.listBlogPosts({ categories: { handle: "tech" } })
    assert.deepEqual(
      inTech.map((p) => p.id),
      [post.id],
    )
  })

  test("getPostSummaries returns only id, title, excerpt and created_at", async () => {
    await blog.createBlogPosts({ title: "S", excerpt: "short", body: "a long body" })
    const [summary] = await blog.getPostSummaries()
    assert.deepEqual(Object.keys(summary ?? {}).sort(), ["created_at", "excerpt", "id", "title"])
    assert.equal(summary?.excerpt, "short")
  })

  test("archivePost cascades to comments; restorePost brings back only what the archive deleted", async () => {
    const post = await blog.createBlogPosts({ title: "Archived" })
    const [kept, removedEarlier] = await blog.createBlogComments([
      { post_id: post.id, body: "cascaded" },
      { post_id: post.id, body: "deleted on its own" },
    ])
    await blog.softDeleteBlogComments(removedEarlier!.id)
    const archived = await blog.archivePost(post.id)
    assert.deepEqual(archived, { blog_post_id: [post.id], blog_comment_id: [kept!.id] })
    assert.deepEqual(await blog.getAllPosts(), [])
    assert.deepEqual(
      (await blog.getAllPosts(true)).map((p) => p.id),
      [post.id],
    )
    assert.equal(await blog.listBlogComments({ post_id: post.id }, { count: true }), 0)
    const restored = await blog.restorePost(post.id)
    assert.deepEqual(restored, { blog_post_id: [post.id], blog_comment_id: [kept!.id] })
    assert.deepEqual(
      (await blog.listBlogComments({ post_id: post.id })).map((comment) => comment.body),
      ["cascaded"],
    )
  })

  test("permanentlyDeletePost removes the post, its comments and its category rows for good", async () => {
    const [news] = await blog.createBlogCategories([{ name: "News", handle: "news" }])
    const post = await blog.createBlogPosts({ title: "Gone", categories: [news!.id] })
    const other = await blog.createBlogPosts({ title: "Stays", categories: [news!.id] })
    await blog.createBlogComments([
      { post_id: post.id, body: "c" },
      { post_id: other.id, body: "kept" },
    ])
    await blog.permanentlyDeletePost(post.id)
    assert.deepEqual(await blog.listBlogPosts({ id: post.id }, { withDeleted: true }), [])
    assert.deepEqual(await blog.listBlogComments({ post_id: post.id }, { withDeleted: true }), [])
    const [pivot] = await app.manager.query<{ n: number }>(
      "select count(*) as n from blog_post_categories where blog_post_id = $1",
      [post.id],
    )
    assert.equal(pivot?.n, 0)
    assert.equal(await blog.listBlogComments({ post_id: other.id }, { count: true }), 1)
    assert.equal((await blog.retrieveBlogCategory(news!.id)).handle, "news")
  })

  test("a category handle is unique among live categories", async () => {
    const first = await blog.createBlogCategories({ name: "News", handle: "news" })
    const error = await rejection(blog.createBlogCategories({ name: "News again", handle: "news" }))
    assert.equal(error.type, "duplicate_error")
    await blog.softDeleteBlogCategories(first.id)
    const reused = await blog.createBlogCategories({ name: "News again", handle: "news" })
    assert.equal(reused.handle, "news")
  })

  test("a post without a title is invalid_data and nothing is written", async () => {
    const error = await rejection(blog.createBlogPosts([{ title: "ok" }, { excerpt: "no title" } as never]))
    assert.equal(error.type, "invalid_data")
    assert.match(error.message, /title/)
    assert.equal(await blog.listBlogPosts({}, { count: true }), 0)
  })
})
