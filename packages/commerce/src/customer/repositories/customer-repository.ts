import {
  MedusaError,
  MedusaRepository,
  Repository,
  type Context,
  type Filters,
  type InferTypeOf,
  type Row,
} from "@stratum/framework/utils"
import { Customer } from "../models/customer.js"
import { normalizeCustomer } from "../normalize.js"

type CustomerRow = InferTypeOf<typeof Customer>

function assertOneDefaultPerFlag(row: Row): void {
  if (!Array.isArray(row.addresses)) return
  for (const flag of ["is_default_shipping", "is_default_billing"]) {
    const flagged = row.addresses.filter((address: unknown) => (address as Row | null)?.[flag] === true)
    if (flagged.length > 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A customer can have only one address with ${flag}: true, got ${flagged.length}`,
      )
    }
  }
}

/**
 * Customers' data access: normalizes emails (trimmed, lower-case) and nested addresses on every write,
 * so that `Ada@X.io` and `ada@x.io` are the same customer for the unique index.
 *
 * @example
 * await customers.createCustomers({ email: " Ada@Example.com " }) // stored as "ada@example.com"
 */
@Repository(Customer)
export class CustomerRepository extends MedusaRepository<CustomerRow> {
  override create(data: Row[], context?: Context): Promise<CustomerRow[]> {
    const rows = data.map(normalizeCustomer)
    rows.forEach(assertOneDefaultPerFlag)
    return super.create(rows, context)
  }

  override update(updates: { selector: Filters; data: Row }[], context?: Context): Promise<CustomerRow[]> {
    return super.update(
      updates.map((update) => ({ ...update, data: normalizeCustomer(update.data) })),
      context,
    )
  }

  override updateById(rows: Row[], context?: Context): Promise<CustomerRow[]> {
    return super.updateById(rows.map(normalizeCustomer), context)
  }

  override upsert(data: Row[], context?: Context): Promise<CustomerRow[]> {
    return super.upsert(data.map(normalizeCustomer), context)
  }
}
