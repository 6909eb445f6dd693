// A Russian electronics shop (RUB): seed 003's greeting and the same claim text arriving from many customers.
import type { DemoSituation, DemoStore } from './demo-types.ts';

const claimText =
  'Добрый день. Посылку я так и не получил, хотя по трекингу она числится доставленной. Верните деньги немедленно, иначе оформлю чарджбэк через банк.';

function twin(n: number, name: string, email: string, daysBefore: number): DemoSituation {
  return {
    key: `mass-claim-twin-${n}`,
    now: '2026-09-03T09:00:00Z',
    customer: { name, identities: [`email:${email}`] },
    messages: [
      {
        from: `email:${email}`,
        at: new Date(Date.parse('2026-09-03T09:00:00Z') - daysBefore * 86_400_000).toISOString(),
        channel: 'email',
        text: claimText,
      },
    ],
  };
}

export const taigaStore: DemoStore = {
  slug: 'taiga',
  name: 'Тайга Электроникс',
  currency: 'RUB',
  language: 'ru',
  situations: [
    {
      key: 'hello-ru',
      now: '2026-05-05T09:00:00Z',
      customer: { name: 'Светлана', identities: ['email:sveta.m@example.ru'] },
      messages: [
        {
          from: 'email:sveta.m@example.ru',
          at: '2026-05-05T08:10:00Z',
          channel: 'email',
          text: 'Добрый день! Вы на связи? Магазин ещё работает?',
        },
      ],
    },
    twin(1, 'Артём', 'artem.v@example.ru', 2),
    twin(2, 'Денис', 'denis.p@example.ru', 1),
    {
      key: 'mass-claim-ru',
      now: '2026-09-03T09:00:00Z',
      customer: { name: 'Вадим', identities: ['email:vadim.s@example.ru'] },
      pastOrders: [
        { amountPaid: 4500000, daysBefore: 200 },
        { amountPaid: 3200000, daysBefore: 100 },
      ],
      pastClaims: [
        {
          category: 'delivered_not_received',
          daysBefore: 190,
          text: 'Посылка не пришла, хотя отмечена как доставленная.',
        },
        { category: 'delivered_not_received', daysBefore: 90, text: 'Снова не получил заказ, а в трекинге «вручено».' },
      ],
      order: {
        id: 'R-3102',
        identity: 'email:vadim.s@example.ru',
        placedAt: '2026-08-20T08:00:00Z',
        payment: { method: 'card', status: 'cleared' },
        lines: [{ sku: 'PHONE-X', name: 'Смартфон X 256 ГБ', qty: 1, unitPrice: 8990000, unitWeightG: 400 }],
        discounts: [],
        pointsUsed: 0,
        shippingFee: 0,
        amountPaid: 8990000,
        shippingAddress: 'Москва, ул. Тверская, д. 10, кв. 5',
        status: 'delivered',
      },
      shipments: [
        {
          carrier: 'CDEK',
          service: 'standard',
          trackingNo: 'CDEK3102',
          shippedAt: '2026-08-21T08:00:00Z',
          weightG: 900,
          packagingWeightG: 300,
          signature: false,
          events: [
            { at: '2026-08-21T11:00:00Z', status: 'in_transit' },
            { at: '2026-08-25T12:00:00Z', status: 'delivered', location: 'Москва' },
          ],
        },
      ],
      messages: [{ from: 'email:vadim.s@example.ru', at: '2026-09-03T08:00:00Z', channel: 'email', text: claimText }],
    },
  ],
};
