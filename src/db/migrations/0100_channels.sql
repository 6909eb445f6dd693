-- Channels and service levels (issue 6): the durable mail outbox, IMAP cursors, chat/self-service
-- sessions and signed-webhook sources.

-- One row per outgoing email. message_id (the RFC 5322 Message-ID) is unique: a reply is sent
-- exactly once however often the worker retries or restarts.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
  case_message_id uuid REFERENCES messages(id) ON DELETE SET NULL,
  message_id text NOT NULL UNIQUE,
  from_address text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  in_reply_to text,
  refs text NOT NULL DEFAULT '',
  kind text NOT NULL DEFAULT 'reply' CHECK (kind IN ('reply', 'acknowledgement', 'notification')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_outbox_case_idx ON mail_outbox (case_id, created_at);
-- One mail per case message: the reply sweep and the reply flow may both try to queue it.
CREATE UNIQUE INDEX mail_outbox_case_message_key ON mail_outbox (case_message_id) WHERE case_message_id IS NOT NULL;
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at) WHERE status IN ('queued', 'sending');

-- Where IMAP intake stopped: the last UID taken in per mailbox, valid for one UIDVALIDITY.
CREATE TABLE mailbox_cursors (
  store_id uuid NOT NULL REFERENCES stores(id),
  mailbox text NOT NULL,
  uid_validity text NOT NULL,
  last_uid bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store_id, mailbox)
);

-- A customer's handle on one conversation: a chat widget session or a verified self-service visit.
-- Only the hash of the token is stored.
CREATE TABLE channel_sessions (
  token_hash text PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  kind text NOT NULL CHECK (kind IN ('chat', 'form')),
  case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers(id),
  identity text,
  name text,
  language text NOT NULL DEFAULT 'und',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX channel_sessions_case_idx ON channel_sessions (case_id);

-- Marketplaces and other systems that post signed JSON to /api/v1/channels/webhook/:sourceId.
CREATE TABLE webhook_sources (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  name text NOT NULL,
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX webhook_sources_store_idx ON webhook_sources (store_id);
