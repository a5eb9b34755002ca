import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SessionState } from '../../../shared/contract/session';
import { channelKey, forgetSignedInData, useChannelMutation, useChannelQuery } from './query';

export const sessionKey = channelKey('session.current', {});

export function useSession() {
  return useChannelQuery('session.current', {});
}

/** Puts a session state main just returned into the cache, so the screen follows at once. */
export function storeSession(client: QueryClient, next: SessionState): void {
  const previous = client.getQueryData<SessionState>(sessionKey);
  if (previous?.user?.id !== next.user?.id) forgetSignedInData(client);
  client.setQueryData(sessionKey, next);
  void client.invalidateQueries({ queryKey: channelKey('session.choices', {}) });
}

/** Signs out; the app falls back to the sign-in screen because the session has no user. */
export function useSignOut() {
  const client = useQueryClient();
  const mutation = useChannelMutation('session.signOut');
  return {
    ...mutation,
    signOut: () =>
      mutation.mutateAsync({}).then((state) => {
        // The next person starts on the default screen, not wherever this one left off, and
        // does not read the messages meant for the one before.
        window.history.replaceState(null, '', '#/');
        notifications.clean();
        storeSession(client, state);
      }),
  };
}
