import type { ChannelOutput } from '../../../shared/contract';
import type { Db } from '../db/open';

// Which customers bring profit and which only losses, from the totals kept on each customer
// (revenue received, incident losses net of recoveries). The rule is simple on purpose, and the
// screen shows it: profit = revenue × margin % − losses; within ±band % of the margin is break-even.

type Output = ChannelOutput<'reports.profitability'>;
type Class = Output['rows'][number]['class'];

export const BREAK_EVEN_BAND_PERCENT = 10;

export interface ProfitabilityInput {
  class?: Class;
  order: 'profit_asc' | 'profit_desc' | 'losses_desc' | 'revenue_desc';
  offset: number;
  limit: number;
  marginPercent: number;
  minSettledOrders: number;
}

// The margin in whole minor units, rounded half up, and the break-even band: integer arithmetic
// (revenue is never negative and the margin setting is a whole percent, so + 50 then integer
// division by 100 is rounding half up) — a quarter faster than floating point and a cast, over
// every customer, for the same numbers.
const MARGIN = '((c.revenue * cast($margin as integer) + 50) / 100)';
const PROFIT = `(${MARGIN} - c.losses)`;
const BAND = `((${MARGIN} * ${BREAK_EVEN_BAND_PERCENT} + 50) / 100)`;
const CLASS = `case when ${PROFIT} > ${BAND} then 'profitable' when ${PROFIT} < -${BAND} then 'loss_making' else 'break_even' end`;
// Customers with something to judge: an order or an incident; merged-away duplicates are not counted twice.
const COUNTED = 'c.merged_into_id is null and (c.orders_count > 0 or c.incidents_count > 0)';
const ORDER: Record<ProfitabilityInput['order'], string> = {
  profit_asc: `${PROFIT} asc, c.id`,
  profit_desc: `${PROFIT} desc, c.id`,
  losses_desc: 'c.losses desc, c.id',
  revenue_desc: 'c.revenue desc, c.id',
};

export function profitability(db: Db, input: ProfitabilityInput): Output {
  const params = { margin: input.marginPercent };
  // One pass over the narrow covering index (the planner prefers customers_buyout otherwise,
  // which sends it to every customer row: 230 ms instead of 70 on the benchmark file).
  const sums = db
    .prepare(
      `select coalesce(sum(m - losses > band), 0) as profitable, coalesce(sum(m - losses < -band), 0) as loss_making,
         count(*) as n
       from (select m, losses, (m * ${BREAK_EVEN_BAND_PERCENT} + 50) / 100 as band
             from (select ${MARGIN} as m, c.losses as losses from customers c indexed by customers_profit where ${COUNTED}))`,
    )
    .get(params) as { profitable: number; loss_making: number; n: number };
  const counts = {
    profitable: sums.profitable,
    break_even: sums.n - sums.profitable - sums.loss_making,
    loss_making: sums.loss_making,
  };
  const filter = input.class ? `and ${CLASS} = $class` : '';
  // The page is chosen from the narrow index alone; names are joined to its rows only.
  const rows = db
    .prepare(
      `select c.id, c.name, c.revenue, ${MARGIN} as margin, c.losses, c.incidents_count as incidents,
         ${PROFIT} as profit, ${CLASS} as class
       from (select c.id from customers c indexed by customers_profit where ${COUNTED} ${filter}
             order by ${ORDER[input.order]}
             limit $limit offset $offset) page
       join customers c on c.id = page.id order by ${ORDER[input.order]}`,
    )
    .all({
      ...params,
      ...(input.class ? { class: input.class } : {}),
      limit: input.limit,
      offset: input.offset,
    }) as Output['rows'];
  const total = input.class
    ? counts[input.class]
    : counts.profitable + counts.break_even + counts.loss_making;
  // The scatter: the customers that matter most to the picture (largest revenue, largest losses).
  const points = db
    .prepare(
      `select id, name, revenue, losses from (
         select * from (select id, name, revenue, losses from customers c where ${COUNTED} order by revenue desc limit 1000)
         union
         select * from (select id, name, revenue, losses from customers c where ${COUNTED} order by losses desc limit 1000))`,
    )
    .all() as Output['points'];
  const lowestBuyout = (
    db
      .prepare(
        `select id, name, bought_out_count as boughtOut, refused_count as refused from customers
         where merged_into_id is null and bought_out_count + refused_count >= ?
         order by 1.0 * bought_out_count / (bought_out_count + refused_count), refused_count desc, id limit 20`,
      )
      .all(input.minSettledOrders) as { id: number; name: string; boughtOut: number; refused: number }[]
  ).map((r) => ({ ...r, buyoutPercent: Math.round((r.boughtOut / (r.boughtOut + r.refused)) * 1000) / 10 }));
  return {
    rule: { marginPercent: input.marginPercent, bandPercent: BREAK_EVEN_BAND_PERCENT },
    classes: counts,
    points,
    rows,
    total,
    lowestBuyout,
  };
}
