import { Button, Group, Modal, Text } from '@mantine/core';
import { createContext, use, useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';

// A half-taken order must not vanish because F2, Ctrl+K, the command palette, the sidebar or a
// Back link moved the app elsewhere. A form says it has unsaved edits (useUnsavedChanges); while
// any does, the router's blocker holds every in-app navigation and asks first, and closing or
// reloading the window asks the browser's own question.

export type UnsavedWhat = 'order' | 'customer';

type Register = (id: string, what: UnsavedWhat | null) => void;

const UnsavedContext = createContext<Register | null>(null);

/**
 * Declares that the calling form has edits that are not saved. Pass false while it saves, so the
 * navigation that follows a successful save is not held.
 */
export function useUnsavedChanges(dirty: boolean, what: UnsavedWhat): void {
  const register = use(UnsavedContext);
  const id = useId();
  useEffect(() => {
    if (!register) return;
    register(id, dirty ? what : null);
    return () => register(id, null);
  }, [register, id, dirty, what]);
}

/** Holds navigation away from unsaved edits and asks: Stay, or Leave and lose them. */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [forms, setForms] = useState<ReadonlyMap<string, UnsavedWhat>>(new Map());
  const register = useCallback<Register>((id, what) => {
    setForms((previous) => {
      if ((previous.get(id) ?? null) === what) return previous;
      const next = new Map(previous);
      if (what) next.set(id, what);
      else next.delete(id);
      return next;
    });
  }, []);
  const what = forms.values().next().value ?? null;

  // Only a move to another page is held: a form that rewrites its own query string stays free.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      what !== null &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [what],
  );
  const blocker = useBlocker(shouldBlock);

  // The page says what it guards (body[data-unsaved]): a signal tests wait on before they press
  // a key, since a form reports its edits one render after the keystroke.
  useEffect(() => {
    if (what === null) delete document.body.dataset.unsaved;
    else document.body.dataset.unsaved = what;
  }, [what]);

  useEffect(() => {
    if (what === null) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [what]);

  const blocked = blocker.state === 'blocked';
  // Stay gives the caret back to the field being typed in; Leave must not, or it would take it
  // from the page gone to (the call desk's search field after F2).
  const [leaving, setLeaving] = useState(false);
  const stay = () => {
    setLeaving(false);
    blocker.reset?.();
  };
  const leave = () => {
    setLeaving(true);
    blocker.proceed?.();
  };
  return (
    <UnsavedContext value={register}>
      {children}
      <Modal
        opened={blocked}
        onClose={stay}
        returnFocus={!leaving}
        title={t('shell.unsaved.title')}
        centered
        size="sm"
      >
        <Text size="sm" mb="lg">
          {t(`shell.unsaved.body.${what ?? 'order'}`)}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={stay} data-autofocus>
            {t('shell.unsaved.stay')}
          </Button>
          <Button color="red" onClick={leave}>
            {t('shell.unsaved.leave')}
          </Button>
        </Group>
      </Modal>
    </UnsavedContext>
  );
}
