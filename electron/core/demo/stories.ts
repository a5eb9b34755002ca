import { COMPLAINT_STORIES } from './stories-complaints';
import { DELIVERY_STORIES } from './stories-delivery';
import { MONEY_STORIES } from './stories-money';
import type { Story } from './story-types';

// The people of SCENARIOS.md, so whoever opens the demo meets Arkady, the partial buyer and the
// endless complainant by name. Their order here is their customer id order.

export const STORIES: readonly Story[] = [...MONEY_STORIES, ...DELIVERY_STORIES, ...COMPLAINT_STORIES];
