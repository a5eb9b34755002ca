import { z } from 'zod';
import { INCIDENT_CAUSES, INCIDENT_STATUSES } from '../domain/enums';
import { WAITING_FOR } from '../domain/incidents';
import { channel } from './define';

const int = z.number().int();

/** What coming back to it means: call the customer, or file the 30-day search request with the post. */
export const FOLLOW_UP_KINDS = ['call_back', 'post_search'] as const;

export const followUpItemSchema = z.object({
  incidentId: int,
  /** Epoch ms. */
  due: int,
  kind: z.enum(FOLLOW_UP_KINDS),
  cause: z.enum(INCIDENT_CAUSES),
  status: z.enum(INCIDENT_STATUSES),
  waitingFor: z.enum(WAITING_FOR).nullable(),
  happenedOn: z.string(),
  customerName: z.string().nullable(),
  customerPhone: z.string().nullable(),
  orderNumber: z.string().nullable(),
});
export type FollowUpItem = z.infer<typeof followUpItemSchema>;

export const FOLLOW_UP_BUCKETS = ['overdue', 'today', 'week'] as const;
export type FollowUpBucket = (typeof FOLLOW_UP_BUCKETS)[number];

/** At most this many incidents per bucket are listed; the counts are always whole. */
export const FOLLOW_UP_LIST_LIMIT = 200;

export const followupsChannels = {
  /**
   * The follow-up worklist: open and waiting incidents whose follow-up is overdue, due later
   * today, or due in the six days after today (the shop's calendar days), soonest first. The
   * navigation's badge is counts.overdue + counts.today.
   */
  'followups.list': channel({
    input: z.object({}).strict(),
    output: z.object({
      /** The shop's today and the instant the buckets were cut at. */
      today: z.string(),
      now: int,
      /** The last day of "this week" (today + 6). */
      weekEnds: z.string(),
      counts: z.record(z.enum(FOLLOW_UP_BUCKETS), int),
      /** Soonest first, at most FOLLOW_UP_LIST_LIMIT each. */
      buckets: z.record(z.enum(FOLLOW_UP_BUCKETS), z.array(followUpItemSchema)),
    }),
    role: 'operator',
  }),
  /**
   * The reminder hook for the desktop shell: what has fallen due, for an OS notification.
   * electron/main polls this (say each minute and on waking from sleep) as the signed-in person,
   * passing as `since` the `now` of its previous answer; `items` are then only the incidents
   * whose follow-up time fell in (since, now] — each is notified once — and `overdue` is how many
   * are overdue in all (for the dock/taskbar badge). Without `since` every overdue one is listed.
   * A notification's click opens `#/incidents/<incidentId>`; `#/incidents/follow-ups` is the list.
   */
  'followups.due': channel({
    input: z.object({ since: int.min(0).optional() }).strict(),
    output: z.object({
      now: int,
      overdue: int,
      items: z.array(followUpItemSchema).max(FOLLOW_UP_LIST_LIMIT),
    }),
    role: 'operator',
  }),
};
