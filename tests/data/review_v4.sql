-- An EvidenceDesk review in file format 4 (outcomes; before risk of bias and the assumed comparator risk).
-- tests/app/test_store.cpp builds a database from this script and opens it: it must migrate to the current
-- format with every value kept, no appraisal recorded and no assumed risk set.
PRAGMA application_id = 1165378659;
PRAGMA user_version = 4;
CREATE TABLE claim (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, original_text TEXT NOT NULL, assertion TEXT NOT NULL DEFAULT 'unspecified', equivalence_margin REAL, mechanism_overview TEXT NOT NULL DEFAULT '', gold_standard_note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, favours_left TEXT NOT NULL DEFAULT '', favours_right TEXT NOT NULL DEFAULT '', outcome_id INTEGER REFERENCES outcome(id) ON DELETE SET NULL);
INSERT INTO claim VALUES(4,1,'Vitamin D prevents fractures','decreases',NULL,'','','2026-01-02T03:04:05.000Z','Favours D','Favours placebo',1);
INSERT INTO claim VALUES(5,2,'Vitamin D makes no difference to falls','no_difference',0.1,'','','2026-01-03T03:04:05.000Z','','',1);
CREATE TABLE claim_refinement (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, text TEXT NOT NULL, rationale TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE conclusion (claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE, text TEXT NOT NULL);
CREATE TABLE gold_standard (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, position INTEGER NOT NULL, design TEXT NOT NULL, population TEXT NOT NULL DEFAULT '', intervention TEXT NOT NULL DEFAULT '', comparison TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', follow_up TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
CREATE TABLE grade_judgement (claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, domain TEXT NOT NULL, suggested INTEGER NOT NULL DEFAULT 0, override INTEGER, suggestion_reason TEXT NOT NULL DEFAULT '', justification TEXT NOT NULL DEFAULT '', PRIMARY KEY (claim_id, domain));
CREATE TABLE mechanism (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, position INTEGER NOT NULL, most_probable INTEGER NOT NULL, summary TEXT NOT NULL);
CREATE TABLE mechanism_step (id INTEGER PRIMARY KEY, mechanism_id INTEGER NOT NULL REFERENCES mechanism(id) ON DELETE CASCADE, position INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE outcome (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, time_point TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
INSERT INTO outcome VALUES(1,1,'Any fracture','dichotomous','12 months','');
CREATE TABLE outcome_value (outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE, study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE, field TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (outcome_id, study_id, field)) WITHOUT ROWID;
INSERT INTO outcome_value VALUES(1,10,'ai',12.0);
INSERT INTO outcome_value VALUES(1,10,'ci',20.0);
INSERT INTO outcome_value VALUES(1,10,'n1i',500.0);
INSERT INTO outcome_value VALUES(1,10,'n2i',498.0);
INSERT INTO outcome_value VALUES(1,11,'vi',0.04);
INSERT INTO outcome_value VALUES(1,11,'yi',-0.2);
CREATE TABLE review_identity (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL);
INSERT INTO review_identity VALUES(1,'6f1c2f0e-3a43-4a1e-9d55-0c6c1b1c0003');
CREATE TABLE review_info (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL DEFAULT '', population TEXT NOT NULL DEFAULT '', intervention TEXT NOT NULL DEFAULT '', comparator TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
INSERT INTO review_info VALUES(1,'Version 3 review','','','','Any fracture','');
CREATE TABLE stance (claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE, stance TEXT NOT NULL CHECK (stance IN ('supporting', 'contradicting', 'neutral')), tagged_by TEXT NOT NULL DEFAULT '', tagged_at TEXT NOT NULL, PRIMARY KEY (claim_id, study_id)) WITHOUT ROWID;
INSERT INTO stance VALUES(4,10,'supporting','reviewer','2026-03-04T05:06:07.000Z');
CREATE TABLE study (id INTEGER PRIMARY KEY, authors TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', year INTEGER, journal TEXT NOT NULL DEFAULT '', doi TEXT NOT NULL DEFAULT '', pmid TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', design TEXT NOT NULL DEFAULT '', quality REAL CHECK (quality IS NULL OR (quality >= 0 AND quality <= 100)), quality_tool TEXT NOT NULL DEFAULT '', included INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '', extra TEXT NOT NULL DEFAULT '{}', exclusion_reason TEXT NOT NULL DEFAULT '');
INSERT INTO study VALUES(10,'Smith','Trial A',2001,'','','','','rct',70.0,'RoB 2',1,'','{}','');
INSERT INTO study VALUES(11,'Jones','Trial B',2005,'','','','','rct',NULL,'',1,'','{}','');
INSERT INTO study VALUES(12,'Lee','A reference without data',2010,'','','','','',NULL,'',1,'','{}','');
CREATE TABLE synthesis_settings (claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE, measure TEXT NOT NULL, method TEXT NOT NULL, test TEXT NOT NULL, level REAL NOT NULL, subgroup TEXT NOT NULL DEFAULT '');
INSERT INTO synthesis_settings VALUES(4,'RR','REML','z',95.0,'');
CREATE INDEX claim_refinement_claim ON claim_refinement(claim_id);
CREATE INDEX stance_study ON stance(study_id);
CREATE INDEX outcome_value_study ON outcome_value(study_id);
