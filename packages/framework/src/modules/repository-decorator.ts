import type { DmlEntity } from "../dml/entity.js"

const REPOSITORY_FOR = Symbol.for("stratum.repositoryFor")

type Constructor = abstract new (...args: never[]) => unknown

/**
 * Registers a class as the repository of a model. `@Repository(Product)` names the model
 * explicitly (safe under minification); `@Repository()` infers it from the class name
 * (`ProductRepository` -> `Product`), as the guide writes it.
 *
 * @example
 * @Repository()
 * class ProductRepository extends MedusaRepository<Product> {}
 */
export function Repository(model?: DmlEntity): <T extends Constructor>(target: T) => T {
  return (target) => {
    const entityName = model?.name ?? target.name.replace(/Repository$/, "")
    if (!model && (entityName === target.name || entityName === "")) {
      throw new Error(
        `@Repository() cannot infer the model of class "${target.name}": name it <Model>Repository or pass the model, @Repository(Product)`,
      )
    }
    Object.defineProperty(target, REPOSITORY_FOR, { value: entityName, enumerable: false })
    return target
  }
}

/** The entity a repository class was registered for, if it was. */
export function repositoryEntity(target: unknown): string | undefined {
  return (target as { [REPOSITORY_FOR]?: string } | undefined)?.[REPOSITORY_FOR]
}
