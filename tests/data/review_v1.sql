-- An EvidenceDesk review in file format 1 (before study.quality_tool, grade_judgement and conclusion).
-- tests/app/test_store.cpp builds a database from this script and opens it: it must migrate to the
-- current format and keep every value.
PRAGMA application_id = 1165378659;
PRAGMA user_version = 1;
CREATE TABLE review_info (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL DEFAULT '', population TEXT NOT NULL DEFAULT '', intervention TEXT NOT NULL DEFAULT '', comparator TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
INSERT INTO review_info (id, title, population) VALUES (1, 'Old review', 'Adults');
CREATE TABLE claim (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, original_text TEXT NOT NULL, assertion TEXT NOT NULL DEFAULT 'unspecified', equivalence_margin REAL, mechanism_overview TEXT NOT NULL DEFAULT '', gold_standard_note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
INSERT INTO claim VALUES (7, 1, 'Old claim', 'decreases', NULL, '', '', '2025-01-02T03:04:05.000Z');
CREATE TABLE claim_refinement (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, text TEXT NOT NULL, rationale TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX claim_refinement_claim ON claim_refinement(claim_id);
INSERT INTO claim_refinement VALUES (1, 7, 'Old claim, refined', 'Because', '2025-02-03T04:05:06.000Z');
CREATE TABLE mechanism (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, position INTEGER NOT NULL, most_probable INTEGER NOT NULL, summary TEXT NOT NULL);
CREATE TABLE mechanism_step (id INTEGER PRIMARY KEY, mechanism_id INTEGER NOT NULL REFERENCES mechanism(id) ON DELETE CASCADE, position INTEGER NOT NULL, text TEXT NOT NULL);
INSERT INTO mechanism VALUES (1, 7, 0, 1, 'How it works');
INSERT INTO mechanism_step VALUES (1, 1, 0, 'Step one');
INSERT INTO mechanism_step VALUES (2, 1, 1, 'Step two');
CREATE TABLE study (id INTEGER PRIMARY KEY, authors TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', year INTEGER, journal TEXT NOT NULL DEFAULT '', doi TEXT NOT NULL DEFAULT '', pmid TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', design TEXT NOT NULL DEFAULT '', quality REAL CHECK (quality IS NULL OR (quality >= 0 AND quality <= 100)), ai REAL, bi REAL, ci REAL, di REAL, n1i REAL, n2i REAL, m1i REAL, sd1i REAL, m2i REAL, sd2i REAL, ri REAL, ni REAL, yi REAL, vi REAL, sei REAL, included INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '', extra TEXT NOT NULL DEFAULT '{}');
INSERT INTO study (id, authors, title, year, design, quality, ai, bi, ci, di) VALUES (3, 'Aronson', 'Aronson 1948', 1948, 'rct', 40, 4, 119, 11, 128);
CREATE TABLE stance (claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE, stance TEXT NOT NULL CHECK (stance IN ('supporting', 'contradicting', 'neutral')), tagged_by TEXT NOT NULL DEFAULT '', tagged_at TEXT NOT NULL, PRIMARY KEY (claim_id, study_id)) WITHOUT ROWID;
CREATE INDEX stance_study ON stance(study_id);
INSERT INTO stance VALUES (7, 3, 'supporting', 'reviewer', '2025-03-04T05:06:07.000Z');
CREATE TABLE synthesis_settings (claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE, measure TEXT NOT NULL, method TEXT NOT NULL, test TEXT NOT NULL, level REAL NOT NULL, subgroup TEXT NOT NULL DEFAULT '');
INSERT INTO synthesis_settings VALUES (7, 'RR', 'DL', 'knha', 90, 'design');
CREATE TABLE gold_standard (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, position INTEGER NOT NULL, design TEXT NOT NULL, population TEXT NOT NULL DEFAULT '', intervention TEXT NOT NULL DEFAULT '', comparison TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', follow_up TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
INSERT INTO gold_standard VALUES (1, 7, 0, 'rct', 'Children', 'BCG', 'Placebo', 'TB', '10 years', '');
