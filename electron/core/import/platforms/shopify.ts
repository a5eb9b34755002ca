import type { PlatformDefinition } from './types';

// Shopify admin → Orders → Export (CSV, "Plain CSV file"): one row per line item; the order's own
// columns (Financial Status, Total, …) are filled on its first row only.

/**
 * Shopify's order-level discount column. Not mapped yet: the `discount` import field arrives with
 * the order discount work (branch wt-discount); when it lands, add `discount: SHOPIFY_DISCOUNT_COLUMN`
 * to the mapping below, otherwise a discounted order fails its total check.
 */
export const SHOPIFY_DISCOUNT_COLUMN = 'Discount Amount';

export const shopify: PlatformDefinition = {
  id: 'shopify',
  labelKey: 'shopify',
  detectHeaders: ['Name', 'Financial Status', 'Fulfillment Status', 'Lineitem name', 'Created at'],
  target: 'orders',
  mapping: {
    number: 'Name',
    orderedOn: 'Created at',
    customerName: 'Shipping Name',
    customerPhone: 'Phone',
    customerEmail: 'Email',
    address: 'Shipping Address1',
    itemTitle: 'Lineitem name',
    itemSku: 'Lineitem sku',
    quantity: 'Lineitem quantity',
    unitPrice: 'Lineitem price',
    total: 'Total',
    deliveryFee: 'Shipping',
    paymentMethod: 'Payment Method',
    paymentStatus: 'Financial Status',
    comment: 'Notes',
  },
  valueMaps: {
    paymentMethod: {
      'Shopify Payments': 'card_online',
      'Cash on Delivery (COD)': 'cash_on_delivery',
      manual: 'bank_transfer',
    },
    paymentStatus: {
      pending: 'unpaid',
      authorized: 'pending_clearance',
      paid: 'paid',
      partially_paid: 'unpaid',
      refunded: 'refunded',
      partially_refunded: 'partly_refunded',
      voided: 'unpaid',
    },
  },
  defaults: {},
};
