// Raw RFC 5322 bytes → what the desk needs from an email. mailparser (with iconv-lite) handles the
// labelled charsets and transfer encodings; we repair what it cannot: unlabelled 8-bit headers and
// bodies (sniffed), HTML-only mail (already turned to text by mailparser), quoted history.
import { type Attachment as MailAttachment, simpleParser } from 'mailparser';
import { detectMailKind, type MailKind } from './detect-automated.ts';
import { decodeUnknownBytes } from './sniff-charset.ts';
import { findCaseRef, normaliseMessageId, parseMessageIds } from './thread-keys.ts';

export type MailAttachmentData = {
  kind: 'photo' | 'video' | 'file';
  name: string;
  contentType: string;
  content: Buffer;
};

export type ParsedMail = {
  kind: MailKind;
  messageId: string;
  inReplyTo: string[];
  references: string[];
  caseRef?: string;
  subject: string;
  fromAddress: string;
  fromName: string;
  date?: string;
  text: string;
  attachments: MailAttachmentData[];
};

/** Parses one raw email; the Message-ID falls back to a content hash so intake stays idempotent. */
export async function parseMail(raw: Buffer, fallbackId: string): Promise<ParsedMail> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const rawHeaders = splitRaw(raw);
  const subject = removeControls(repairHeader(mail.subject ?? '', rawHeaders.header('subject')));
  const from = mail.from?.value[0];
  const fromAddress = (from?.address ?? '').toLowerCase();
  let text = mail.text ?? '';
  if (text.includes('\uFFFD') && !rawHeaders.isMultipart) text = decodeUnknownBytes(rawHeaders.body).text;
  const contentType = mail.headers.get('content-type');
  const kind = detectMailKind({
    headers: mail.headers,
    subject,
    fromAddress,
    contentType:
      typeof contentType === 'object' && contentType && 'value' in contentType
        ? String(contentType.value)
        : String(contentType ?? ''),
  });
  return {
    kind,
    messageId: mail.messageId ? normaliseMessageId(mail.messageId) : `<${fallbackId}@intake.aftersales>`,
    inReplyTo: parseMessageIds(mail.inReplyTo),
    references: parseMessageIds(mail.references),
    caseRef: findCaseRef(subject),
    subject,
    fromAddress,
    fromName: from?.name && !from.name.includes('=?') ? from.name : '',
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : undefined,
    text: stripQuotedReply(removeControls(text.replace(/\r\n/g, '\n'))).trim(),
    attachments: mail.attachments
      .filter((a) => a.contentDisposition !== 'inline' || a.contentType.startsWith('image/'))
      .map(toAttachment),
  };
}

function toAttachment(a: MailAttachment): MailAttachmentData {
  const kind = a.contentType.startsWith('image/') ? 'photo' : a.contentType.startsWith('video/') ? 'video' : 'file';
  return { kind, name: a.filename ?? 'attachment', contentType: a.contentType, content: a.content };
}

/** A header mailparser decoded to replacement characters was raw 8-bit: sniff its bytes instead. */
function repairHeader(decoded: string, raw: Buffer | undefined): string {
  if (!decoded.includes('\uFFFD') || !raw) return decoded;
  return decodeUnknownBytes(raw).text.trim();
}

// NUL and other C0 controls (but tab and newline) come from broken clients; PostgreSQL text refuses NUL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const removeControls = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** The quoted history below a reply repeats what the case already holds; keep what is new. */
export function stripQuotedReply(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex(
    (line, i) =>
      /^(On .+ wrote:|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*原始邮件\s*-{2,}|在.+写道[:：]|.+(пишет|написал\(а\)|написал):)\s*$/i.test(
        line.trim(),
      ) ||
      (line.startsWith('>') && lines.slice(i).every((l) => l.startsWith('>') || l.trim() === '')),
  );
  return cut > 0 ? lines.slice(0, cut).join('\n') : text;
}

type RawParts = { header: (name: string) => Buffer | undefined; body: Buffer; isMultipart: boolean };

function splitRaw(raw: Buffer): RawParts {
  let end = raw.indexOf('\r\n\r\n');
  let gap = 4;
  if (end < 0) {
    end = raw.indexOf('\n\n');
    gap = 2;
  }
  const head = raw
    .subarray(0, end < 0 ? raw.length : end)
    .toString('latin1')
    .replace(/\r?\n[ \t]+/g, ' ');
  const body = end < 0 ? Buffer.alloc(0) : raw.subarray(end + gap);
  const lines = head.split(/\r?\n/);
  const header = (name: string): Buffer | undefined => {
    const line = lines.find((l) => l.toLowerCase().startsWith(`${name}:`));
    return line === undefined ? undefined : Buffer.from(line.slice(name.length + 1).trim(), 'latin1');
  };
  return { header, body, isMultipart: /^content-type:\s*multipart\//im.test(head) };
}
