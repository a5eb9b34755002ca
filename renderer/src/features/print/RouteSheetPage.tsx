import { Anchor, Button, Loader } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PlanStop } from '../../../../shared/contract/planning';
import { isIsoDate } from '../../../../shared/domain/dates';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { useChannelQuery } from '../../lib/query';
import { useSession } from '../../lib/session';
import classes from './RouteSheetPage.module.css';
import { pageMarginCss, pageMarkers } from './page-margins';
import { doorSheetText } from '../dayplan/door-text';

/** Delivery methods whose parcels travel under a tracking number: it goes on the sheet. */
const TRACKED: readonly PlanStop['deliveryMethod'][] = ['courier_service', 'post'];

/**
 * /print/route-sheet/:courierId/:date — what a courier carries: the stops in window order with
 * what to collect and, for each, the two lines the customer signs. Main prints this route to an
 * A4 PDF once body[data-print-ready] is set; in the app it is a preview with a way back.
 */
export function RouteSheetPage() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const params = useParams();
  const courierId = Number(params.courierId);
  const date = params.date ?? '';
  const valid = Number.isSafeInteger(courierId) && courierId > 0 && isIsoDate(date);
  const session = useSession();
  const settings = useChannelQuery('settings.get', {});
  const plan = useChannelQuery('plan.day', { date: valid ? date : '2000-01-01' }, { enabled: valid });
  const couriers = useChannelQuery('couriers.list', { includeInactive: true });
  const courier = plan.data?.couriers.find((c) => c.id === courierId);
  const courierName = courier?.name ?? couriers.data?.find((c) => c.id === courierId)?.name;
  const stops = courier?.stops ?? [];
  // The sheet speaks the signed-in person's language; print only once it does.
  const language = session.data?.user?.language;
  const ready = !!(plan.data && settings.data && couriers.data && language && i18n.language === language);

  useEffect(() => {
    if (!ready) return;
    document.body.dataset.printReady = '1';
    return () => {
      delete document.body.dataset.printReady;
    };
  }, [ready]);

  const error = plan.error ?? settings.error ?? couriers.error;
  if (!valid || error)
    return <div className={classes.page}>{error ? errorMessage(error) : t('print.badAddress')}</div>;
  if (!ready) return <Loader m="xl" aria-label={t('common.loading')} />;

  const cash = stops
    .filter((s) => s.paymentMethod === 'cash_on_delivery')
    .reduce((sum, s) => sum + s.toCollect, 0);
  const card = stops
    .filter((s) => s.paymentMethod === 'card_on_delivery')
    .reduce((sum, s) => sum + s.toCollect, 0);

  return (
    <div className={classes.page} data-testid="route-sheet">
      <style>
        {pageMarginCss(
          t('print.pageHeader', {
            shop: settings.data!.shopName,
            courier: courierName ?? `#${courierId}`,
            date: format.day(date),
          }),
          t('print.pageOf', pageMarkers),
        )}
      </style>
      <div className={classes.toolbar}>
        <Anchor component={Link} to={`/day-plan?date=${date}`} size="sm">
          <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('print.back')}
        </Anchor>
        <Button size="compact-sm" leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
      </div>
      <header className={classes.header}>
        <div>
          <p className={classes.shop}>{settings.data!.shopName}</p>
          <p className={classes.title}>{t('print.title')}</p>
        </div>
        <div className={classes.meta}>
          <div>
            <span className={classes.label}>{t('print.courier')}:</span> {courierName ?? `#${courierId}`}
          </div>
          <div>
            <span className={classes.label}>{t('print.date')}:</span> {format.day(date)}
          </div>
          <div>{t('print.stopsCount', { n: stops.length })}</div>
        </div>
      </header>
      {stops.length === 0 && <p>{t('print.noStops')}</p>}
      {stops.map((stop, index) => (
        <section key={stop.orderId} className={classes.stop} data-testid="sheet-stop">
          <div className={classes.stopHead}>
            <span>
              {index + 1}. {stop.window ? `${stop.window.from}–${stop.window.to}` : t('plan.noWindow')}
            </span>
            <span className={classes.customer}>
              {stop.customerName || t('card.unnamed')}
              {stop.phone ? ` · ${displayPhone(stop.phone)}` : ''}
            </span>
            <span>
              {t('print.order')} {stop.number}
            </span>
          </div>
          <div className={classes.row}>
            <span className={classes.label}>{t('print.address')}:</span> {stop.address || '—'}
            {stop.caution && <span className={classes.caution}>{t('print.caution')}</span>}
          </div>
          {/* A courier service's or the post's stop: the number its waybill and the customer go by. */}
          {stop.trackingNumber && TRACKED.includes(stop.deliveryMethod) && (
            <div className={classes.row} data-testid="sheet-tracking">
              <span className={classes.label}>{t('print.tracking')}:</span>{' '}
              <span className={classes.tracking}>{stop.trackingNumber}</span>
            </div>
          )}
          {stop.deliveryNotes && (
            <div className={classes.notes}>
              {t('print.notes')}: {stop.deliveryNotes}
            </div>
          )}
          {stop.items.length > 0 && (
            // Unit prices and a "kept" blank per line: a partial buyout at the door is priced
            // from the sheet alone.
            <table className={classes.items}>
              <tbody>
                {stop.items.map((item, i) => (
                  <tr key={i}>
                    <td>{item.title}</td>
                    <td className={classes.num}>
                      {t('print.itemLine', {
                        quantity: item.quantity,
                        price: format.money(item.unitPrice),
                        sum: format.money(item.unitPrice * item.quantity),
                      })}
                    </td>
                    <td className={classes.blankCol}>
                      {t('print.keptBlank')} <span className={classes.blank} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className={classes.money}>
            <span className={classes.collect}>{doorSheetText(stop, t, format)}</span>
            <span className={classes.signature}>
              {t('print.keptValue')}: <span className={classes.signatureLine} />
            </span>
            <span className={classes.signature}>
              {t('print.received')}: <span className={classes.signatureLine} />
            </span>
          </div>
          <div className={classes.signatures}>
            <div className={classes.signature}>
              <span>{t('print.checkedNoClaims')}</span>
              <span className={classes.signatureLine} />
            </div>
            <div className={classes.signature}>
              <span>{t('print.refusedToCheck')}</span>
              <span className={classes.signatureLine} />
            </div>
          </div>
        </section>
      ))}
      <section className={classes.summary} data-testid="sheet-summary">
        <strong>{t('print.summary')}</strong>
        <table>
          <tbody>
            <tr>
              <td>{t('print.cashTotal')}</td>
              <td>
                <strong>{format.money(cash)}</strong>
              </td>
            </tr>
            <tr>
              <td>{t('print.cardTotal')}</td>
              <td>{format.money(card)}</td>
            </tr>
            <tr>
              <td>{t('print.handedOver')}</td>
              <td>
                <span className={classes.signatureLine} style={{ display: 'inline-block', width: '40mm' }} />
              </td>
            </tr>
          </tbody>
        </table>
      </section>
    </div>
  );
}
