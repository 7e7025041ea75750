-- Teams conversation references: where the bot can reach a user later without being asked
-- (proactive messages, e.g. delivering a signal to an aanspreekpunt). One row per user and
-- conversation, refreshed on every activity the user sends; the newest wins.
create table teams_gesprek (
    user_aad_id       varchar(200)  not null,
    conversation_id   varchar(500)  not null,
    conversation_type varchar(20),
    service_url       varchar(500)  not null,
    tenant_id         varchar(100),
    bot_id            varchar(200),
    referentie        varchar(8000) not null,
    bijgewerkt_op     timestamp     not null,
    primary key (user_aad_id, conversation_id)
);
create index teams_gesprek_bijgewerkt_op on teams_gesprek (user_aad_id, bijgewerkt_op);
