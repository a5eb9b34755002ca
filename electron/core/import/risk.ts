import type { BlocklistHit } from '../../../shared/contract/blocklist';
import type { ImportRiskHit } from '../../../shared/contract/import';
import type { PaymentMethod } from '../../../shared/domain/enums';
import { OPEN_STATUSES } from '../../../shared/domain/order-status';
import type { RiskSignal, Verdict } from '../../../shared/domain/risk';
import type { Settings } from '../../../shared/domain/settings';
import { findHits, type Probe } from '../blocklist/match';
import { customerFacts, orderCounts } from '../customers/facts';
import { getCustomerRow, loadCustomer, probeOf } from '../customers/rows';
import type { Db } from '../db/open';
import { evaluateRisk, verdictOf, type CustomerFacts } from '../risk/rules';
import { blocklistFilter, type BlocklistFilter } from './blocklist-filter';
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

export class RiskJudge {
  private readonly filter: BlocklistFilter;
  private readonly customers = new Map<number | CustomerDraft, CustomerRisk>();

  constructor(
    private readonly db: Db,
    private readonly settings: Settings,
    private readonly now: number,
  ) {
    this.filter = blocklistFilter(db, settings.country);
  }

  private hits(probe: Probe, phonesAreKeys: boolean): BlocklistHit[] {
    if (!this.filter.mayHit(probe, phonesAreKeys)) return [];
    return findHits(this.db, probe, this.settings.country, this.now);
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
    if (ref.kind === 'existing') {
      const row = getCustomerRow(this.db, ref.id)!;
      const stored = loadCustomer(this.db, row);
      const probe = probeOf(stored);
      probe.phones.push(...fromFile.phones);
      probe.emails.push(...fromFile.emails);
      probe.addresses.push(...fromFile.addresses);
      const counts = orderCounts(this.db, ref.id);
      risk = {
        facts: customerFacts(this.db, ref.id, counts, this.now, this.settings.timeZone),
        flags: { vip: stored.vip, caution: stored.caution, doubtful: stored.doubtful },
        hits: this.hits(probe, false),
        id: ref.id,
        name: stored.name,
        phone: stored.phones[0]?.e164 ?? stored.phones[0]?.raw ?? null,
      };
    } else {
      risk = {
        facts: NO_HISTORY,
        flags: null,
        hits: this.hits(fromFile, true),
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
      const more = this.hits(
        {
          phones: [],
          emails: [],
          names: [],
          addresses: [order.address],
          customerId: customer.id ?? undefined,
        },
        true,
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
