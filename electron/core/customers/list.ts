import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { emailKey, nameKey } from '../../../shared/domain/normalize';
import { normalizePhone } from '../../../shared/domain/phone';
import type { Db } from '../db/open';
import { PHONE_CHARS } from './search';

type ListInput = Required<Omit<ChannelInput<'customers.list'>, 'flag'>> &
  Pick<ChannelInput<'customers.list'>, 'flag'>;

const ORDER_BY = {
  name: 'c.name_norm',
  revenue: 'c.revenue',
  losses: 'c.losses',
  incidents: 'c.incidents_count',
  recent: 'c.id',
} as const;

const FLAG_SQL = {
  vip: 'c.vip = 1',
  caution: 'c.caution = 1',
  doubtful: 'c.doubtful = 1',
  do_not_call: 'c.do_not_call = 1',
} as const;

/** One page of the customers list: search by name, phone, e-mail or address; filter; sort. */
export function listCustomers(db: Db, input: ListInput, country: string): ChannelOutput<'customers.list'> {
  const where = ['c.merged_into_id is null'];
  const params: Record<string, string | number> = { limit: input.limit, offset: input.offset };
  const search = input.search.trim();
  if (search) {
    const digits = search.replace(/\D/g, '');
    if (PHONE_CHARS.test(search) && digits.length >= 3) {
      params.digits = `%${digits}%`;
      // A whole number in any form ("8 916 123-45-67") is read as the call desk reads it; part
      // of one is looked for among the digits.
      params.e164 = normalizePhone(search, country)?.e164 ?? '';
      where.push(
        `c.id in (select customer_id from customer_phones
           where e164 = $e164 or replace(coalesce(e164, raw), '+', '') like $digits)`,
      );
    } else if (search.includes('@')) {
      params.email = `${emailKey(search)}%`;
      where.push('c.id in (select customer_id from customer_emails where email_norm like $email)');
    } else {
      params.text = `%${nameKey(search)}%`;
      where.push(
        '(c.name_norm like $text or c.id in (select customer_id from customer_addresses where address_norm like $text))',
      );
    }
  }
  if (input.flag) where.push(FLAG_SQL[input.flag]);
  const whereSql = where.join(' and ');
  const direction = input.descending ? 'desc' : 'asc';
  const total =
    input.offset === 0
      ? (db.prepare(`select count(*) as n from customers c where ${whereSql}`).get(params) as { n: number }).n
      : null;
  const rows = db
    .prepare(
      `select c.id, c.name, c.vip, c.caution, c.doubtful, c.do_not_call,
         (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = c.id order by p.id limit 1) as phone,
         c.orders_count, c.revenue, c.losses, c.incidents_count
       from customers c where ${whereSql}
       order by ${ORDER_BY[input.sort]} ${direction}, c.id ${direction} limit $limit offset $offset`,
    )
    .all(params) as {
    id: number;
    name: string;
    vip: number;
    caution: number;
    doubtful: number;
    do_not_call: number;
    phone: string | null;
    orders_count: number;
    revenue: number;
    losses: number;
    incidents_count: number;
  }[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      vip: r.vip === 1,
      caution: r.caution === 1,
      doubtful: r.doubtful === 1,
      doNotCall: r.do_not_call === 1,
      ordersCount: r.orders_count,
      revenue: r.revenue,
      losses: r.losses,
      incidentsCount: r.incidents_count,
    })),
  };
}
