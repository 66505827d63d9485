import type { TestApp } from "@stratum/framework/testing"

export { rejection } from "../support/rejection.js"

/** The first word of every statement `work` sends (begin, insert, update, commit, ...). */
export async function statementVerbs(app: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const verbs: string[] = []
  const stop = app.database.monitor.subscribe((event) => {
    verbs.push(event.sql.trim().split(/\s+/)[0]?.toLowerCase() ?? "")
  })
  try {
    await work()
  } finally {
    stop()
  }
  return verbs
}

/** Rows in the order tables, to assert that nothing was written. */
export async function orderTableCounts(app: TestApp): Promise<Record<string, number>> {
  const [row] = await app.manager.query<Record<string, number>>(
    "select (select count(*) from orders) as orders, (select count(*) from order_items) as order_items, (select count(*) from order_addresses) as order_addresses",
  )
  return { ...row }
}
