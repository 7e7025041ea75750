-- Slack deliveries already taken on (an event id, or a slash command's or button's trigger id):
-- inserting a key that exists fails on the primary key, so a retried or duplicated delivery is
-- answered once, also when several instances share the database. Purged after a day (SlackOntdubbeling).
create table slack_verwerkt (
    sleutel      varchar(255) not null primary key,
    ontvangen_op timestamp    not null
);
create index slack_verwerkt_ontvangen_op on slack_verwerkt (ontvangen_op);
