import {
  keepPreviousData,
  QueryClient,
  useMutation,
  useQuery,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { call, type ApiError } from './api';

// Query keys are [channel, input], so a `data.changed` event naming a domain ("staff") can
// invalidate every query of that domain ("staff.list", ...) without a hand-kept list.
export type ChannelKey<C extends ChannelName> = readonly [C, ChannelInput<C>];

export function channelKey<C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelKey<C> {
  return [channel, input] as const;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Calls go to a local process: a failure is an answer (FORBIDDEN, NOT_FOUND), not a
      // flaky network, so retrying only delays the message. Freshness comes from events.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000 },
      mutations: { retry: false },
    },
  });
}

export function useChannelQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: { enabled?: boolean; keepPrevious?: boolean; refetchEveryMs?: number } = {},
): UseQueryResult<ChannelOutput<C>, ApiError> {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: channelKey(channel, input),
    queryFn: () => call(channel, input),
    enabled: options.enabled ?? true,
    // Keeps the last answer on screen while the next one loads (typing in a search field),
    // so the screen does not flash empty between keystrokes.
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    // Answers that change with the clock alone (what is due now), not only with writes.
    refetchInterval: options.refetchEveryMs,
  });
}

export function useChannelMutation<C extends ChannelName>(channel: C) {
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
  });
}

function channelDomain(key: readonly unknown[]): string | null {
  const [channel] = key;
  return typeof channel === 'string' ? (channel.split('.')[0] ?? null) : null;
}

/**
 * Answers built from another domain's rows: the day plan, the call list and the courier's cash
 * are all read from orders, customers and couriers, so a change there refetches them too (main
 * names only the domain it wrote, e.g. "orders" for a delivery attempt that changes the cash).
 */
const DERIVED: Record<string, readonly string[]> = {
  // Reports add up orders, incidents and customers' totals (courier names, the margin setting).
  // A failed attempt is a loss line (losses.*), listed on its order's incidents and in Reports.
  // demo.status says whether the shop holds data ("Load demo data" is offered only while not).
  orders: ['plan', 'calls', 'cash', 'reports', 'losses', 'demo'],
  customers: ['plan', 'calls', 'orders', 'reports', 'demo'],
  couriers: ['plan', 'cash', 'orders', 'reports', 'demo'],
  plan: ['calls', 'orders'],
  calls: ['plan', 'orders'],
  // A courier's row counts their incidents of 90 days; an order's timeline lists its incidents.
  // The follow-up worklist (followups.*) is read from the incidents.
  incidents: ['couriers', 'orders', 'reports', 'losses', 'followups'],
  // The backup folder is a setting: the backups listed and the last one's age follow it.
  settings: ['backup', 'reports'],
};

/** Refetches what the screens show of the domains main says changed ("*" means everything). */
export function invalidateDomains(client: QueryClient, named: readonly string[]): Promise<void> {
  const domains = [...new Set(named.flatMap((domain) => [domain, ...(DERIVED[domain] ?? [])]))];
  const all = domains.includes('*');
  return client.invalidateQueries({
    predicate: (query) => {
      const domain = channelDomain(query.queryKey);
      return domain !== null && domain !== 'app' && (all || domains.includes(domain));
    },
  });
}

/**
 * Drops everything one person's screens loaded, so the next person signed in never sees it
 * even for a frame. The session and app status stay: they decide what to show next.
 */
export function forgetSignedInData(client: QueryClient): void {
  client.removeQueries({
    predicate: (query) => {
      const domain = channelDomain(query.queryKey);
      return domain !== 'session' && domain !== 'app';
    },
  });
}
