-- The self-service contact page (issue 6): verification attempts, counted per order number and per
-- IP in the database (so every instance agrees) to stop guessing order numbers and contacts.
CREATE TABLE form_attempts (
  id bigserial PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES stores(id),
  order_number text NOT NULL,
  ip text NOT NULL,
  ok boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX form_attempts_order_idx ON form_attempts (store_id, order_number, at);
CREATE INDEX form_attempts_ip_idx ON form_attempts (ip, at);

-- A verified self-service visit is bound to the order it proved.
ALTER TABLE channel_sessions ADD COLUMN order_id uuid REFERENCES orders(id);
