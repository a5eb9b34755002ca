import { Anchor, Group, Text, TextInput } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import type { Suggestion } from './follow-up';

interface FollowUpFieldProps {
  /** datetime-local text in the shop's zone. */
  value: string;
  suggestion: Suggestion;
  /** The value is the suggestion (not changed by hand). */
  suggested: boolean;
  onChange: (text: string) => void;
  onUseSuggestion: () => void;
  error?: string;
}

/** When to come back to it, prefilled with the app's suggestion and the reason for it. */
export function FollowUpField({
  value,
  suggestion,
  suggested,
  onChange,
  onUseSuggestion,
  error,
}: FollowUpFieldProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const why =
    suggestion.kind === 'call_back'
      ? t('incidents.form.callBack')
      : t(suggestion.kind === 'post_search' ? 'incidents.form.postSearch' : 'incidents.form.postSearchNow', {
          date: format.day(suggestion.deliveryDate),
        });
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <TextInput
        w={240}
        type="datetime-local"
        label={t('incidents.form.followUp')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
      />
      <div style={{ paddingTop: 26, minWidth: 0 }} data-testid="follow-up-suggestion">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconBulb size={16} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
          <Text size="sm" c={suggested ? undefined : 'dimmed'}>
            {why}
          </Text>
        </Group>
        {!suggested && (
          <Anchor component="button" type="button" size="xs" onClick={onUseSuggestion} ml={22}>
            {t('incidents.form.useSuggestion')}
          </Anchor>
        )}
        {value === '' && (
          <Text size="xs" c="dimmed" ml={22}>
            {t('incidents.form.followUpEmpty')}
          </Text>
        )}
      </div>
    </Group>
  );
}
