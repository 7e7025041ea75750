-- Questions stored before V45 were kept word for word (names, classes, phone numbers, and texts
-- the recogniser flagged as a signal). They cannot be stripped in SQL, so they go; new ones are
-- stored stripped (Persoonsgegevens). The retention period was 30 days anyway.
delete from onbeantwoorde_vraag;
