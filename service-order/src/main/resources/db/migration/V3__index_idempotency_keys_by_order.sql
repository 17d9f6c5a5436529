-- The answer to a placement is stored on its key by order id, also when the recovery job, which
-- does not know the key, finishes the placement.
CREATE INDEX idx_idempotency_keys_order ON idempotency_keys (order_public_id);
