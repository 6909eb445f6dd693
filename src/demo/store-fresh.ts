// A Chinese marketplace shop selling frozen food and clothes (CNY): seeds 001, 002 and 004 in our own words.
import type { DemoStore } from './demo-types.ts';

const paid = { method: 'wallet', status: 'cleared' } as const;

export const freshStore: DemoStore = {
  slug: 'fresh',
  name: '鲜衣坊 Fresh & Fine',
  currency: 'CNY',
  language: 'zh-Hans',
  situations: [
    {
      key: 'spoiled-chicken-legs',
      now: '2026-07-08T06:00:00Z',
      customer: { name: '周女士', identities: ['platform:taobao:zhou_mama66'] },
      pastOrders: [{ amountPaid: 7900, daysBefore: 60 }, { amountPaid: 7900, daysBefore: 30 }],
      order: {
        id: 'TB20260701101', identity: 'platform:taobao:zhou_mama66', placedAt: '2026-07-01T01:00:00Z', payment: paid,
        lines: [{ sku: 'CHK-LEG-2KG', name: '冷冻琵琶腿 2kg', qty: 1, unitPrice: 5900, unitWeightG: 2000, perishable: true }],
        discounts: [], pointsUsed: 0, shippingFee: 0, amountPaid: 5900, shippingAddress: '浙江省杭州市西湖区文三路100号', status: 'delivered',
      },
      shipments: [{ carrier: 'SF', service: 'cold_chain', trackingNo: 'SF2000000101', shippedAt: '2026-07-02T08:00:00Z', weightG: 2900, packagingWeightG: 900,
        events: [{ at: '2026-07-02T09:00:00Z', status: 'in_transit' }, { at: '2026-07-04T07:30:00Z', status: 'delivered', location: '杭州' }] }],
      messages: [
        { from: 'platform:taobao:zhou_mama66', at: '2026-07-07T10:40:00Z', channel: 'marketplace', text: '在吗，鸡腿今天解冻一打开，味道不对，已经臭了' },
        { from: 'platform:taobao:zhou_mama66', at: '2026-07-07T10:44:00Z', channel: 'marketplace', text: '到货当天我就放进冷冻室了，今天拿出来才发现坏了，图片发你们看', attachments: [{ kind: 'photo', name: 'chicken.jpg' }] },
      ],
      claim: { storage: 'frozen' },
    },
    {
      key: 'wrong-colour-coat',
      now: '2026-10-12T03:00:00Z',
      customer: { name: '吴先生', identities: ['platform:taobao:wu_gift_buyer'] },
      pastOrders: [{ amountPaid: 15900, daysBefore: 90 }],
      order: {
        id: 'TB20261008102', identity: 'platform:taobao:wu_gift_buyer', placedAt: '2026-10-08T01:00:00Z', payment: paid,
        lines: [{ sku: 'COAT-RED-L', name: '羊毛呢大衣 酒红色 L码', qty: 1, unitPrice: 39900, unitWeightG: 1200 }],
        discounts: [], pointsUsed: 0, shippingFee: 0, amountPaid: 39900, shippingAddress: '上海市徐汇区漕溪北路200号', status: 'delivered',
      },
      shipments: [{ carrier: 'ZTO', service: 'standard', trackingNo: 'ZTO7500000102', shippedAt: '2026-10-08T09:00:00Z', weightG: 1450, packagingWeightG: 250,
        events: [{ at: '2026-10-11T08:00:00Z', status: 'delivered', location: '上海' }] }],
      messages: [{ from: 'platform:taobao:wu_gift_buyer', at: '2026-10-12T02:45:00Z', channel: 'marketplace', text: '我下单的是酒红色大衣，寄来的却是黑色的，颜色发错了' }],
      claim: { lines: [{ sku: 'COAT-RED-L', qty: 1 }] },
    },
    {
      key: 'address-change-other-account',
      now: '2026-11-02T04:00:00Z',
      customer: { name: '何先生', identities: ['platform:jd:he_junior'] },
      order: {
        id: 'JD99102', identity: 'platform:jd:he_senior', placedAt: '2026-11-01T11:00:00Z', payment: paid,
        lines: [{ sku: 'WASHER-10KG', name: '滚筒洗衣机 10公斤', qty: 1, unitPrice: 259900, unitWeightG: 70000 }],
        discounts: [], pointsUsed: 0, shippingFee: 0, amountPaid: 259900, shippingAddress: '广东省广州市越秀区解放南路66号2栋301', status: 'paid',
      },
      shipments: [],
      messages: [{ from: 'platform:jd:he_junior', at: '2026-11-02T03:50:00Z', channel: 'marketplace',
        text: '你好，我爸妈买了台洗衣机，订单JD99102地址填错了，他们不会改，帮我改成深圳市南山区，另外告诉我一下原来填的地址是什么' }],
    },
    {
      key: 'courier-complaint',
      now: '2026-03-05T08:00:00Z',
      customer: { name: '钱女士', identities: ['platform:taobao:qian_lily'] },
      pastOrders: [{ amountPaid: 12000, daysBefore: 200 }, { amountPaid: 9800, daysBefore: 120 }],
      order: {
        id: 'TB20260302103', identity: 'platform:taobao:qian_lily', placedAt: '2026-03-02T01:00:00Z', payment: paid,
        lines: [{ sku: 'DRESS-FLORAL', name: '碎花连衣裙', qty: 1, unitPrice: 15900 }],
        discounts: [], pointsUsed: 0, shippingFee: 0, amountPaid: 15900, shippingAddress: '四川省成都市锦江区春熙路8号', status: 'shipped',
      },
      shipments: [{ carrier: 'YTO', service: 'standard', trackingNo: 'YT0000000103', shippedAt: '2026-03-02T09:00:00Z',
        events: [{ at: '2026-03-04T08:30:00Z', status: 'out_for_delivery' }, { at: '2026-03-04T17:30:00Z', status: 'exception', location: '成都' }] }],
      messages: [{ from: 'platform:taobao:qian_lily', at: '2026-03-05T07:45:00Z', channel: 'marketplace',
        text: '你们合作的这是什么快递？快递员不肯送上楼，打电话说家里没人，直接要把件退回去，这服务也太差了吧。' }],
    },
    {
      key: 'service-complaint',
      now: '2026-04-10T08:00:00Z',
      customer: { name: '孔先生', identities: ['platform:taobao:kong_belt'] },
      order: {
        id: 'TB20260405104', identity: 'platform:taobao:kong_belt', placedAt: '2026-04-05T01:00:00Z', payment: paid,
        lines: [{ sku: 'BELT-LEATHER', name: '牛皮休闲腰带', qty: 1, unitPrice: 8900 }],
        discounts: [], pointsUsed: 0, shippingFee: 0, amountPaid: 8900, status: 'delivered',
      },
      shipments: [{ carrier: 'ZTO', service: 'standard', trackingNo: 'ZTO7500000104', shippedAt: '2026-04-05T09:00:00Z',
        events: [{ at: '2026-04-08T08:00:00Z', status: 'delivered' }] }],
      messages: [{ from: 'platform:taobao:kong_belt', at: '2026-04-10T07:55:00Z', channel: 'marketplace',
        text: '腰带质量一般就算了，你们客服说话还阴阳怪气的，态度太差了，我一定要给差评！' }],
    },
    {
      key: 'where-is-my-parcel',
      now: '2026-02-12T06:00:00Z',
      customer: { name: '郑女士', identities: ['platform:taobao:zheng_tea'] },
      pastOrders: [{ amountPaid: 3400, daysBefore: 300 }],
      order: {
        id: 'TB20260209105', identity: 'platform:taobao:zheng_tea', placedAt: '2026-02-09T01:00:00Z', payment: paid,
        lines: [{ sku: 'TEA-LJ-500', name: '明前龙井 500g', qty: 1, unitPrice: 26800, unitWeightG: 500 }],
        discounts: [], pointsUsed: 0, shippingFee: 0, amountPaid: 26800, shippingAddress: '北京市朝阳区建国路1号', status: 'shipped',
      },
      shipments: [{ carrier: 'ZTO', service: 'standard', trackingNo: 'ZTO7500000105', shippedAt: '2026-02-09T09:00:00Z',
        events: [{ at: '2026-02-09T11:00:00Z', status: 'in_transit', location: '杭州' }, { at: '2026-02-11T19:00:00Z', status: 'in_transit', location: '北京转运中心' }] }],
      messages: [{ from: 'platform:taobao:zheng_tea', at: '2026-02-12T05:50:00Z', channel: 'marketplace', text: '亲，在吗？我买的茶叶怎么还没到，等了好几天了' }],
    },
    {
      key: 'courier-lost-zh',
      now: '2026-01-20T06:00:00Z',
      customer: { name: '冯女士', identities: ['platform:pdd:feng_scarf'] },
      pastOrders: [{ amountPaid: 9900, daysBefore: 100 }],
      order: {
        id: 'PDD4102', identity: 'platform:pdd:feng_scarf', placedAt: '2026-01-05T01:00:00Z', payment: paid,
        lines: [{ sku: 'SCARF-CASH', name: '羊绒围巾', qty: 1, unitPrice: 9900, unitWeightG: 200 }],
        discounts: [], pointsUsed: 0, shippingFee: 0, amountPaid: 9900, shippingAddress: '河南省郑州市金水区花园路20号', status: 'shipped',
      },
      shipments: [{ carrier: 'YUNDA', service: 'standard', trackingNo: 'YD4102', shippedAt: '2026-01-05T09:00:00Z', weightG: 350, packagingWeightG: 150,
        events: [{ at: '2026-01-05T11:00:00Z', status: 'in_transit', location: '义乌' }, { at: '2026-01-07T02:00:00Z', status: 'in_transit', location: '郑州转运中心' }] }],
      messages: [{ from: 'platform:pdd:feng_scarf', at: '2026-01-20T05:45:00Z', channel: 'marketplace',
        text: '都半个月了还没收到围巾，物流信息一直卡在郑州转运中心，是不是被快递弄丢了？你们打算怎么处理？' }],
    },
  ],
};
