import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `numeric` column read back as a JavaScript number. Unlike Medusa, no hidden `raw_<field>` jsonb
 * column is added: values beyond `Number.MAX_SAFE_INTEGER` or with more than ~15 significant digits lose
 * precision when read. Money is stored in minor units (integers), so this is exact in practice.
 *
 * @example
 * amount: model.bigNumber() // "amount" numeric not null
 */
export function bigNumber(): PropertyBuilder<number> {
  return new PropertyBuilder<number>(baseConfig("bigNumber"))
}
