import { Badge, Tooltip } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChannelQuery } from '../../lib/query';

/** Says on every screen that the shop shown is the made-up one, until it is cleared. */
export function DemoMarker() {
  const { t } = useTranslation();
  const status = useChannelQuery('demo.status', {});
  if (!status.data?.loadedAt) return null;
  return (
    <Tooltip label={t('demo.markerHint')} withArrow multiline w={280}>
      <Badge
        component={Link}
        to="/settings"
        color="orange"
        variant="filled"
        size="lg"
        leftSection={<IconFlask size={14} />}
        data-testid="demo-marker"
        style={{ cursor: 'pointer' }}
      >
        {t('demo.marker')}
      </Badge>
    </Tooltip>
  );
}
