import { Alert, Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import type { Override } from './use-import-wizard';

/**
 * Open orders the blocklist refuses are not imported; the owner (the only one who sees this
 * screen) may import them anyway, with a reason main records on each order and in the audit log.
 */
export function OverridePanel({
  refused,
  override,
  onChange,
  error,
}: {
  refused: number;
  override: Override;
  onChange: (override: Override) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={18} />}
      title={t('import.override.title', { count: format.number(refused) })}
      data-testid="import-override"
    >
      <Stack gap="sm">
        <Text size="sm">{t('import.override.hint')}</Text>
        <Checkbox
          label={t('import.override.toggle')}
          data-step-focus
          checked={override.on}
          onChange={(event) => onChange({ ...override, on: event.currentTarget.checked })}
        />
        {override.on && (
          <Textarea
            label={t('import.override.reason')}
            description={t('import.override.reasonHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={1000}
            value={override.reason}
            error={error}
            onChange={(event) => onChange({ ...override, reason: event.currentTarget.value })}
          />
        )}
      </Stack>
    </Alert>
  );
}
