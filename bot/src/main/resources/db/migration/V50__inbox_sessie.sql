-- The web inbox's sign-in (issue 15, item 6). A personal link is exchanged once for a session the
-- server keeps; the browser holds only the session's random id in an HttpOnly cookie.

-- A signed-in session: the SHA-256 of the cookie's random id (never the id itself), whose it is and
-- until when (12 hours). Deleted at logout; expired rows are purged at the next sign-in.
create table inbox_sessie (
    id_hash        varchar(64)   not null primary key,
    email          varchar(200)  not null,
    aangemaakt_op  timestamp     not null,
    verloopt_op    timestamp     not null
);
create index inbox_sessie_verloopt on inbox_sessie (verloopt_op);

-- Sign-in links already used: the SHA-256 of the link's token, so a second use is refused. A row is
-- purged once the link could not be used anyway (its own expiry or the 7-day limit has passed).
create table inbox_link_gebruikt (
    token_hash     varchar(64)   not null primary key,
    gebruikt_op    timestamp     not null,
    verloopt_op    timestamp     not null
);
create index inbox_link_gebruikt_verloopt on inbox_link_gebruikt (verloopt_op);
