import { MedusaContext } from "./medusa-context.js"
import { managerOf } from "./resolve-manager.js"
import type { Context } from "./shared-context.js"

type AnyMethod = (...args: unknown[]) => unknown

function contextIndex(target: object, key: string | symbol, decorator: string): number {
  const index = MedusaContext.getIndex(target, key)
  if (index === undefined) {
    throw new Error(`@${decorator}() on ${String(key)} needs a parameter marked with @MedusaContext()`)
  }
  return index
}

/**
 * Makes sure the method's `@MedusaContext()` parameter holds a context with a `manager`. The
 * caller's context is copied, never mutated; a transaction in it (or an ambient one) is kept.
 *
 * @example
 * @InjectManager()
 * async findBlogPost(id: string, @MedusaContext() sharedContext: Context = {}) {
 *   return this.blogPostService_.retrieve(id, { relations: ["author"] }, sharedContext)
 * }
 */
export function InjectManager(): MethodDecorator {
  return (target, key, descriptor) => {
    const original = descriptor.value as unknown as AnyMethod
    const index = contextIndex(target, key, "InjectManager")
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const given = (args[index] ?? {}) as Context
      const root = managerOf(this, key)
      args[index] = { ...given, manager: given.manager ?? root, __type: "MedusaContext" } satisfies Context
      return original.apply(this, args)
    }
    descriptor.value = wrapped as never
    return descriptor
  }
}

export { contextIndex }
