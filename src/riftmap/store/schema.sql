-- The riftmap store, at the schema version given by riftmap.store.migrations.CURRENT.
-- A new file is made from this script; older files reach the same shape through the steps of
-- migrations.py (a test checks that both end alike). Offsets index articles.text exactly.

CREATE TABLE riftmap_schema (
    version INTEGER NOT NULL,
    migrated TIMESTAMPTZ NOT NULL
);

-- One row per `riftmap ingest`: what it was asked, how it ended, what it added.
CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    started TIMESTAMPTZ NOT NULL,
    finished TIMESTAMPTZ,
    status VARCHAR NOT NULL,          -- running, finished, failed, interrupted
    riftmap_version VARCHAR NOT NULL,
    engine VARCHAR NOT NULL,          -- local, dask
    workers INTEGER NOT NULL,
    paths VARCHAR[] NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0,    -- new articles stored
    duplicates INTEGER NOT NULL DEFAULT 0,  -- already stored, or a near-duplicate of one
    skipped INTEGER NOT NULL DEFAULT 0,     -- read, but no article text
    errors INTEGER NOT NULL DEFAULT 0       -- files or records that could not be read
);

-- One row per distinct article; id is a hash of the normalised text.
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL,              -- order of arrival in this store
    run_id INTEGER NOT NULL,
    doc VARCHAR NOT NULL,             -- file name, record id or URL
    origin VARCHAR,                   -- path, path:line, archive.zip!/member, crawl.warc#n
    title VARCHAR,
    published VARCHAR,                -- as given by the source
    published_date DATE,              -- its date, when it parses
    outlet VARCHAR,
    url VARCHAR,
    author VARCHAR,
    text VARCHAR NOT NULL,            -- exactly as read: every offset indexes this
    removed JSON NOT NULL,            -- [[start, end, reason], ...] blanked before analysis
    minhash BLOB                      -- MinHash signature, NULL for very short texts
);

-- Actors across articles, by id; name and type as first seen.
CREATE TABLE actors (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    type VARCHAR,
    data JSON                         -- everything the extraction says of the actor
);

-- Every name and mention text an actor has been found under.
CREATE TABLE actor_aliases (
    actor_id VARCHAR NOT NULL,
    alias VARCHAR NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (article_id, actor_id, start, "end")
);

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,             -- position in the article's extraction
    speaker VARCHAR,
    kind VARCHAR,
    confidence DOUBLE,
    source_start INTEGER,
    source_end INTEGER,
    source_text VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text VARCHAR,
    content_start INTEGER,
    content_end INTEGER,
    content_text VARCHAR,
    data JSON NOT NULL,               -- the quote as the extraction contract prints it
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE relations (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    source VARCHAR,
    target VARCHAR,
    type VARCHAR,
    polarity INTEGER,
    topic VARCHAR,
    "when" VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text VARCHAR,
    quote INTEGER,                    -- idx of the quote it rests on, if any
    data JSON NOT NULL,               -- the relation as the extraction gives it
    PRIMARY KEY (article_id, idx)
);

-- Near-duplicates and syndicated copies, linked to the first copy stored.
CREATE TABLE duplicates (
    article_id VARCHAR PRIMARY KEY,
    duplicate_of VARCHAR NOT NULL,
    similarity DOUBLE NOT NULL,
    run_id INTEGER NOT NULL
);

-- LSH bands of the MinHash signatures: equal keys in a band make near-duplicate candidates.
CREATE TABLE article_bands (
    article_id VARCHAR NOT NULL,
    band SMALLINT NOT NULL,
    key BIGINT NOT NULL
);

CREATE TABLE ingest_errors (
    run_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    origin VARCHAR NOT NULL,          -- the file or record
    severity VARCHAR NOT NULL,        -- error, skipped, warning
    reason VARCHAR NOT NULL
);

-- Each article's actors as its extraction names them (the actors table keeps the first seen):
-- what the corpus-level merge reads, so that it does not depend on the order of arrival.
CREATE TABLE article_actors (
    article_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,        -- the article's own id for the actor
    name VARCHAR NOT NULL,
    type VARCHAR,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
);

-- Corpus-level identity (riftmap.network.identity): each actor id an article gave (see
-- article_actors) -> the one id the actor has across the corpus. Rebuilt after every ingest
-- and every override; mentions, quotes and relations keep the articles' own ids.
CREATE TABLE actor_identity (
    local_id VARCHAR PRIMARY KEY,     -- an id an article's extraction gave
    actor_id VARCHAR NOT NULL,        -- the corpus actor
    rule VARCHAR NOT NULL,            -- same, kb, name, surname, group, merge, split
    articles INTEGER NOT NULL         -- articles that name the actor by local_id
);

-- The user's corrections (`riftmap actors merge|split`), kept across re-ingests.
CREATE TABLE actor_overrides (
    seq INTEGER PRIMARY KEY,
    action VARCHAR NOT NULL,          -- merge (ids[1:] into ids[0]), split (ids[0] stands alone)
    ids VARCHAR[] NOT NULL,
    created TIMESTAMPTZ NOT NULL
);

-- The user's corrections (table `corrections`) and the views that apply them
-- (`quotes_corrected`, `relations_corrected`) are created by riftmap.store.corrections, whose
-- field lists build the views: see its docstring.
