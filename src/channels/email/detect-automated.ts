// Auto-replies and bounces must never open a case (they would loop: our acknowledgement would
// answer their auto-reply). Recognised by the headers RFC 3834 and mail servers set, and by the
// subjects mail clients use in our customers' languages when they set no header at all.

export type MailKind = 'message' | 'auto_reply' | 'bounce';

export type MailSignals = {
  headers: ReadonlyMap<string, unknown>;
  subject: string;
  fromAddress: string;
  contentType: string;
};

const AUTO_SUBJECT =
  /^\s*(?:(?:re|aw|回复|回覆|ответ)\s*[:：]\s*)?(?:auto(?:matic)?[\s-]*(?:reply|response)|out of (?:the )?office|away from (?:the )?office|自动回复|自動回覆|自动答复|自動回復|автоответ|автоматический ответ|вне офиса)/i;
const BOUNCE_SUBJECT =
  /(?:undeliver(?:ed|able)|delivery status notification|mail delivery (?:failed|failure)|returned mail|退信|邮件被退回|系统退信|недоставленное|не доставлено|ошибка доставки)/i;
const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster)@/i;

/** Tells a customer's message from an auto-reply or a bounce, so only the first becomes a case. */
export function detectMailKind(mail: MailSignals): MailKind {
  const header = (name: string): string => textOf(mail.headers.get(name)).toLowerCase();
  if (mail.contentType.toLowerCase().includes('multipart/report')) return 'bounce';
  if (BOUNCE_SENDER.test(mail.fromAddress) && (BOUNCE_SUBJECT.test(mail.subject) || mail.subject === ''))
    return 'bounce';
  if (header('x-failed-recipients')) return 'bounce';
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto_reply';
  if (header('x-autoreply') || header('x-autorespond') || header('x-autoresponder')) return 'auto_reply';
  if (/\b(?:oof|autoreply|all)\b/.test(header('x-auto-response-suppress')) && AUTO_SUBJECT.test(mail.subject))
    return 'auto_reply';
  if (/^(?:auto_reply|bulk|junk|list)$/.test(header('precedence'))) return 'auto_reply';
  if (AUTO_SUBJECT.test(mail.subject)) return 'auto_reply';
  if (BOUNCE_SENDER.test(mail.fromAddress) && BOUNCE_SUBJECT.test(mail.subject)) return 'bounce';
  return 'message';
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return '';
}
