// Reads an orders file: a JSON array of orders (as POST /import/orders takes), or a CSV with one
// row per order line; rows sharing an order number form one order.
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

const int = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : Number(v.trim()));
const text = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
const bool = (v: string | undefined) =>
  v === undefined || v.trim() === '' ? undefined : ['1', 'true', 'yes', 'y'].includes(v.trim().toLowerCase());

/** CSV columns: number, identity, customer_name, placed_at, need_by, payment_method, payment_status, amount_paid, shipping_fee,
 * points_used, discount_code, discount_amount, shipping_address, status, sku, name, qty, unit_price, unit_weight_g, perishable,
 * carrier, service, tracking_no, shipped_at, weight_g, packaging_weight_g. */
export function ordersFromCsv(content: string): unknown[] {
  const rows: Row[] = parse(content, {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    skip_empty_lines: true,
    bom: true,
    trim: false,
  });
  const byNumber = new Map<string, Record<string, unknown> & { lines: unknown[]; shipments: unknown[] }>();
  const order: unknown[] = [];
  for (const row of rows) {
    const number = text(row.number) ?? '';
    let entry = byNumber.get(number);
    if (!entry || !number) {
      const discountAmount = int(row.discount_amount);
      entry = {
        number,
        identity: text(row.identity),
        customerName: text(row.customer_name),
        placedAt: text(row.placed_at),
        needBy: text(row.need_by),
        payment: text(row.payment_method)
          ? { method: text(row.payment_method), status: text(row.payment_status) }
          : undefined,
        amountPaid: int(row.amount_paid),
        shippingFee: int(row.shipping_fee),
        pointsUsed: int(row.points_used),
        discounts: discountAmount !== undefined ? [{ code: text(row.discount_code), amount: discountAmount }] : [],
        shippingAddress: text(row.shipping_address),
        status: text(row.status),
        lines: [],
        shipments: [],
      };
      byNumber.set(number, entry);
      order.push(entry);
    }
    entry.lines.push({
      sku: text(row.sku),
      name: text(row.name),
      qty: int(row.qty),
      unitPrice: int(row.unit_price),
      unitWeightG: int(row.unit_weight_g),
      perishable: bool(row.perishable),
    });
    if (
      text(row.tracking_no) &&
      !entry.shipments.some(
        (s) => typeof s === 'object' && s !== null && 'trackingNo' in s && s.trackingNo === text(row.tracking_no),
      )
    ) {
      entry.shipments.push({
        carrier: text(row.carrier),
        service: text(row.service),
        trackingNo: text(row.tracking_no),
        shippedAt: text(row.shipped_at),
        weightG: int(row.weight_g),
        packagingWeightG: int(row.packaging_weight_g),
      });
    }
  }
  // JSON.stringify drops the undefined fields, so the row validator sees only what the file said.
  return order.map((o) => JSON.parse(JSON.stringify(o)));
}

/** Parses a file's content by its name: .json → the array itself, anything else → CSV. */
export function readOrdersFile(name: string, content: string): unknown[] {
  if (!name.toLowerCase().endsWith('.json')) return ordersFromCsv(content);
  const value: unknown = JSON.parse(content);
  if (!Array.isArray(value)) throw new Error('a JSON orders file holds an array of orders');
  return value;
}
