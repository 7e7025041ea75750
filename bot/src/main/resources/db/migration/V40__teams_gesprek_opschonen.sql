-- Teams conversation references unused for the retention period are deleted
-- (ConversationReferences.verwijderOngebruikt): an index on the time of last use alone.
create index teams_gesprek_laatst_gebruikt on teams_gesprek (bijgewerkt_op);
