import type { Manager } from "../database/manager.js"
import type { Context } from "./shared-context.js"

interface ManagerHolder {
  manager_?: Manager
  __container__?: { manager?: Manager }
}

/** The root manager of a service instance (`manager_`, else its container's `manager`). */
export function managerOf(instance: unknown, method: string | symbol): Manager {
  const holder = instance as ManagerHolder
  const manager = holder.manager_ ?? holder.__container__?.manager
  if (!manager) {
    throw new Error(
      `${String(method)}: no manager found; the class must extend MedusaService (or set this.manager_ to container.resolve("manager"))`,
    )
  }
  return manager
}

/** The manager a call must use: the context's transaction, else the ambient one, else the context's or root manager. */
export function activeManager(context: Context | undefined, root: Manager): Manager {
  return context?.transactionManager ?? (context?.manager ?? root).active
}
