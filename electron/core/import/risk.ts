import type { BlocklistHit } from '../../../shared/contract/blocklist';
import type { ImportRiskHit } from '../../../shared/contract/import';
import type { PaymentMethod } from '../../../shared/domain/enums';
import { OPEN_STATUSES } from '../../../shared/domain/order-status';
import type { RiskSignal, Verdict } from '../../../shared/domain/risk';
import type { Settings } from '../../../shared/domain/settings';
import { findHits, type Probe } from '../blocklist/match';
import { customerFacts, orderCounts } from '../customers/facts';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { evaluateRisk, verdictOf, type CustomerFacts } from '../risk/rules';
import { blocklistFilter, keysOf, type BlocklistFilter, type ProbeKeys } from './blocklist-filter';
import type { CustomerRef } from './find-customers';
import type { CustomerDraft } from './records';

// The blocklist and the risk rules over every order an import writes, batched: the blocklist is
// loaded once (blocklist-filter.ts) and the real matcher asked only where it may hit; each customer's
// facts are read once however many orders they have. The rules themselves are the app's
// (risk/rules.ts evaluateRisk, verdictOf), so an imported order is judged like one typed in.

const NO_HISTORY: CustomerFacts = {
  deliveredOrders: 0,
  settledOrders: 0,
  buyoutRatePercent: null,
  refusedOrUnclaimed: 0,
  customerFaultIncidents12m: 0,
  allIncidents12m: 0,
  orders12m: 0,
  hasVerifiedLandline: false,
  doubtful: false,
};

interface CustomerRisk {
  facts: CustomerFacts;
  flags: { vip: boolean; caution: boolean; doubtful: boolean } | null;
  hits: BlocklistHit[];
  id: number | null;
  name: string;
  phone: string | null;
}

export interface Judged {
  hits: BlocklistHit[];
  signals: RiskSignal[];
  verdict: Verdict;
  customer: ImportRiskHit['customer'];
}

const FLAGGED: readonly Verdict[] = ['blocked', 'prepayment', 'caution'];
export const isFlagged = (judged: Judged) => FLAGGED.includes(judged.verdict);

interface StoredPerson {
  name: string;
  name_norm: string;
  vip: number;
  caution: number;
  doubtful: number;
}

/**
 * What the blocklist is asked about a stored customer (as customers/rows.ts probeOf), with the keys
 * the app stored beside each value. Read without ORDER BY: the order does not matter here, and
 * with it each of these small queries took several times as long.
 */
function storedProbe(db: Db, id: number) {
  const person = prepared(
    db,
    'select name, name_norm, vip, caution, doubtful from customers where id = ?',
  ).get(id) as StoredPerson;
  const phones = prepared(db, 'select e164, raw from customer_phones where customer_id = ?').all(id) as {
    e164: string | null;
    raw: string;
  }[];
  const emails = prepared(db, 'select email, email_norm from customer_emails where customer_id = ?').all(
    id,
  ) as {
    email: string;
    email_norm: string;
  }[];
  const addresses = prepared(
    db,
    'select address, address_norm from customer_addresses where customer_id = ?',
  ).all(id) as { address: string; address_norm: string }[];
  const probe: Probe = {
    phones: phones.map((p) => p.e164 ?? p.raw),
    emails: emails.map((e) => e.email),
    addresses: addresses.map((a) => a.address),
    names: person.name ? [person.name] : [],
    customerId: id,
  };
  const keys: ProbeKeys = {
    // An unparsed number is keyed by its digits, marked (blocklist/keys.ts phoneKey).
    phones: phones.map((p) => p.e164 ?? `?${p.raw.replace(/\D/g, '')}`),
    emails: emails.map((e) => e.email_norm),
    names: person.name ? [person.name_norm] : [],
    addresses: addresses.map((a) => a.address_norm),
  };
  return { person, probe, keys, phone: phones[0]?.e164 ?? phones[0]?.raw ?? null };
}

export class RiskJudge {
  private readonly filter: BlocklistFilter;
  private readonly customers = new Map<number | CustomerDraft, CustomerRisk>();

  constructor(
    private readonly db: Db,
    private readonly settings: Settings,
    private readonly now: number,
  ) {
    this.filter = blocklistFilter(db);
  }

  /** The real matcher, only where the filter says these keys may hit. */
  private hits(probe: Probe, keys: ProbeKeys): BlocklistHit[] {
    return this.filter.mayHit(keys) ? findHits(this.db, probe, this.settings.country, this.now) : [];
  }

  /** The file's details count too: a blocked phone in the file is a hit even if ShopDesk has another. */
  private customer(ref: CustomerRef, draft: CustomerDraft): CustomerRisk {
    const key = ref.kind === 'existing' ? ref.id : ref.customer.draft;
    let risk = this.customers.get(key);
    if (risk) return risk;
    const fromFile: Probe = {
      phones: draft.phones.map((p) => p.e164),
      emails: draft.emails,
      addresses: draft.addresses,
      names: draft.name ? [draft.name] : [],
    };
    // The file's phones are E.164 already: the key without parsing them again.
    const fileKeys = {
      ...keysOf({ ...fromFile, phones: [] }, this.settings.country),
      phones: fromFile.phones,
    };
    if (ref.kind === 'existing') {
      const stored = storedProbe(this.db, ref.id);
      const probe: Probe = {
        phones: [...stored.probe.phones, ...fromFile.phones],
        emails: [...stored.probe.emails, ...fromFile.emails],
        addresses: [...stored.probe.addresses, ...fromFile.addresses],
        names: stored.probe.names,
        customerId: ref.id,
      };
      const keys: ProbeKeys = {
        phones: [...stored.keys.phones, ...fileKeys.phones],
        emails: [...stored.keys.emails, ...fileKeys.emails],
        names: stored.keys.names,
        addresses: [...stored.keys.addresses, ...fileKeys.addresses],
      };
      const counts = orderCounts(this.db, ref.id);
      risk = {
        facts: customerFacts(this.db, ref.id, counts, this.now, this.settings.timeZone),
        flags: {
          vip: stored.person.vip === 1,
          caution: stored.person.caution === 1,
          doubtful: stored.person.doubtful === 1,
        },
        hits: this.hits(probe, keys),
        id: ref.id,
        name: stored.person.name,
        phone: stored.phone,
      };
    } else {
      risk = {
        facts: NO_HISTORY,
        flags: null,
        hits: this.hits(fromFile, fileKeys),
        id: null,
        name: draft.name,
        phone: draft.phones[0]?.e164 ?? null,
      };
    }
    this.customers.set(key, risk);
    return risk;
  }

  /**
   * An order to be written. The rules about a sale (cash on delivery from a new customer, a large
   * order, a cheque) apply to orders still to be delivered; a delivered, settled or cancelled order
   * is history and is judged on its customer alone.
   */
  order(
    ref: CustomerRef,
    draft: CustomerDraft,
    order: { total: number; paymentMethod: PaymentMethod; address: string; status: string },
  ): Judged {
    const customer = this.customer(ref, draft);
    let hits = customer.hits;
    if (order.address && !draft.addresses.includes(order.address)) {
      const probe = { phones: [], emails: [], names: [], addresses: [order.address] };
      const more = this.hits(
        { ...probe, customerId: customer.id ?? undefined },
        keysOf(probe, this.settings.country),
      ).filter((h) => !hits.some((known) => known.entryId === h.entryId));
      if (more.length > 0) hits = [...hits, ...more];
    }
    const open = (OPEN_STATUSES as readonly string[]).includes(order.status);
    const signals = evaluateRisk({
      customer: customer.facts,
      hits,
      order: open ? { total: order.total, paymentMethod: order.paymentMethod } : undefined,
      settings: this.settings,
    });
    return {
      hits,
      signals,
      verdict: verdictOf(signals, customer.flags),
      customer: { id: customer.id, name: customer.name, phone: customer.phone },
    };
  }

  /** A customer of a customers file: the blocklist and the customer-level rules. */
  person(ref: CustomerRef, draft: CustomerDraft): Judged {
    const customer = this.customer(ref, draft);
    const signals = evaluateRisk({ customer: customer.facts, hits: customer.hits, settings: this.settings });
    return {
      hits: customer.hits,
      signals,
      verdict: verdictOf(signals, customer.flags),
      customer: { id: customer.id, name: customer.name, phone: customer.phone },
    };
  }
}
