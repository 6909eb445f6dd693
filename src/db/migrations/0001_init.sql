-- The desk's data model (DOMAIN.md §2). Money: bigint minor units. Weights: integer grams. Times: timestamptz (UTC).
-- Every row that belongs to a store carries store_id, and every query filters on it.

CREATE TABLE stores (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  currency text NOT NULL,
  language text NOT NULL,
  policy jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'supervisor', 'agent')),
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Login is by email alone, so an email belongs to one account across all stores.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_store_idx ON users (store_id, created_at, id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  store_id uuid NOT NULL REFERENCES stores(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_store_idx ON api_tokens (store_id, created_at, id);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  ok boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email_idx ON login_attempts (lower(email), at);
CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, at);

CREATE TABLE customers (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  name text,
  language text,
  birthday date,
  tier text,
  flags text[] NOT NULL DEFAULT '{}',
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_store_idx ON customers (store_id, created_at, id);

CREATE TABLE customer_identities (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  identity text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, identity)
);
CREATE INDEX customer_identities_customer_idx ON customer_identities (customer_id);

CREATE TABLE orders (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  customer_id uuid REFERENCES customers(id),
  number text NOT NULL,
  identity text,
  placed_at timestamptz,
  need_by timestamptz,
  payment_method text,
  payment_status text,
  payment_cleared_at timestamptz,
  discounts jsonb NOT NULL DEFAULT '[]'::jsonb,
  points_used bigint NOT NULL DEFAULT 0,
  shipping_fee bigint NOT NULL DEFAULT 0,
  amount_paid bigint NOT NULL DEFAULT 0,
  shipping_address text,
  status text NOT NULL DEFAULT 'placed' CHECK (status IN ('placed', 'paid', 'shipped', 'delivered', 'cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, number)
);
CREATE INDEX orders_store_idx ON orders (store_id, created_at, id);
CREATE INDEX orders_customer_idx ON orders (customer_id);

CREATE TABLE order_lines (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position integer NOT NULL,
  sku text NOT NULL,
  name text,
  qty integer NOT NULL CHECK (qty > 0),
  unit_price bigint NOT NULL CHECK (unit_price >= 0),
  unit_weight_g integer,
  perishable boolean NOT NULL DEFAULT false,
  personalization jsonb
);
CREATE INDEX order_lines_order_idx ON order_lines (order_id, position);

CREATE TABLE shipments (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  carrier text,
  service text,
  tracking_no text,
  shipped_at timestamptz,
  weight_g integer,
  packaging_weight_g integer,
  signature boolean NOT NULL DEFAULT false,
  photo_before_ship boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX shipments_tracking_key ON shipments (store_id, tracking_no) WHERE tracking_no IS NOT NULL;
CREATE INDEX shipments_order_idx ON shipments (order_id);
CREATE INDEX shipments_store_idx ON shipments (store_id, created_at, id);

CREATE TABLE tracking_events (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  shipment_id uuid NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned')),
  location text,
  UNIQUE (shipment_id, at, status)
);

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  customer_id uuid REFERENCES customers(id),
  order_id uuid REFERENCES orders(id),
  channel text NOT NULL,
  language text NOT NULL DEFAULT 'und',
  category text NOT NULL DEFAULT 'general',
  dispute_kind text NOT NULL DEFAULT 'none',
  fault text NOT NULL DEFAULT 'unknown',
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'waiting_customer', 'waiting_carrier', 'resolved', 'closed')),
  stage text NOT NULL DEFAULT 'soothe',
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  assignee_id uuid REFERENCES users(id),
  subject text NOT NULL DEFAULT '',
  summary text,
  tags text[] NOT NULL DEFAULT '{}',
  root_cause text,
  resolution text,
  cost_total bigint NOT NULL DEFAULT 0,
  claim jsonb,
  assessment jsonb,
  assessed_at timestamptz,
  first_response_due_at timestamptz,
  first_responded_at timestamptz,
  next_due_at timestamptz,
  search_text text NOT NULL DEFAULT '',
  search_tsv tsvector NOT NULL DEFAULT ''::tsvector,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
-- The inbox: a store's cases by status, newest activity first (keyset pagination on updated_at, id).
CREATE INDEX cases_inbox_idx ON cases (store_id, status, updated_at DESC, id DESC);
CREATE INDEX cases_store_updated_idx ON cases (store_id, updated_at DESC, id DESC);
CREATE INDEX cases_assignee_idx ON cases (store_id, assignee_id, updated_at DESC);
CREATE INDEX cases_category_idx ON cases (store_id, category, updated_at DESC);
CREATE INDEX cases_customer_idx ON cases (customer_id);
CREATE INDEX cases_order_idx ON cases (order_id);
CREATE INDEX cases_search_idx ON cases USING gin (search_tsv);

CREATE TABLE case_costs (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  action_id uuid,
  kind text NOT NULL,
  amount bigint NOT NULL,
  note text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_costs_case_idx ON case_costs (case_id);

CREATE TABLE messages (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  direction text NOT NULL CHECK (direction IN ('in', 'out', 'note')),
  channel text NOT NULL,
  sender text,
  author_id uuid REFERENCES users(id),
  body text NOT NULL,
  language text NOT NULL DEFAULT 'und',
  external_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, external_id)
);
CREATE INDEX messages_case_idx ON messages (case_id, created_at, id);
CREATE INDEX messages_store_idx ON messages (store_id, created_at, id);

CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('photo', 'video', 'file')),
  name text,
  content_type text,
  size integer NOT NULL DEFAULT 0,
  url text,
  data bytea,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_message_idx ON attachments (message_id);

CREATE TABLE actions (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL CHECK (status IN ('requested', 'awaiting_approval', 'approved', 'done', 'rejected')),
  cost bigint NOT NULL DEFAULT 0,
  note text,
  requested_by uuid REFERENCES users(id),
  approved_by uuid REFERENCES users(id),
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX actions_case_idx ON actions (case_id, created_at);
CREATE INDEX actions_store_idx ON actions (store_id, status, created_at, id);

CREATE TABLE reviews (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  customer_id uuid REFERENCES customers(id),
  order_id uuid REFERENCES orders(id),
  platform text,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  body text NOT NULL DEFAULT '',
  reply text,
  replied_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_store_idx ON reviews (store_id, created_at, id);

CREATE TABLE templates (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  name text NOT NULL,
  category text,
  stage text,
  language text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, name, language)
);
CREATE INDEX templates_store_idx ON templates (store_id, created_at, id);

CREATE TABLE audit_log (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  actor_id uuid,
  actor_kind text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_store_idx ON audit_log (store_id, at DESC, id DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (store_id, entity, entity_id);

-- Background work written in the same transaction as the change that needs it; workers claim with
-- FOR UPDATE SKIP LOCKED. dedupe_key makes scheduled runs collide instead of duplicating.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  store_id uuid REFERENCES stores(id),
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  locked_at timestamptz,
  locked_by text,
  last_error text,
  dedupe_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due_idx ON jobs (status, run_at) WHERE status = 'queued';
