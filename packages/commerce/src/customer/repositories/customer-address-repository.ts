import {
  MedusaRepository,
  Repository,
  type Context,
  type Filters,
  type InferTypeOf,
  type Row,
} from "@stratum/framework/utils"
import { CustomerAddress } from "../models/customer-address.js"
import { normalizeAddress } from "../normalize.js"

type AddressRow = InferTypeOf<typeof CustomerAddress>

const DEFAULT_FLAGS = ["is_default_shipping", "is_default_billing"] as const

/**
 * Customer addresses' data access: normalizes country codes and keeps at most one default shipping and
 * one default billing address per customer (the address just flagged wins; the others are unflagged in
 * the same transaction).
 *
 * @example
 * await customers.updateCustomerAddresses(address.id, { is_default_shipping: true })
 * // the customer's previous default shipping address now has is_default_shipping: false
 */
@Repository(CustomerAddress)
export class CustomerAddressRepository extends MedusaRepository<AddressRow> {
  override async create(data: Row[], context?: Context): Promise<AddressRow[]> {
    return this.keepSingleDefaults(await super.create(data.map(normalizeAddress), context), context)
  }

  override async update(updates: { selector: Filters; data: Row }[], context?: Context): Promise<AddressRow[]> {
    const normalized = updates.map((update) => ({ ...update, data: normalizeAddress(update.data) }))
    return this.keepSingleDefaults(await super.update(normalized, context), context)
  }

  override async updateById(rows: Row[], context?: Context): Promise<AddressRow[]> {
    return this.keepSingleDefaults(await super.updateById(rows.map(normalizeAddress), context), context)
  }

  override async upsert(data: Row[], context?: Context): Promise<AddressRow[]> {
    return this.keepSingleDefaults(await super.upsert(data.map(normalizeAddress), context), context)
  }

  /** Clears each flag on the customer's other addresses when a written address carries it (last one wins). */
  private async keepSingleDefaults(written: AddressRow[], context?: Context): Promise<AddressRow[]> {
    const manager = context?.transactionManager ?? this.manager
    for (const flag of DEFAULT_FLAGS) {
      const winners = new Map<string, string>()
      for (const row of written) if (row[flag] === true) winners.set(row.customer_id, row.id)
      if (winners.size === 0) continue
      await manager.query(
        `update customer_addresses a set "${flag}" = false, updated_at = now()
         from unnest($1::text[], $2::text[]) as w(customer_id, id)
         where a.customer_id = w.customer_id and a.id <> w.id and a."${flag}" and a.deleted_at is null`,
        [[...winners.keys()], [...winners.values()]],
      )
      for (const row of written) if (row[flag] === true && winners.get(row.customer_id) !== row.id) row[flag] = false
    }
    return written
  }
}
