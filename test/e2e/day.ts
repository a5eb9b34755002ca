import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../shared/contract';
import { expect, navigation } from './fixtures';
import { invoke } from './shop';

// Preparation for the delivery-day specs: couriers, customers and orders made through the
// bridge, so each spec spends its steps on the screen it is about.

/** A day far from today, so "today" and "tomorrow" never mix with the spec's own day. */
export const DAY = '2031-03-14';
export const NEXT_DAY = '2031-03-17';
/** The morning after DAY in Moscow (the shop's default zone): DAY's outcomes can be recorded. */
export const MORNING_AFTER_DAY = '2031-03-15T10:00:00+03:00';

export async function addCourier(page: Page, input: ChannelInput<'couriers.create'>) {
  return invoke(page, 'couriers.create', input);
}

export async function addCustomer(page: Page, input: ChannelInput<'customers.create'>) {
  return (await invoke(page, 'customers.create', input)).id;
}

type OrderInput = ChannelInput<'orders.create'>;

export async function addOrder(
  page: Page,
  input: Pick<OrderInput, 'number' | 'customerId' | 'items'> & Partial<OrderInput>,
) {
  const { order } = await invoke(page, 'orders.create', {
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    deliveryDate: DAY,
    ...input,
  });
  return order;
}

/** Opens a part of the day plan for a day through the navigation and the date field. */
const PART_PATH = {
  Plan: '/day-plan',
  'Confirmation calls': '/day-plan/calls',
  'End of day': '/day-plan/end-of-day',
} as const;

export async function openDay(page: Page, part: keyof typeof PART_PATH, date: string) {
  await navigation(page).getByRole('link', { name: 'Day plan' }).click();
  // The link's own address first: from another part of the plan, the check below could otherwise
  // pass on the old address and the link's late navigation overtake the date (seen in CI).
  await expect(page).toHaveURL(/#\/day-plan$/);
  await page.getByRole('radiogroup', { name: 'Part of the day' }).getByText(part, { exact: true }).click();
  // The part is open before the date changes, or the two navigations could overtake each other.
  await expect(page).toHaveURL(new RegExp(`#${PART_PATH[part]}(\\?date=.*)?$`));
  await page.getByLabel('Date', { exact: true }).fill(date);
  await expect(page).toHaveURL(new RegExp(`#${PART_PATH[part]}\\?date=${date}$`));
}

export function column(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

export function stop(page: Page, number: string) {
  return page.getByTestId('stop').filter({ hasText: number });
}

/** The three windows scenario 11's busy day fills, 26 orders each. */
export const BUSY_WINDOWS = [
  { from: '11:00', to: '14:00' },
  { from: '14:00', to: '17:00' },
  { from: '17:00', to: '20:00' },
];

/** Scenario 11's busy day: 78 orders over two own drivers, a foot courier, a service and none. */
export async function busyDay(page: Page) {
  // Named so that the alphabet alone would put the service first and the own drivers last.
  const alfa = await addCourier(page, {
    name: 'Alfa Express',
    kind: 'courier_service',
    costPerDelivery: 40000,
  });
  const boris = await addCourier(page, {
    name: 'Boris Foot',
    kind: 'foot_courier',
    capacity: 12,
    costPerDelivery: 15000,
  });
  const yuri = await addCourier(page, {
    name: 'Yuri Driver',
    kind: 'own_driver',
    capacity: 30,
    costPerDelivery: 30000,
  });
  const zakhar = await addCourier(page, {
    name: 'Zakhar Driver',
    kind: 'own_driver',
    capacity: 20,
    costPerDelivery: 30000,
  });
  const rotation = [yuri.id, yuri.id, zakhar.id, boris.id, alfa.id, null];
  for (let i = 0; i < 78; i += 1) {
    const customerId = await addCustomer(page, {
      name: `Customer ${String(i + 1).padStart(2, '0')}`,
      phones: [{ raw: `+7 916 400-${String(10 + Math.floor(i / 50))}-${String(10 + (i % 50))}` }],
    });
    await addOrder(page, {
      number: `B-${i + 1}`,
      customerId,
      courierId: rotation[i % rotation.length] ?? null,
      window: BUSY_WINDOWS[i % 3]!,
      address: `Lenina ${i + 1}, flat ${i + 3}`,
      items: [{ title: 'Towel', quantity: 1, unitPrice: 150000 }],
    });
  }
  return { yuri, zakhar, boris, alfa };
}
