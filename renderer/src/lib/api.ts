import type {
  AppErrorBody,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  EventName,
  EventPayload,
  Result,
  ShopDeskBridge,
} from '../../../shared/contract';

declare global {
  interface Window {
    shopdesk?: ShopDeskBridge;
  }
}

/** A failed call, carrying the envelope's error so forms can show issues beside their fields. */
export class ApiError extends Error {
  readonly code: AppErrorBody['code'];
  readonly issues: NonNullable<AppErrorBody['issues']>;
  constructor(body: AppErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
  }
}

function bridge(): ShopDeskBridge {
  if (!window.shopdesk)
    throw new Error('ShopDesk bridge is missing: open the app through Electron or the harness.');
  return window.shopdesk;
}

/** The typed client: the envelope as it came. */
export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  return (await bridge().invoke(channel, input)) as Result<ChannelOutput<C>>;
}

/** The typed client for TanStack Query and forms: data, or an ApiError thrown. */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge().on(event, listener as (payload: unknown) => void);
}
