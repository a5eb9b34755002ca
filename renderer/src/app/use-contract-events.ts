import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call, onEvent } from '../lib/api';
import { invalidateDomains } from '../lib/query';
import { sessionKey, storeSession } from '../lib/session';
import { recordTaskProgress } from '../lib/task-progress';

/**
 * Keeps every screen in step with main: changed domains refetch, session changes re-read, and a
 * long task's steps (backup, restore, export) go to the progress store its screens read.
 */
export function useContractEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const offData = onEvent('data.changed', ({ domains }) => void invalidateDomains(client, domains));
    const offSession = onEvent('session.changed', () => {
      // Read the session through storeSession, so a sign-in or sign-out made elsewhere also
      // drops what the previous person's screens had loaded.
      call('session.current', {})
        .then((state) => storeSession(client, state))
        .catch(() => client.invalidateQueries({ queryKey: sessionKey }));
    });
    const offProgress = onEvent('task.progress', recordTaskProgress);
    return () => {
      offData();
      offSession();
      offProgress();
    };
  }, [client]);
}
