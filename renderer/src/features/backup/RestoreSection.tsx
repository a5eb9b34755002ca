import { Alert, Badge, Button, Group, List, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconRestore, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { SectionCard } from '../../components/SectionCard';
import { ApiError, call } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';
import { storeSession } from '../../lib/session';
import { clearTaskProgress } from '../../lib/task-progress';
import { translateServerMessage } from '../../locales/server-messages';
import { countsText } from './BackupList';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';

type Inspected = ChannelOutput<'backup.inspect'>;
type Field = 'location' | 'passphrase';

export interface RestorePick {
  location: string;
  encrypted: boolean;
}

/**
 * Restore in two steps: "Check" asks main what the backup holds (every check a restore makes,
 * nothing changed), then "Restore…" with a confirmation. A refusal is shown beside the field it
 * is about: the place (not a backup, damaged, too new) or the passphrase (needed, wrong).
 */
export function RestoreSection({ pick }: { pick: RestorePick | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const client = useQueryClient();
  const [location, setLocation] = useState(pick?.location ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [checked, setChecked] = useState<Inspected | null>(null);
  const [confirming, setConfirming] = useState(false);
  const inspect = useChannelMutation('backup.inspect');
  const restore = useChannelMutation('backup.restore');
  const input = { location: location.trim(), ...(passphrase ? { passphrase } : {}) };

  /** Places main's refusal beside its field; true when it was one of this form's. */
  const placeRefusal = (error: unknown): boolean => {
    if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return false;
    const next: Partial<Record<Field, string>> = {};
    for (const issue of error.issues) {
      if ((issue.path === 'location' || issue.path === 'passphrase') && !next[issue.path]) {
        next[issue.path] = translateServerMessage(issue.message, i18n.language);
      }
    }
    if (!next.location && !next.passphrase) return false;
    setErrors(next);
    return true;
  };

  const edit = (field: Field, value: string) => {
    if (field === 'location') setLocation(value);
    else setPassphrase(value);
    // What was checked is no longer what would be restored.
    setChecked(null);
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const check = async () => {
    if (input.location === '') {
      setErrors({ location: t('backup.restore.enterLocation') });
      return;
    }
    setErrors({});
    try {
      setChecked(await inspect.mutateAsync(input));
    } catch (error) {
      if (!placeRefusal(error)) notifyError(error);
    }
  };

  const confirm = async () => {
    clearTaskProgress('restore');
    try {
      const done = await restore.mutateAsync(input);
      notifySuccess(t('backup.restore.done', { name: done.safetyBackup.name }));
      // Everyone is signed out: the app falls back to the sign-in screen, and whoever signs in
      // next starts on the default screen, not here.
      window.history.replaceState(null, '', '#/');
      storeSession(client, await call('session.current', {}));
    } catch (error) {
      setConfirming(false);
      if (!placeRefusal(error)) notifyError(error);
    }
  };

  const checkedDate = checked?.createdAt != null ? format.dateTime(checked.createdAt) : null;

  return (
    <SectionCard
      title={t('backup.restore.title')}
      description={t('backup.restore.description')}
      labelledBy="restore-title"
    >
      <form
        noValidate
        aria-label={t('backup.restore.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('backup.restore.location')}
            description={t('backup.restore.locationHint')}
            placeholder={t('backup.restore.locationPlaceholder')}
            spellCheck={false}
            value={location}
            error={errors.location}
            onChange={(event) => edit('location', event.currentTarget.value)}
          />
          <PasswordInput
            label={t('backup.restore.passphrase')}
            description={
              pick?.encrypted ? t('backup.restore.passphraseNeeded') : t('backup.restore.passphraseHint')
            }
            autoComplete="off"
            // Picked from the list: the next thing to do is the passphrase, or the check.
            autoFocus={pick?.encrypted === true}
            maw={420}
            value={passphrase}
            error={errors.passphrase}
            onChange={(event) => edit('passphrase', event.currentTarget.value)}
          />
          <Group>
            <Button
              type="submit"
              variant="light"
              leftSection={<IconSearch size={16} />}
              loading={inspect.isPending}
              autoFocus={pick !== null && !pick.encrypted}
            >
              {t('backup.restore.check')}
            </Button>
          </Group>
        </Stack>
      </form>
      {!checked && (
        <Text size="sm" c="dimmed">
          {t('backup.restore.checkFirst')}
        </Text>
      )}
      {checked && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={t('backup.restore.checked')}
          data-testid="restore-checked"
        >
          <Stack gap="xs">
            <List size="sm" spacing={2}>
              <List.Item>
                {checkedDate
                  ? t('backup.restore.checkedAt', { date: checkedDate })
                  : t('backup.restore.noDate')}
              </List.Item>
              <List.Item>{countsText(t, format, checked.counts)}</List.Item>
              <List.Item>{t('backup.restore.schema', { version: checked.schemaVersion })}</List.Item>
            </List>
            <Group gap="sm">
              <Badge variant="light" color={checked.encrypted ? 'grape' : 'gray'}>
                {checked.encrypted ? t('backup.restore.encrypted') : t('backup.restore.plain')}
              </Badge>
            </Group>
            <Group>
              <Button color="red" leftSection={<IconRestore size={16} />} onClick={() => setConfirming(true)}>
                {t('backup.restore.restore')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {checked && (
        <RestoreConfirmDialog
          opened={confirming}
          date={checkedDate ?? t('backup.restore.noDate')}
          counts={countsText(t, format, checked.counts)}
          running={restore.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() => void confirm()}
        />
      )}
    </SectionCard>
  );
}
