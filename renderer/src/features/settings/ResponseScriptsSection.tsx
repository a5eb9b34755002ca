import { Accordion, Alert, Badge, Button, Group, Loader, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_CAUSES, type IncidentCause } from '../../../../shared/domain/enums';
import type { Settings } from '../../../../shared/domain/settings';
import type { SessionUser } from '../../../../shared/contract/session';
import { SectionCard } from '../../components/SectionCard';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';

type Texts = Record<IncidentCause, string>;

function textsOf(scripts: Settings['responseScripts']): Texts {
  return Object.fromEntries(INCIDENT_CAUSES.map((cause) => [cause, scripts[cause] ?? ''])) as Texts;
}

/** The owner's words per cause, shown beside the logging form; ShopDesk's suggestion is the placeholder. */
export function ResponseScriptsSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  return (
    <SectionCard
      title={t('incidents.scripts.title')}
      description={t('incidents.scripts.description')}
      ownerOnly
      labelledBy="response-scripts-title"
    >
      {user.role !== 'owner' && <Text size="sm">{t('incidents.scripts.operatorNote')}</Text>}
      {settings.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {settings.isError && <Alert color="red">{errorMessage(settings.error)}</Alert>}
      {settings.data && (
        <ScriptsForm scripts={settings.data.responseScripts} editable={user.role === 'owner'} />
      )}
    </SectionCard>
  );
}

function ScriptsForm({ scripts, editable }: { scripts: Settings['responseScripts']; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useChannelMutation('settings.update');
  // Filled once from the saved texts, then it holds what is typed until saved.
  const [texts, setTexts] = useState<Texts>(() => textsOf(scripts));
  const [errors, setErrors] = useState<Partial<Record<IncidentCause, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [openCauses, setOpenCauses] = useState<string[]>([]);

  const submit = async () => {
    setFailure(null);
    setErrors({});
    // An empty text means "use the suggestion": it is left out, not saved as blank.
    const responseScripts = Object.fromEntries(
      INCIDENT_CAUSES.filter((cause) => texts[cause].trim() !== '').map((cause) => [cause, texts[cause]]),
    );
    try {
      const saved = await update.mutateAsync({ responseScripts });
      setTexts(textsOf(saved.responseScripts));
      notifySuccess(t('incidents.scripts.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        const placed: Partial<Record<IncidentCause, string>> = {};
        for (const issue of error.issues) {
          const cause = issue.path.replace(/^responseScripts\./, '') as IncidentCause;
          if (INCIDENT_CAUSES.includes(cause))
            placed[cause] = translateServerMessage(issue.message, i18n.language);
        }
        setErrors(placed);
        // A refused text is opened, so the reason is seen beside it.
        setOpenCauses((open) => [...new Set([...open, ...Object.keys(placed)])]);
        if (Object.keys(placed).length === 0) setFailure(errorMessage(error));
        return;
      }
      notifyError(error);
    }
  };

  return (
    <form
      id="response-scripts"
      noValidate
      aria-label={t('incidents.scripts.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Accordion variant="separated" multiple value={openCauses} onChange={setOpenCauses}>
        {INCIDENT_CAUSES.map((cause) => {
          const own = texts[cause].trim() !== '';
          return (
            <Accordion.Item key={cause} value={cause}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {t(`codes.incidentCause.${cause}`)}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {t(`incidents.causeHint.${cause}`)}
                    </Text>
                  </div>
                  <Badge size="sm" variant="light" color={own ? 'indigo' : 'gray'} style={{ flexShrink: 0 }}>
                    {own ? t('incidents.scripts.yours') : t('incidents.scripts.builtIn')}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Textarea
                  aria-label={t(`codes.incidentCause.${cause}`)}
                  autosize
                  minRows={4}
                  maxRows={14}
                  readOnly={!editable}
                  placeholder={t(`incidents.script.${cause}`)}
                  value={texts[cause]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setTexts((current) => ({ ...current, [cause]: value }));
                  }}
                  error={errors[cause]}
                />
                {editable && own && (
                  <Button
                    mt="xs"
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    onClick={() => setTexts((current) => ({ ...current, [cause]: '' }))}
                  >
                    {t('incidents.scripts.reset')}
                  </Button>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {failure && (
        <Alert color="red" mt="md">
          {failure}
        </Alert>
      )}
      {editable && (
        <Group justify="flex-end" mt="md">
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={update.isPending}>
            {t('incidents.scripts.save')}
          </Button>
        </Group>
      )}
    </form>
  );
}
