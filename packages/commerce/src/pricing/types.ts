import type { InferTypeOf } from "@stratum/framework/utils"
import type {
  PRICE_LIST_STATUSES,
  PRICE_LIST_TYPES,
  PRICE_RULE_OPERATORS,
  Price,
  PriceList,
  PriceListRule,
  PricePreference,
  PriceRule,
  PriceSet,
} from "./models/index.js"

export type PriceSetDTO = InferTypeOf<typeof PriceSet>
export type PriceDTO = InferTypeOf<typeof Price>
export type PriceRuleDTO = InferTypeOf<typeof PriceRule>
export type PriceListDTO = InferTypeOf<typeof PriceList>
export type PriceListRuleDTO = InferTypeOf<typeof PriceListRule>
export type PricePreferenceDTO = InferTypeOf<typeof PricePreference>

export type PriceRuleOperator = (typeof PRICE_RULE_OPERATORS)[number]
export type PriceListType = (typeof PRICE_LIST_TYPES)[number]
export type PriceListStatus = (typeof PRICE_LIST_STATUSES)[number]

/** One condition of a price rule given with an operator: `{ operator: "gte", value: 5000 }`. */
export interface PriceRuleCondition {
  operator: PriceRuleOperator
  value: string | number
}

/**
 * The rules of a price, by context attribute: an equality (`{ region_id: "reg_1" }`) or a list of conditions
 * (`{ item_total: [{ operator: "gte", value: 5000 }] }`).
 */
export type PriceRulesInput = Record<string, string | number | PriceRuleCondition[]>

/** A price to create, Medusa's `CreatePricesDTO`: amount in the currency's minor unit (an integer). */
export interface CreatePriceDTO {
  amount: number
  currency_code: string
  title?: string | null
  min_quantity?: number | null
  max_quantity?: number | null
  rules?: PriceRulesInput
}

/** A price set to create with its prices (Medusa's `CreatePriceSetDTO`). */
export interface CreatePriceSetDTO {
  id?: string
  prices?: CreatePriceDTO[]
}

/** Prices to add to an existing price set (Medusa's `AddPricesDTO`). */
export interface AddPricesDTO {
  priceSetId: string
  prices: CreatePriceDTO[]
}

/** A price list to create with its rules (`{ customer_group_id: ["cg_1"] }`) and prices (Medusa's `CreatePriceListDTO`). */
export interface CreatePriceListDTO {
  id?: string
  title: string
  description?: string
  status?: PriceListStatus
  type?: PriceListType
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  rules?: Record<string, string | string[]>
  prices?: Array<CreatePriceDTO & { price_set_id: string }>
}

/** `calculated_price` / `original_price` of a calculated price. */
export interface CalculatedPriceDetails {
  id: string | null
  price_list_id: string | null
  price_list_type: PriceListType | null
  min_quantity: number | null
  max_quantity: number | null
}

/** The calculated price of a price set, in Medusa's shape; amounts in the currency's minor unit. */
export interface CalculatedPriceSet {
  /** The price set's id. */
  id: string
  currency_code: string
  calculated_amount: number
  original_amount: number | null
  is_calculated_price_price_list: boolean
  is_original_price_price_list: boolean
  is_calculated_price_tax_inclusive: boolean
  is_original_price_tax_inclusive: boolean
  calculated_price: CalculatedPriceDetails
  original_price: CalculatedPriceDetails
}
