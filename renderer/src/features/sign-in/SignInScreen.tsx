import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage, currentLanguage } from '../../app/i18n';
import { FullScreenMessage } from '../../components/FullScreenMessage';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { storeSession } from '../../lib/session';
import { PersonButton } from './PersonButton';

/** Who is at the keyboard: pick yourself, type your PIN if you have one. */
export function SignInScreen() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const choices = useChannelQuery('session.choices', {});
  const signIn = useChannelMutation('session.signIn');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const people = choices.data ?? [];
  const selected = people.find((person) => person.id === selectedId) ?? null;

  const select = (id: number) => {
    setSelectedId(id);
    setPin('');
    setPinError(null);
    setFormError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    setPinError(null);
    setFormError(null);
    try {
      const input = selected.hasPin ? { staffId: selected.id, pin } : { staffId: selected.id };
      storeSession(client, await signIn.mutateAsync(input));
    } catch (error) {
      // A wrong PIN (VALIDATION on "pin") and a lock-out (FORBIDDEN) both belong beside the
      // PIN; the PIN typed stays so a slip can be corrected rather than retyped.
      const aboutPin =
        error instanceof ApiError &&
        (error.code === 'FORBIDDEN' || error.issues.some((issue) => issue.path === 'pin'));
      if (aboutPin && selected.hasPin) setPinError(errorMessage(error));
      else setFormError(errorMessage(error));
    }
  };

  return (
    <FullScreenMessage icon={<IconUsers size={28} />} title={t('signIn.title')} width={620}>
      <Group justify="space-between">
        <Text c="dimmed">{t('signIn.pickYourself')}</Text>
        <LanguageSwitch value={currentLanguage()} onChange={applyLanguage} />
      </Group>
      {choices.isError && <Alert color="red">{errorMessage(choices.error)}</Alert>}
      {choices.isSuccess && people.length === 0 && <Alert color="yellow">{t('signIn.nobody')}</Alert>}
      <SimpleGrid cols={2} role="group" aria-label={t('signIn.people')}>
        {people.map((person) => (
          <PersonButton
            key={person.id}
            person={person}
            selected={person.id === selectedId}
            onSelect={() => select(person.id)}
          />
        ))}
      </SimpleGrid>
      {selected && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            {selected.hasPin ? (
              <PasswordInput
                label={t('signIn.pinFor', { name: selected.name })}
                inputMode="numeric"
                autoComplete="current-password"
                autoFocus
                value={pin}
                onChange={(event) => setPin(event.currentTarget.value)}
                error={pinError}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('signIn.noPin', { name: selected.name })}
              </Text>
            )}
            {formError && <Alert color="red">{formError}</Alert>}
            <Group justify="flex-end">
              <Button type="submit" loading={signIn.isPending}>
                {t('signIn.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </FullScreenMessage>
  );
}
