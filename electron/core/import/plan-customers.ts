import type { ImportRiskHit } from '../../../shared/contract/import';
import { addressKey, emailKey } from '../../../shared/domain/normalize';
import type { Settings } from '../../../shared/domain/settings';
import type { CoreContext } from '../context';
import { prepared } from '../db/prepared';
import { CustomerFinder } from './find-customers';
import type { CustomerDraft, CustomerRecord, PhoneValue } from './records';
import { isFlagged, RiskJudge } from './risk';

// What a customers import would do: create the people ShopDesk does not know (by phone, then
// e-mail), and for those it knows add what the file has and ShopDesk lacks — a phone, an e-mail,
// an address — and take the file's name and note when it gives one. Nothing is ever removed; flags,
// call hours and the blocklist stay the owner's business in the app.

export interface CustomerAdditions {
  name: string | null;
  note: string | null;
  phones: PhoneValue[];
  emails: string[];
  addresses: string[];
}

export type CustomerChange =
  | { kind: 'create'; record: CustomerRecord }
  | { kind: 'update'; record: CustomerRecord; id: number; add: CustomerAdditions };

export interface CustomerPlan {
  changes: CustomerChange[];
  unchanged: number;
  riskHits: ImportRiskHit[];
}

function additions(ctx: CoreContext, id: number, draft: CustomerDraft): CustomerAdditions | null {
  const db = ctx.db;
  const row = prepared(db, 'select name, note from customers where id = ?').get(id) as {
    name: string;
    note: string;
  };
  const phones = new Set(
    prepared(db, 'select e164 from customer_phones where customer_id = ?').pluck().all(id) as (
      string | null
    )[],
  );
  const emails = new Set(
    prepared(db, 'select email_norm from customer_emails where customer_id = ?').pluck().all(id),
  );
  const addresses = new Set(
    prepared(db, 'select address_norm from customer_addresses where customer_id = ?').pluck().all(id),
  );
  const add: CustomerAdditions = {
    name: draft.name && draft.name !== row.name ? draft.name : null,
    note: draft.note && draft.note !== row.note ? draft.note : null,
    phones: draft.phones.filter((p) => !phones.has(p.e164)),
    emails: draft.emails.filter((e) => !emails.has(emailKey(e))),
    addresses: draft.addresses.filter((a) => !addresses.has(addressKey(a))),
  };
  const changed =
    add.name !== null ||
    add.note !== null ||
    add.phones.length + add.emails.length + add.addresses.length > 0;
  return changed ? add : null;
}

export function planCustomers(ctx: CoreContext, records: CustomerRecord[], settings: Settings): CustomerPlan {
  const finder = new CustomerFinder(ctx.db);
  const judge = new RiskJudge(ctx.db, settings, ctx.now());
  const plan: CustomerPlan = { changes: [], unchanged: 0, riskHits: [] };
  for (const record of records) {
    const ref = finder.resolve(record.customer, record.line);
    if (ref.kind === 'existing') {
      const add = additions(ctx, ref.id, record.customer);
      if (!add) {
        plan.unchanged++;
        continue;
      }
      plan.changes.push({ kind: 'update', record, id: ref.id, add });
    } else plan.changes.push({ kind: 'create', record });
    const judged = judge.person(ref, record.customer);
    if (isFlagged(judged)) {
      plan.riskHits.push({
        line: record.line,
        orderNumber: null,
        customer: judged.customer,
        verdict: judged.verdict,
        signals: judged.signals,
        blocklist: judged.hits,
        orderId: null,
        outcome: 'imported',
      });
    }
  }
  return plan;
}
