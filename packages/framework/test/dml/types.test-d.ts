// Type tests: compiled by `tsc -p packages/framework/test/dml/tsconfig.json`, never run.
import type { CreateInput, InferTypeOf, UpdateInput } from "../../src/dml/index.js"
import { model } from "../../src/dml/index.js"
import type { BlogPost, Comment, Cover } from "./fixtures.js"

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const expectType = <T extends true>(_: T): void => undefined

type Post = InferTypeOf<typeof BlogPost>
type PostComment = InferTypeOf<typeof Comment>

// Scalars, with nullability, enums, json, arrays.
expectType<Equal<Post["id"], string>>(true)
expectType<Equal<Post["status"], "draft" | "published">>(true)
expectType<Equal<Post["rating"], number | null>>(true)
expectType<Equal<Post["amount"], number | null>>(true)
expectType<Equal<Post["published_at"], Date | null>>(true)
expectType<Equal<Post["metadata"], Record<string, unknown>>>(true)
expectType<Equal<Post["keywords"], string[]>>(true)
// Timestamps.
expectType<Equal<Post["created_at"], Date>>(true)
expectType<Equal<Post["deleted_at"], Date | null>>(true)
// Relations: hasMany/manyToMany arrays, belongsTo foreign keys (custom name, nullable), optional objects.
expectType<Equal<Post["comments"], PostComment[] | undefined>>(true)
expectType<Equal<NonNullable<Post["tags"]>[number]["name"], string>>(true)
expectType<Equal<PostComment["blog_post_id"], string>>(true)
expectType<Equal<PostComment["parent_comment_id"], string | null>>(true)
expectType<Equal<NonNullable<PostComment["blog_post"]>["title"], string>>(true)
expectType<Equal<InferTypeOf<typeof Cover>["blog_post_id"], string>>(true)
// A hasOne may have no row on the other side; a required belongsTo always has one.
expectType<Equal<Post["cover"], InferTypeOf<typeof Cover> | null | undefined>>(true)
expectType<Equal<PostComment["reply_to"], PostComment | null | undefined>>(true)
// Mutual references resolve both ways.
expectType<Equal<NonNullable<NonNullable<Post["comments"]>[number]["blog_post"]>["slug"], string>>(true)

// @ts-expect-error unknown fields are not on the type
type _NoSuchField = Post["nope"]
// @ts-expect-error the default foreign key name is replaced by foreignKeyName
type _NoDefaultFk = PostComment["reply_to_id"]
// @ts-expect-error enum values are checked
const badStatus: Post["status"] = "archived"

// Create input: required = non-nullable, no default, not id/timestamps; relations by foreign key.
const create: CreateInput<typeof Comment> = { body: "Nice", blog_post_id: "bp_1" }
const createFull: CreateInput<typeof Comment> = {
  id: "com_1",
  body: "x",
  blog_post_id: "bp_1",
  parent_comment_id: null,
}
const createPost: CreateInput<typeof BlogPost> = { title: "T", slug: "t" }
// @ts-expect-error body is required
const missingBody: CreateInput<typeof Comment> = { blog_post_id: "bp_1" }
// @ts-expect-error the foreign key of a required belongsTo is required
const missingFk: CreateInput<typeof Comment> = { body: "x" }
// @ts-expect-error timestamps are not accepted
const withTimestamp: CreateInput<typeof Comment> = { body: "x", blog_post_id: "bp_1", created_at: new Date() }
// @ts-expect-error value types are checked
const wrongType: CreateInput<typeof BlogPost> = { title: 1, slug: "t" }
// @ts-expect-error a required foreign key is not nullable
const nullFk: CreateInput<typeof Comment> = { body: "x", blog_post_id: null }

// Update input: everything optional, still typed.
const update: UpdateInput<typeof BlogPost> = { status: "published" }
const emptyUpdate: UpdateInput<typeof BlogPost> = {}
// @ts-expect-error enum values are checked on update too
const badUpdate: UpdateInput<typeof BlogPost> = { status: "archived" }

// TypeScript string enums and typed json.
enum Kind {
  A = "a",
  B = "b",
}
const Thing = model.define("thing", {
  code: model.text().primaryKey(),
  kind: model.enum(Kind),
  settings: model.json<{ theme: string }>().default({ theme: "dark" }),
})
expectType<Equal<InferTypeOf<typeof Thing>["kind"], Kind.A | Kind.B>>(true)
// @ts-expect-error a plain string is not an enum member
const badKind: InferTypeOf<typeof Thing>["kind"] = "a"
expectType<Equal<InferTypeOf<typeof Thing>["settings"], { theme: string }>>(true)
// A text primary key has no generator: it is required on create.
// @ts-expect-error code is required
const noCode: CreateInput<typeof Thing> = { kind: Kind.A }
// @ts-expect-error defaults must match the property type
model.text().default(1)
// @ts-expect-error nullable() is for belongsTo/hasOne only
model.hasMany(() => Thing).nullable()

export const used = [
  create,
  createFull,
  createPost,
  missingBody,
  missingFk,
  withTimestamp,
  wrongType,
  nullFk,
  update,
  emptyUpdate,
  badUpdate,
  badStatus,
  noCode,
  badKind,
]
