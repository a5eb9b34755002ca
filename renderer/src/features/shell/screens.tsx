import {
  IconAlertTriangle,
  IconBan,
  IconCalendarTime,
  IconChartBar,
  IconPhoneCall,
  IconReceipt,
  IconSettings,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';

/** The eight screens, in navigation order; Alt+1..8 follow this order. */
export const SCREEN_IDS = [
  'callDesk',
  'dayPlan',
  'orders',
  'customers',
  'incidents',
  'blocklist',
  'reports',
  'settings',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export interface ScreenInfo {
  id: ScreenId;
  path: string;
  icon: TablerIcon;
  /** Shown to the owner only (main refuses its channels to anyone else anyway). */
  ownerOnly?: boolean;
}

export const SCREENS: readonly ScreenInfo[] = [
  { id: 'callDesk', path: '/call-desk', icon: IconPhoneCall },
  { id: 'dayPlan', path: '/day-plan', icon: IconCalendarTime },
  { id: 'orders', path: '/orders', icon: IconReceipt },
  { id: 'customers', path: '/customers', icon: IconUsers },
  { id: 'incidents', path: '/incidents', icon: IconAlertTriangle },
  { id: 'blocklist', path: '/blocklist', icon: IconBan },
  { id: 'reports', path: '/reports', icon: IconChartBar, ownerOnly: true },
  { id: 'settings', path: '/settings', icon: IconSettings },
];

export const DEFAULT_SCREEN_PATH = '/call-desk';

/** Whether a person in this role sees the screen in the navigation, the palette and Alt+N. */
export function screenVisibleTo(screen: ScreenInfo, role: string | undefined): boolean {
  return !screen.ownerOnly || role === 'owner';
}

/** Shown beside each screen's name: Alt, or Option on a Mac keyboard. */
export function screenHotkey(index: number): string {
  return `Alt+${index + 1}`;
}
