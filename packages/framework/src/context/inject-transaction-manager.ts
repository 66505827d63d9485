import { contextIndex } from "./inject-manager.js"
import { managerOf } from "./resolve-manager.js"
import type { Context } from "./shared-context.js"

type AnyMethod = (...args: unknown[]) => unknown

/**
 * Runs the method in a transaction: the one in the context or the ambient one when there is one,
 * else a new one (with the context's `isolationLevel`), committed when the method resolves and
 * rolled back when it throws. The context parameter gets `transactionManager`.
 *
 * @example
 * @InjectTransactionManager()
 * async publishPost(id: string, @MedusaContext() sharedContext: Context = {}) {
 *   return this.blogPostService_.update(id, { published: true }, sharedContext)
 * }
 */
export function InjectTransactionManager(): MethodDecorator {
  return (target, key, descriptor) => {
    const original = descriptor.value as unknown as AnyMethod
    const index = contextIndex(target, key, "InjectTransactionManager")
    const wrapped = async function (this: unknown, ...args: unknown[]) {
      const given = (args[index] ?? {}) as Context
      const root = managerOf(this, key)
      const joined = given.transactionManager ?? (root.active.isInTransaction ? root.active : undefined)
      if (joined) {
        args[index] = { ...given, transactionManager: joined, manager: given.manager ?? root, __type: "MedusaContext" }
        return original.apply(this, args)
      }
      return root.transaction(
        async (transactionManager) => {
          args[index] = { ...given, transactionManager, manager: given.manager ?? root, __type: "MedusaContext" }
          return original.apply(this, args)
        },
        { isolationLevel: given.isolationLevel },
      )
    }
    descriptor.value = wrapped as never
    return descriptor
  }
}
