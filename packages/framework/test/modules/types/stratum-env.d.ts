// Written by `stratum types`: method declarations for the services' generated methods. Do not edit.
import type { Context, TypedFilters, TypedFindConfig } from "../../../src/utils.js"

declare module "../../../src/utils.js" {
  interface GeneratedServiceMethods<E, C, U> {
    BlogPost: {
      retrieveBlogPost(id: string, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E>
      listBlogPosts(filters: TypedFilters<E> | undefined, config: TypedFindConfig<E> & { count: true }, sharedContext?: Context): Promise<number>
      listBlogPosts(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E[]>
      listAndCountBlogPosts(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<[E[], number]>
      createBlogPosts(data: C, sharedContext?: Context): Promise<E>
      createBlogPosts(data: C[], sharedContext?: Context): Promise<E[]>
      updateBlogPosts(id: string, data: U, sharedContext?: Context): Promise<E>
      updateBlogPosts(data: U & { id: string }, sharedContext?: Context): Promise<E>
      updateBlogPosts(data: (U & { id: string })[] | { selector: TypedFilters<E>; data: U } | { selector: TypedFilters<E>; data: U }[], sharedContext?: Context): Promise<E[]>
      deleteBlogPosts(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], sharedContext?: Context): Promise<void>
      softDeleteBlogPosts(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], config?: { returnLinkableKeys?: string[] } | Context, sharedContext?: Context): Promise<Record<string, string[]>>
      restoreBlogPosts(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], config?: { returnLinkableKeys?: string[] } | Context, sharedContext?: Context): Promise<Record<string, string[]>>
    }
    Comment: {
      retrieveComment(id: string, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E>
      listComments(filters: TypedFilters<E> | undefined, config: TypedFindConfig<E> & { count: true }, sharedContext?: Context): Promise<number>
      listComments(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E[]>
      listAndCountComments(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<[E[], number]>
      createComments(data: C, sharedContext?: Context): Promise<E>
      createComments(data: C[], sharedContext?: Context): Promise<E[]>
      updateComments(id: string, data: U, sharedContext?: Context): Promise<E>
      updateComments(data: U & { id: string }, sharedContext?: Context): Promise<E>
      updateComments(data: (U & { id: string })[] | { selector: TypedFilters<E>; data: U } | { selector: TypedFilters<E>; data: U }[], sharedContext?: Context): Promise<E[]>
      deleteComments(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], sharedContext?: Context): Promise<void>
      softDeleteComments(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], config?: { returnLinkableKeys?: string[] } | Context, sharedContext?: Context): Promise<Record<string, string[]>>
      restoreComments(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], config?: { returnLinkableKeys?: string[] } | Context, sharedContext?: Context): Promise<Record<string, string[]>>
    }
  }
}
