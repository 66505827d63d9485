import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  type Context,
} from "@stratum/framework/utils"
import "./service-methods.js"
import { calculatePricesStatement } from "./calculated-price/calculate-prices-sql.js"
import { unpackCalculatedPrice } from "./calculated-price/packed-price.js"
import type { PricingContext } from "./calculated-price/pricing-context.js"
import { Price, PriceList, PriceListRule, PricePreference, PriceRule, PriceSet } from "./models/index.js"
import { priceListRow, priceRow } from "./price-rows.js"
import type {
  AddPricesDTO,
  CalculatedPriceSet,
  CreatePriceListDTO,
  CreatePriceSetDTO,
  PriceListDTO,
  PriceSetDTO,
} from "./types.js"

const PRICE_RELATIONS = ["prices", "prices.price_rules"]

function inInputOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * The pricing module (`"pricing"`): price sets, prices with quantity bounds and rules, price lists,
 * price preferences; Medusa's generated methods plus `createPriceSets`/`addPrices`/`createPriceLists` taking
 * prices with `rules` (written set-based: a few multi-row statements per call) and `calculatePrices`.
 *
 * @example
 * const [set] = await pricing.createPriceSets([{ prices: [{ amount: 1000, currency_code: "usd" }] }])
 * const [price] = await pricing.calculatePrices({ id: [set.id] }, { context: { currency_code: "usd" } })
 * price.calculated_amount // 1000
 */
export class PricingModuleService extends MedusaService({
  PriceSet,
  Price,
  PriceRule,
  PriceList,
  PriceListRule,
  PricePreference,
}) {
  /**
   * Creates price sets with their prices and price rules (`rules: { region_id: "reg_1" }`), set-based;
   * returns them with `prices` and `prices.price_rules` loaded.
   *
   * @example
   * await pricing.createPriceSets({ prices: [{ amount: 1000, currency_code: "usd", rules: { region_id } }] })
   */
  override createPriceSets(data: CreatePriceSetDTO, sharedContext?: Context): Promise<PriceSetDTO>
  override createPriceSets(data: CreatePriceSetDTO[], sharedContext?: Context): Promise<PriceSetDTO[]>
  @InjectTransactionManager()
  override async createPriceSets(
    data: CreatePriceSetDTO | CreatePriceSetDTO[],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<PriceSetDTO | PriceSetDTO[]> {
    const input = Array.isArray(data) ? data : [data]
    const rows = input.map(({ prices = [], ...set }) => ({ ...set, prices: prices.map((price) => priceRow(price)) }))
    const created = await this.priceSetService_.create(rows, sharedContext)
    const sets = await this.priceSetsWithPrices(
      created.map((set) => set.id),
      sharedContext,
    )
    return Array.isArray(data) ? sets : (sets[0] as PriceSetDTO)
  }

  /**
   * Creates price lists with their rules (`{ customer_group_id: ["cg_1"] }`) and prices, set-based; returns
   * them with `price_list_rules`, `prices` and `prices.price_rules` loaded.
   *
   * @example
   * await pricing.createPriceLists({ title: "Sale", type: "sale", status: "active",
   *   prices: [{ amount: 800, currency_code: "usd", price_set_id: set.id }] })
   */
  override createPriceLists(data: CreatePriceListDTO, sharedContext?: Context): Promise<PriceListDTO>
  override createPriceLists(data: CreatePriceListDTO[], sharedContext?: Context): Promise<PriceListDTO[]>
  @InjectTransactionManager()
  override async createPriceLists(
    data: CreatePriceListDTO | CreatePriceListDTO[],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<PriceListDTO | PriceListDTO[]> {
    const input = Array.isArray(data) ? data : [data]
    const created = await this.priceListService_.create(
      input.map((list) => priceListRow(list)),
      sharedContext,
    )
    const ids = created.map((list) => list.id)
    const found = await this.priceListService_.list(
      { id: ids },
      { relations: ["price_list_rules", ...PRICE_RELATIONS] },
      sharedContext,
    )
    const lists = inInputOrder(ids, found)
    return Array.isArray(data) ? lists : (lists[0] as PriceListDTO)
  }

  /**
   * Adds prices (with rules) to existing price sets; returns those price sets with their prices.
   *
   * @example
   * await pricing.addPrices({ priceSetId: set.id, prices: [{ amount: 800, currency_code: "eur", rules: { region_id } }] })
   */
  async addPrices(data: AddPricesDTO, sharedContext?: Context): Promise<PriceSetDTO>
  async addPrices(data: AddPricesDTO[], sharedContext?: Context): Promise<PriceSetDTO[]>
  @InjectTransactionManager()
  async addPrices(
    data: AddPricesDTO | AddPricesDTO[],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<PriceSetDTO | PriceSetDTO[]> {
    const input = Array.isArray(data) ? data : [data]
    const ids = [...new Set(input.map((entry) => entry.priceSetId))]
    const existing = await this.priceSetService_.list({ id: ids }, { select: ["id"] }, sharedContext)
    const missing = ids.filter((id) => !existing.some((set) => set.id === id))
    if (missing.length > 0) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `PriceSet with id: ${missing.join(", ")} was not found`)
    }
    const rows = input.flatMap((entry) =>
      entry.prices.map((price) => ({ ...priceRow(price), price_set_id: entry.priceSetId })),
    )
    await this.priceService_.create(rows, sharedContext)
    const sets = await this.priceSetsWithPrices(ids, sharedContext)
    return Array.isArray(data) ? sets : (sets[0] as PriceSetDTO)
  }

  /**
   * Calculates the price of each price set for a pricing context in one SQL statement, with Medusa's
   * selection rules (see `calculated_price`). Price sets without an applicable price are left out.
   *
   * @example
   * await pricing.calculatePrices({ id: [priceSetId] }, { context: { currency_code: "eur", region_id, quantity: 3 } })
   * // [{ id: priceSetId, currency_code: "eur", calculated_amount: 900, original_amount: 1000, ... }]
   */
  @InjectManager()
  async calculatePrices(
    filters: { id: string | string[] },
    config: { context: PricingContext },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<CalculatedPriceSet[]> {
    const ids = [...new Set(Array.isArray(filters.id) ? filters.id : [filters.id])]
    const { sql, params } = calculatePricesStatement(ids, config?.context)
    const manager = sharedContext.transactionManager ?? sharedContext.manager ?? this.manager_
    const rows = await manager.query<{ id: string; calculated_price: unknown }>(sql, params)
    const prices = rows.flatMap((row) => unpackCalculatedPrice(row.calculated_price) ?? [])
    return inInputOrder(ids, prices)
  }

  private async priceSetsWithPrices(ids: string[], sharedContext: Context): Promise<PriceSetDTO[]> {
    const sets = await this.priceSetService_.list({ id: ids }, { relations: PRICE_RELATIONS }, sharedContext)
    return inInputOrder(ids, sets)
  }
}
