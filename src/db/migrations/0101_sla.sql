-- Service levels (issue 6): one row per timer breach that was escalated. The primary key makes the
-- escalation idempotent: two workers sweeping at once cannot escalate the same breach twice.
CREATE TABLE sla_escalations (
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  timer text NOT NULL CHECK (timer IN ('first_response', 'follow_up')),
  due_at timestamptz NOT NULL,
  store_id uuid NOT NULL REFERENCES stores(id),
  escalated_at timestamptz NOT NULL DEFAULT now(),
  assignee_id uuid REFERENCES users(id),
  PRIMARY KEY (case_id, timer, due_at)
);
CREATE INDEX sla_escalations_store_idx ON sla_escalations (store_id, escalated_at DESC);
