/** A numeric literal as price rule values store it; only these are cast for numeric comparisons. */
const NUMERIC_TEXT = String.raw`'^\s*-?[0-9]+(\.[0-9]+)?\s*$'`

/**
 * SQL condition: the price rule at `rule` (attribute, operator, value) is met by one of the context's values
 * for its attribute. Numbers compare numerically with the rule's operator; other values must be equal.
 *
 * @example
 * priceRuleMatchSql("cp_rule", "$4::jsonb")
 * // exists (select 1 from jsonb_array_elements($4::jsonb -> cp_rule.attribute) as cp_ctx(v) where case ... end)
 */
export function priceRuleMatchSql(rule: string, rules: string): string {
  const number = "cp_ctx.v::numeric"
  const bound = `${rule}.value::numeric`
  return `exists (
    select 1 from jsonb_array_elements(${rules} -> ${rule}.attribute) as cp_ctx(v)
    where case
      when jsonb_typeof(cp_ctx.v) = 'number' and ${rule}.value ~ ${NUMERIC_TEXT} then case ${rule}.operator
        when 'eq' then ${number} = ${bound}
        when 'gt' then ${number} > ${bound}
        when 'gte' then ${number} >= ${bound}
        when 'lt' then ${number} < ${bound}
        when 'lte' then ${number} <= ${bound}
        else false end
      else ${rule}.operator = 'eq' and cp_ctx.v #>> '{}' = ${rule}.value
    end)`
}

/**
 * SQL condition: the price list rule at `rule` is met, i.e. one of the context's values for its attribute is
 * among the rule's values (a JSON array, or a single JSON value).
 *
 * @example
 * priceListRuleMatchSql("cp_list_rule", "$4::jsonb")
 * // exists (select 1 from jsonb_array_elements($4::jsonb -> cp_list_rule.attribute) ... where ctx = allowed)
 */
export function priceListRuleMatchSql(rule: string, rules: string): string {
  return `exists (
    select 1 from jsonb_array_elements(${rules} -> ${rule}.attribute) as cp_ctx(v)
    cross join jsonb_array_elements(case jsonb_typeof(${rule}.value)
      when 'array' then ${rule}.value else jsonb_build_array(${rule}.value) end) as cp_allowed(v)
    where cp_ctx.v #>> '{}' = cp_allowed.v #>> '{}')`
}
