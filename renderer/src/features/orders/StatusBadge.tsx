import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../../shared/domain/enums';

export const STATUS_COLOR: Record<OrderStatus, string> = {
  new: 'gray',
  confirmed: 'teal',
  scheduled: 'blue',
  out_for_delivery: 'indigo',
  delivered: 'green',
  partly_bought_out: 'orange',
  refused: 'red',
  not_at_home: 'yellow',
  returned: 'red',
  cancelled: 'gray',
  lost: 'red',
};

export function StatusBadge({ status, ...props }: { status: OrderStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} autoContrast data-status={status} {...props}>
      {t(`codes.orderStatus.${status}`)}
    </Badge>
  );
}
