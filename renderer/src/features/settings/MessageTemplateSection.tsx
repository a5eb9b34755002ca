import { Alert, Button, Group, Loader, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { SectionCard } from '../../components/SectionCard';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';
import { MESSAGE_PLACEHOLDERS } from '../dayplan/message-template';

/**
 * The shop's words for the message sent instead of a call (the calls tab composes it per
 * customer). Empty keeps ShopDesk's text, in the language the operator uses.
 */
export function MessageTemplateSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  return (
    <SectionCard
      title={t('plan.message.templateTitle')}
      description={t('plan.message.templateDescription', {
        placeholders: MESSAGE_PLACEHOLDERS.map((p) => `{${p}}`).join(' '),
      })}
      ownerOnly
      labelledBy="message-template-title"
    >
      {settings.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {settings.isError && <Alert color="red">{errorMessage(settings.error)}</Alert>}
      {settings.data && (
        <TemplateForm saved={settings.data.messageTemplate} editable={user.role === 'owner'} />
      )}
    </SectionCard>
  );
}

function TemplateForm({ saved, editable }: { saved: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useChannelMutation('settings.update');
  // Filled once from the saved text, then it holds what is typed until saved.
  const [text, setText] = useState(saved);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    try {
      const result = await update.mutateAsync({ messageTemplate: text.trim() });
      setText(result.messageTemplate);
      notifySuccess(t('plan.message.templateSaved'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION' && failure.issues[0])
        setError(translateServerMessage(failure.issues[0].message, i18n.language));
      else notifyError(failure);
    }
  };

  return (
    <form
      noValidate
      aria-label={t('plan.message.templateTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Textarea
        label={t('plan.message.templateLabel')}
        autosize
        minRows={3}
        maxRows={8}
        readOnly={!editable}
        placeholder={t('plan.message.defaultTemplate')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={error}
      />
      <Group justify="space-between" mt="sm">
        <Text size="xs" c="dimmed">
          {t('plan.message.templateEmpty')}
        </Text>
        {editable && (
          <Button type="submit" loading={update.isPending} leftSection={<IconDeviceFloppy size={16} />}>
            {t('common.save')}
          </Button>
        )}
      </Group>
    </form>
  );
}
