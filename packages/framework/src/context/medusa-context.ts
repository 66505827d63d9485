const INDEXES = Symbol.for("stratum.medusaContextIndex")

type IndexMap = Record<string | symbol, number>

function ownIndexes(target: object): IndexMap {
  const holder = target as { [INDEXES]?: IndexMap }
  if (!Object.prototype.hasOwnProperty.call(holder, INDEXES)) {
    Object.defineProperty(holder, INDEXES, { value: { ...holder[INDEXES] }, enumerable: false })
  }
  return holder[INDEXES] as IndexMap
}

/**
 * Marks the parameter that receives the shared context; `@InjectManager()` and
 * `@InjectTransactionManager()` fill it in.
 *
 * @example
 * @InjectManager()
 * async findBlogPost(id: string, @MedusaContext() sharedContext: Context = {}) { ... }
 */
export function MedusaContext(): ParameterDecorator {
  return (target, propertyKey, parameterIndex) => {
    if (propertyKey === undefined) return
    ownIndexes(target)[propertyKey] = parameterIndex
  }
}

/** Where the context parameter of `method` is, if it was marked. */
MedusaContext.getIndex = function getIndex(target: object, method: string | symbol): number | undefined {
  return (target as { [INDEXES]?: IndexMap })[INDEXES]?.[method]
}
