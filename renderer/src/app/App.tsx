import { createContext, use, useEffect } from 'react';
import { createHashRouter, type DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { SessionUser } from '../../../shared/contract/session';
import { useChannelQuery } from '../lib/query';
import { useSession } from '../lib/session';
import { FirstRunSetup } from '../features/setup/FirstRunSetup';
import { RouteSheetPage } from '../features/print/RouteSheetPage';
import { AppShellLayout } from '../features/shell/AppShellLayout';
import { UnsavedChangesGuard } from '../features/shell/unsaved-changes';
import { SignInScreen } from '../features/sign-in/SignInScreen';
import { CoreUnreachableScreen } from '../features/startup/CoreUnreachableScreen';
import { StartupProblemScreen } from '../features/startup/StartupProblemScreen';
import { LoadingScreen } from '../components/LoadingScreen';
import { applyLanguage } from './i18n';
import { useContractEvents } from './use-contract-events';

/** Startup: a database problem shows only its message; otherwise the session decides. */
export function App() {
  const status = useChannelQuery('app.status', {});
  if (status.isPending) return <LoadingScreen />;
  if (status.isError)
    return <CoreUnreachableScreen error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.problem) return <StartupProblemScreen status={status.data} problem={status.data.problem} />;
  return <SessionGate />;
}

function SessionGate() {
  useContractEvents();
  const session = useSession();
  const user = session.data?.user ?? null;
  const language = user?.language;

  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  if (session.isPending) return <LoadingScreen />;
  if (session.isError)
    return <CoreUnreachableScreen error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data.needsSetup) return <FirstRunSetup />;
  if (!user) return <SignInScreen />;
  return (
    // Keyed by person: a new sign-in starts from a clean shell, with nothing left in state.
    <SignedInUser value={user}>
      <RouterProvider key={user.id} router={appRouter()} />
    </SignedInUser>
  );
}

// A data router (not <HashRouter>), because only a data router has useBlocker: the shell's
// unsaved-changes guard holds navigation away from a half-filled form with it. One router for
// the app's life; the person signed in reaches the shell through context.
const SignedInUser = createContext<SessionUser | null>(null);

function SignedInShell() {
  const user = use(SignedInUser);
  return user ? (
    <UnsavedChangesGuard>
      <AppShellLayout user={user} />
    </UnsavedChangesGuard>
  ) : null;
}

let router: DataRouter | null = null;
function appRouter(): DataRouter {
  router ??= createHashRouter([
    // Print pages stand alone, without the shell: main renders them to PDF.
    { path: '/print/route-sheet/:courierId/:date', element: <RouteSheetPage /> },
    { path: '*', element: <SignedInShell /> },
  ]);
  return router;
}
