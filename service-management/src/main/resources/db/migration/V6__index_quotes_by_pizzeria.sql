-- A pizzeria's quotes are listed newest first.
CREATE INDEX ix_quote_pizzeria_created ON quote (pizzeria_id, created_at);
