-- Migration 2: versioned reference dictionaries (criminal articles, restriction types,
-- intervention types, need domains, territories with historical names).
-- Frozen once released. Later changes get a new migration.
--
-- Dictionaries are data, updatable without a release: ReferenceData::import replaces a
-- dictionary's entries only when a newer version arrives. Records keep codes, never labels.

CREATE TABLE ref_dictionary (
    name        TEXT PRIMARY KEY,
    version     INTEGER NOT NULL CHECK (version >= 1),
    imported_at INTEGER NOT NULL,
    description TEXT
) WITHOUT ROWID;

-- One row per code and validity period [valid_from, valid_to): valid_to is the first day the
-- row no longer applies (NULL = still valid); valid_from '0001-01-01' means "since always".
-- A renamed territory keeps its code and gains a row, so old records show the name of their day.
-- data: JSON object with dictionary-specific details (article parts, parameters, domains).
CREATE TABLE ref_entry (
    dictionary  TEXT NOT NULL REFERENCES ref_dictionary(name) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    parent_code TEXT,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    label_kk    TEXT NOT NULL,
    label_ru    TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    data        TEXT,
    PRIMARY KEY (dictionary, code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
) WITHOUT ROWID;
CREATE INDEX ref_entry_parent ON ref_entry(dictionary, parent_code) WHERE parent_code IS NOT NULL;
