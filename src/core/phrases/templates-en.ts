import type { StageTexts } from './phrase-template.ts';

// English defaults. {estimate} is a range phrase ("between 3 and 5 May"), {amount} formatted money.
export const TEMPLATES_EN: StageTexts = {
  order_status: {
    soothe: 'Hello {name}, thank you for checking in on order {orderId}. I am happy to look at it for you right now.',
    verify: 'I have checked order {orderId}: it is with {carrier} under tracking number {trackingNo}.',
    propose:
      'Based on recent deliveries on this route it is expected {estimate}. I will keep an eye on it and write to you if anything changes.',
    negotiate:
      'I understand you were hoping to have it sooner. Could you tell me the date you need it by? If it helps, we can look at a faster service for your next order. What would work best for you?',
    resolve:
      'I have asked {carrier} for an update and set a reminder to check the tracking again, so you will hear from me even if nothing changes.',
    record:
      'Thank you for your patience, {name}. I have noted your question on order {orderId}; please write any time if you need anything else.',
  },
  delayed_or_lost: {
    soothe:
      'I am really sorry that order {orderId} is taking so long, {name}. I know how frustrating it is to wait, and I am on it.',
    verify:
      'The tracking for {trackingNo} with {carrier} has not moved recently. Could you tell me the date you need the items by, so I can plan around it?',
    propose:
      'We can reship {item} now at our cost, or refund {amount} if you prefer. Meanwhile I will open a trace with {carrier}.',
    negotiate:
      'I hear that waiting any longer is not an option for you. Would a reship by express, a full refund, or a partial refund while we keep tracing suit you better? What would feel fair to you?',
    resolve:
      'I have arranged what we agreed and opened a trace with {carrier}; I will send you the new tracking number as soon as I have it.',
    record:
      'Thank you for bearing with us, {name}. I have recorded the delay on order {orderId} so we can check how this carrier handles this route.',
  },
  delivered_not_received: {
    soothe:
      'I am sorry you have not received order {orderId}, {name}, even though the tracking says delivered. Let us find it together.',
    verify:
      'Could you please check with neighbours, your building reception or a parcel locker nearby? I am also asking {carrier} for the delivery details of {trackingNo}.',
    propose: 'While {carrier} investigates, we can reship {item} or refund {amount}, whichever you prefer.',
    negotiate:
      'I understand this is stressful. Would a reship or a refund suit you better, or is there another solution you would prefer? What would you consider fair?',
    resolve:
      'I have arranged the reship or refund we agreed on and filed a claim with {carrier}; I will keep you updated on both.',
    record:
      'Thank you for your patience, {name}. I have noted this delivery on {trackingNo} so we can ask for a signature on your next orders.',
  },
  missing_items: {
    soothe: 'I am sorry that part of order {orderId} seems to be missing, {name}. Thank you for letting us know.',
    verify:
      'Could you send me a photo of what arrived and the packing slip? I am also checking the weight recorded for the parcel.',
    propose: 'We can send the missing {item} to you now, or refund {amount} for it, whichever you prefer.',
    negotiate:
      'I understand you expected everything in one parcel. Would you prefer the missing {item} sent by express, or a refund for it? What would you feel is fair?',
    resolve: 'I have arranged the missing {item} for you; the tracking number will follow as soon as it ships.',
    record:
      'Thank you, {name}. I have recorded this on order {orderId} so our packing team can photograph orders like yours before they leave.',
  },
  damaged: {
    soothe: 'I am so sorry that {item} arrived damaged, {name}. That is not how it should reach you.',
    verify:
      'Could you send a photo of the item and the outer box? It helps me sort this out quickly and file a claim with {carrier}.',
    propose: 'We can send you a replacement {item} at no cost, or refund {amount}, whichever you prefer.',
    negotiate:
      'I understand this is disappointing. Would a replacement, a full refund, or a partial refund of {amount} if you keep the item suit you best? What would you find fair?',
    resolve: 'I have arranged the replacement or refund we agreed on; you do not need to send the damaged item back.',
    record:
      'Thank you for the photos, {name}. I have passed them to our packing team so we can protect items like this better.',
  },
  spoiled: {
    soothe: 'I am very sorry that your {item} arrived spoiled, {name}. Food should reach you fresh.',
    verify:
      'Could you send me a photo, and tell me when the parcel arrived and how it was kept after delivery? That helps me choose the right solution.',
    propose: 'We can reship {item} with extra cold packs or refund {amount} for the spoiled part.',
    negotiate:
      'I understand how disappointing this is. Would you prefer a reship or a refund, or is there another solution you have in mind? What would feel fair to you?',
    resolve: 'I have arranged what we agreed and asked our warehouse to pack your next parcel with extra cooling.',
    record:
      'Thank you, {name}. I have recorded the transit time of this parcel so we can review our cold-chain packing for this route.',
  },
  wrong_item: {
    soothe: 'I am sorry we sent the wrong item in order {orderId}, {name}. That was our mistake.',
    verify:
      'Could you send a photo of the item you received and its label? I will compare it with your order right away.',
    propose:
      'If you would like to keep it, we can refund part of the price; otherwise we send {item} now and include a prepaid return label.',
    negotiate:
      'I understand you wanted exactly what you ordered. Would an exchange with a prepaid return label, or a full refund, suit you better? What would you consider fair?',
    resolve: 'I have arranged the exchange or refund we agreed on, and the return label is on its way to you.',
    record:
      'Thank you, {name}. I have recorded this mix-up on order {orderId} so our warehouse can double-check similar items.',
  },
  quality_doubt: {
    soothe:
      'Thank you for telling us about your concerns with {item}, {name}. I want to make sure you are happy with it.',
    verify:
      'Could you describe what you noticed and, if possible, send a photo or a short video? Our product team will look at it.',
    propose: 'If it is not right, we can exchange {item} or refund {amount} after we receive it back.',
    negotiate:
      'I understand you want to be sure about the quality. Would an exchange, a refund, or more details from the manufacturer help most? What would you feel is fair?',
    resolve: 'I have arranged the exchange or refund we agreed on and shared your feedback with our product team.',
    record: 'Thank you for your feedback, {name}. I have recorded it for {item} so our buyers can review this product.',
  },
  personalization_error: {
    soothe: 'I am sorry the personalisation on {item} is not what you expected, {name}.',
    verify:
      'I am comparing the text on the item with the text entered for order {orderId}. Could you send me a photo of the personalisation?',
    propose: 'We can redo {item} for you; I will confirm the exact text with you before we start.',
    negotiate:
      'I understand how much this gift matters. Would a remake, a partial refund, or a different solution suit you best? What would you find fair?',
    resolve: 'I have started the remake with the text you confirmed and will share the tracking number when it ships.',
    record:
      'Thank you, {name}. I have noted this on order {orderId} so we confirm personalisation text with customers before production.',
  },
  return_exchange: {
    soothe: 'Thank you for getting in touch about returning {item}, {name}. I am happy to help.',
    verify:
      'Could you tell me whether you would like a different size or colour, or a refund? I will check the return window for order {orderId}.',
    propose:
      'I can send you a return label now; as soon as {item} is on its way back we will send the exchange or refund {amount}.',
    negotiate:
      'I understand you would like this to be simple. Would store credit, an exchange, or a refund suit you best? What would feel fair to you?',
    resolve: 'Your return label is attached. Once {carrier} scans the parcel, I will confirm your exchange or refund.',
    record:
      'Thank you, {name}. I have noted the reason for your return so we can improve our size and product information.',
  },
  refund_request: {
    soothe: 'Thank you for your message about a refund for order {orderId}, {name}. I will look into it for you.',
    verify:
      'I am checking order {orderId} and what was paid for {item}. Could you tell me the reason for the refund so I can process it correctly?',
    propose: 'We can refund {amount} to your original payment method.',
    negotiate:
      'I understand you expected a different amount. Could you tell me which part you see differently? We could also offer store credit. What would you consider fair?',
    resolve:
      'I have issued a refund of {amount}; banks usually show it within 5 to 10 business days, and I will confirm once it has gone through.',
    record:
      'Thank you, {name}. I have recorded the refund on order {orderId}; please write any time if you have questions.',
  },
  cancel_order: {
    soothe: 'Thank you for letting us know you would like to cancel order {orderId}, {name}.',
    verify: 'I am checking whether order {orderId} has left our warehouse yet.',
    propose:
      'If it has not shipped, I can cancel it now and refund {amount}; if it has, we can arrange a free return once it reaches you.',
    negotiate:
      'I understand your plans have changed. Would cancelling, changing the items, or keeping the order with a later delivery suit you best? What would you feel is fair?',
    resolve: 'Order {orderId} is cancelled and the refund of {amount} is on its way to your original payment method.',
    record: 'Thank you, {name}. I have noted your cancellation; we hope to see you again.',
  },
  change_info: {
    soothe: 'Thank you for your message about changing the details of order {orderId}. I am happy to help.',
    verify:
      'To protect the account holder, order details can only be changed at the request of the account that placed the order. Could you write to us from that account?',
    propose: 'As soon as we hear from the ordering account, we can update the details before the parcel ships.',
    negotiate:
      'I understand this is inconvenient. If the account holder cannot write, could they call us from the phone number on their account? Is there another way we could help you?',
    resolve: 'The details of order {orderId} have been updated as requested by the account holder.',
    record: 'Thank you for your understanding. We have recorded this request on order {orderId}.',
  },
  payment_issue: {
    soothe: 'I am sorry for the trouble with the payment for order {orderId}, {name}.',
    verify:
      'I am checking the payment status of order {orderId}. Could you tell me which payment method you used and what you see on your side?',
    propose:
      'We can hold the order until the payment clears, or you can pay by another method and we will ship straight away.',
    negotiate:
      'I understand you need the items soon. Would paying another way, or waiting for the payment to clear, suit you better? What would feel fair to you?',
    resolve: 'The payment for order {orderId} is confirmed and your order is being prepared.',
    record: 'Thank you for your patience, {name}. I have noted this payment question on order {orderId}.',
  },
  courier_complaint: {
    soothe: 'I am sorry about your experience with the courier, {name}. Thank you for telling us.',
    verify:
      'Could you tell me what happened and when? I will pass it to {carrier} together with the tracking number {trackingNo}.',
    propose:
      'I have filed a complaint with {carrier}; if the parcel was affected, we can also reship {item} or refund {amount}.',
    negotiate:
      'I understand this was upsetting. Would it help if we used a different carrier for your orders, or is there something else you would like? What would you find fair?',
    resolve: 'I have sent your complaint to {carrier} and will let you know what they reply.',
    record:
      'Thank you, {name}. I have recorded this with {carrier} so we can review which carrier we use in your area.',
  },
  service_complaint: {
    soothe:
      'I am truly sorry that our service let you down, {name}. Thank you for telling us; I will personally look into it.',
    verify: 'Could you tell me a little more about what happened, so I can make sure it is put right?',
    propose:
      'I would like to make this up to you with a discount on your next order, and I have shared your feedback with our team.',
    negotiate:
      'I hear how disappointing this was. Is there something specific you would like us to do? What would feel fair to you?',
    resolve: 'I have applied what we agreed to your account and followed up with our team.',
    record:
      'Thank you for your honesty, {name}. Your feedback has been recorded and will be used in our team training.',
  },
  general: {
    soothe: 'Hello {name}, thank you for your message. How can I help you today?',
    verify: 'Could you tell me a little more, or share your order number, so I can look into it?',
    propose: 'Here is what I can do for you: I will check this and come back to you with an answer.',
    negotiate:
      'I understand. Could you tell me what outcome you are hoping for? I will do my best to find an option that works. What would you feel is fair?',
    resolve: 'All done. Please let me know if there is anything else I can do.',
    record: 'Thank you for getting in touch, {name}. Have a lovely day.',
  },
};
