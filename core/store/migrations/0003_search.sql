-- Migration 3: caseload name search and the indexes behind the Today lists.
-- Name search uses a normalised token table rather than FTS5: each name part is case-folded,
-- Kazakh letters folded to their Russian base forms, Latin diacritics stripped, and Cyrillic
-- parts also transliterated to Latin, so a prefix of any part in either script finds the person
-- with one range scan on the primary key. tests/bench compares it with FTS5 on the same data.
CREATE TABLE person_name_token (
    token     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (token, person_id)
) WITHOUT ROWID;
CREATE INDEX person_name_token_person ON person_name_token(person_id);

CREATE INDEX supervision_order_status ON supervision_order(status, ends_on);
