-- Issue 15: a message flagged as a signal is answered with "Signaal doorgeven"; it becomes a draft
-- (signaal_concept) only when the teacher presses that button. Until then the teacher's words, the
-- knelpunt, the urgency and the locatie are sealed here with AES-256-GCM under a fresh key that
-- exists only on the button (never stored, never logged), bound to the teacher's channel and user
-- id. This row alone is unreadable; it is deleted when the button is pressed (the draft takes over)
-- or once older than weerbaar.signalen.concept-geldigheid. No user id, no plain text.
create table signaal_voorstel (
    id             varchar(36)   not null primary key,
    inhoud         varchar(8000) not null,
    aangemaakt_op  timestamp     not null
);
create index signaal_voorstel_aangemaakt_op on signaal_voorstel (aangemaakt_op);
