import GRDB

/// The database layout, created and upgraded by GRDB migrations.
///
/// Written as plain SQL so it reads the same as what `sqlite3 tally.sqlite .schema` prints:
/// the schema is part of Tally's interface, since users query it directly.
///
///     try TallySchema.migrator.migrate(dbQueue)
public enum TallySchema {
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, articles, facts") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,           -- as given on the command line, relative or absolute
                    name TEXT NOT NULL,                  -- file name without folders (the gold's `doc`)
                    sha256 TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    encoding TEXT NOT NULL,              -- utf-8 | gb18030
                    published TEXT,                      -- YYYY-MM-DD, YYYY-MM or YYYY, as precise as known
                    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
                    published_source TEXT CHECK (published_source IN ('manifest', 'inferred')),
                    source TEXT,                         -- the manifest's source column
                    ingested_at TEXT NOT NULL            -- ISO 8601, UTC
                );
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,                -- 1-based, order of the bodies in the file
                    kind TEXT NOT NULL CHECK (kind IN ('article', 'caption')),
                    headline TEXT NOT NULL,
                    dateline TEXT,                       -- X of 本报X讯
                    reporters TEXT NOT NULL,             -- 通讯员 names joined with '、'
                    county TEXT NOT NULL,
                    primary_theme TEXT,
                    themes TEXT NOT NULL,                -- theme ids, primary first, joined with ','
                    body TEXT NOT NULL,
                    body_start TEXT NOT NULL,
                    body_hash TEXT NOT NULL,             -- ReprintKey: 64-bit FNV-1a of the body without whitespace; finds reprints
                    first_line INTEGER NOT NULL,
                    last_line INTEGER NOT NULL,
                    UNIQUE (document_id, seq)
                );
                CREATE INDEX articles_county ON articles(county);
                CREATE INDEX articles_body_hash ON articles(body_hash);
                CREATE TABLE facts (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,            -- 1-based, text order within the document
                    surface TEXT NOT NULL,
                    value REAL NOT NULL,
                    high REAL,
                    qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'over', 'under', 'approx', 'range')),
                    unit TEXT NOT NULL,
                    classifier TEXT NOT NULL,
                    object TEXT NOT NULL,
                    county TEXT NOT NULL,
                    rate INTEGER NOT NULL CHECK (rate IN (0, 1)),
                    period TEXT,
                    period_start_year INTEGER,
                    period_cumulative INTEGER NOT NULL DEFAULT 0,
                    theme TEXT,
                    sentence TEXT NOT NULL,
                    sentence_start INTEGER NOT NULL,     -- Unicode-scalar offsets in the article body
                    sentence_end INTEGER NOT NULL,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL,
                    line INTEGER NOT NULL,               -- 1-based line of the source file
                    UNIQUE (document_id, ordinal)
                );
                CREATE INDEX facts_article ON facts(article_id);
                CREATE INDEX facts_county_unit ON facts(county, unit);
                CREATE INDEX facts_theme ON facts(theme);

                -- Articles with their document, for ad-hoc SQL.
                CREATE VIEW article_view AS
                SELECT a.id, d.name AS doc, a.seq, a.kind, a.county, a.dateline, a.headline, a.primary_theme,
                       a.themes, a.reporters, a.body_start, a.first_line, a.last_line, d.published,
                       d.published_source, a.body
                FROM articles a JOIN documents d ON d.id = a.document_id;

                -- Facts with their article and document, for ad-hoc SQL.
                CREATE VIEW fact_view AS
                SELECT f.id, d.name AS doc, a.seq AS article_seq, a.headline, f.county, f.theme, f.surface,
                       f.value, f.high, f.qualifier, f.unit, f.classifier, f.object, f.rate, f.period,
                       f.period_start_year, f.period_cumulative, d.published, d.published_precision,
                       d.published_source, f.sentence, f.line, d.path || ':' || f.line AS location
                FROM facts f JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id;

                -- Exactly the fact contract's columns, in its order (fact-spec.md).
                CREATE VIEW fact_contract AS
                SELECT d.name AS doc, f.surface, f.value, f.high, f.qualifier, f.unit, f.classifier, f.object,
                       f.county, f.rate
                FROM facts f JOIN documents d ON d.id = f.document_id
                ORDER BY d.name, f.ordinal;
                """)
        }
        migrator.registerMigration("v2: documents in name order") { db in
            // Lets a read in document order walk documents by this index and each one's facts by
            // (document_id, ordinal), instead of sorting every fact (CountedFact.fetchCounted).
            try db.execute(sql: "CREATE UNIQUE INDEX documents_name ON documents(name, path)")
        }
        migrator.registerMigration("v3: sentences read from article bodies") { db in
            // A fact's sentence is `substr(body, sentence_start + 1, sentence_end - sentence_start)` of its
            // article (SQLite counts characters, the offsets count Unicode scalars: the same thing).
            // Stored again per fact it was two thirds of the facts table, which made ingest and a
            // million-fact report read and write three times the bytes. Views keep a `sentence` column.
            // The qualifier check is spelled with OR: an IN list of three or more values makes SQLite
            // build a temporary b-tree for every inserted row (a tenth of ingest's instructions).
            // The indexes on theme and county are dropped: a handful of values each, so SQLite would
            // scan anyway, and every insert paid for them.
            try db.execute(sql: """
                DROP VIEW fact_view;
                DROP VIEW fact_contract;
                DROP INDEX articles_county;
                CREATE TABLE new_facts (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,            -- 1-based, text order within the document
                    surface TEXT NOT NULL,
                    value REAL NOT NULL,
                    high REAL,
                    qualifier TEXT NOT NULL CHECK (qualifier = 'exact' OR qualifier = 'over' OR qualifier = 'under'
                                                   OR qualifier = 'approx' OR qualifier = 'range'),
                    unit TEXT NOT NULL,
                    classifier TEXT NOT NULL,
                    object TEXT NOT NULL,
                    county TEXT NOT NULL,
                    rate INTEGER NOT NULL CHECK (rate IN (0, 1)),
                    period TEXT,
                    period_start_year INTEGER,
                    period_cumulative INTEGER NOT NULL DEFAULT 0,
                    theme TEXT,
                    sentence_start INTEGER NOT NULL,     -- Unicode-scalar offsets of the sentence in the article body
                    sentence_end INTEGER NOT NULL,
                    span_start INTEGER NOT NULL,         -- and of the quantity
                    span_end INTEGER NOT NULL,
                    line INTEGER NOT NULL,               -- 1-based line of the source file
                    UNIQUE (document_id, ordinal)
                );
                INSERT INTO new_facts (id, document_id, article_id, ordinal, surface, value, high, qualifier, unit, classifier,
                                       object, county, rate, period, period_start_year, period_cumulative, theme,
                                       sentence_start, sentence_end, span_start, span_end, line)
                SELECT id, document_id, article_id, ordinal, surface, value, high, qualifier, unit, classifier,
                       object, county, rate, period, period_start_year, period_cumulative, theme,
                       sentence_start, sentence_end, span_start, span_end, line
                FROM facts;
                DROP TABLE facts;
                ALTER TABLE new_facts RENAME TO facts;
                CREATE INDEX facts_article ON facts(article_id);
                CREATE INDEX facts_county_unit ON facts(county, unit);

                -- Facts with their article, document and sentence, for ad-hoc SQL.
                CREATE VIEW fact_view AS
                SELECT f.id, d.name AS doc, a.seq AS article_seq, a.headline, f.county, f.theme, f.surface,
                       f.value, f.high, f.qualifier, f.unit, f.classifier, f.object, f.rate, f.period,
                       f.period_start_year, f.period_cumulative, d.published, d.published_precision,
                       d.published_source, \(sentenceSQL) AS sentence, f.line, d.path || ':' || f.line AS location
                FROM facts f JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id;

                -- Exactly the fact contract's columns, in its order (fact-spec.md).
                CREATE VIEW fact_contract AS
                SELECT d.name AS doc, f.surface, f.value, f.high, f.qualifier, f.unit, f.classifier, f.object,
                       f.county, f.rate
                FROM facts f JOIN documents d ON d.id = f.document_id
                ORDER BY d.name, f.ordinal;
                """)
        }
        migrator.registerMigration("v4: scope, status and indicators of facts") { db in
            // Facts gain what county figures need (fact-spec.md, "Scope and status"), and the indicators
            // each counts toward (IndicatorClassifier). Older rows have neither: clearing the digests makes
            // the next ingest read every page again instead of skipping it as unchanged.
            try db.execute(sql: """
                ALTER TABLE facts ADD COLUMN scope TEXT NOT NULL DEFAULT 'county';   -- city | county | town | village | unit
                ALTER TABLE facts ADD COLUMN place TEXT NOT NULL DEFAULT '';         -- the town, village or unit, as printed
                ALTER TABLE facts ADD COLUMN status TEXT NOT NULL DEFAULT 'actual';  -- actual | plan | standard
                ALTER TABLE facts ADD COLUMN relation TEXT;                          -- share | superseded, else NULL
                ALTER TABLE facts ADD COLUMN statement_start INTEGER;                -- the 、-joined part of the sentence after its last ；
                ALTER TABLE articles ADD COLUMN subject TEXT NOT NULL DEFAULT '';    -- the town, village or unit it is about
                UPDATE documents SET sha256 = '';

                -- The indicators a fact counts toward, and as which kind of thing (党支部, 党总支 …).
                CREATE TABLE fact_indicators (
                    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
                    indicator TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (fact_id, indicator)
                ) WITHOUT ROWID;

                -- Articles that reports count: of articles with the same body (a reprint), the first in
                -- document order; articles without text are never reprints.
                CREATE VIEW counted_articles AS
                SELECT id FROM (
                    SELECT a.id, a.body_hash,
                           ROW_NUMBER() OVER (PARTITION BY a.body_hash ORDER BY d.name, d.path, a.seq) AS copy
                    FROM articles a JOIN documents d ON d.id = a.document_id
                )
                WHERE copy = 1 OR body_hash = '\(ReprintKey.hex(of: ""))' OR body_hash = '';

                -- Every fact of a counted article with each indicator it counts toward: the one read model
                -- of county figures (reports, `tally indicators` and queries/ all read it). `set_apart` says
                -- why a fact is never added: rate, plan, standard or superseded (a state before a change).
                CREATE VIEW indicator_facts AS
                SELECT fi.indicator, f.county, fi.kind, f.scope, f.place,
                       COALESCE(NULLIF(a.subject, ''), f.place) AS place_group,   -- places inside an article's subject are one place
                       f.status, f.relation, f.rate,
                       CASE WHEN f.rate = 1 THEN 'rate' WHEN f.status <> 'actual' THEN f.status
                            WHEN f.relation = 'superseded' THEN 'superseded' END AS set_apart,
                       f.value, f.high, f.qualifier, f.unit, f.surface, f.object, f.period AS period_cue, f.period_cumulative,
                       CASE WHEN d.published_precision IN ('day', 'month')
                              THEN substr(d.published, 1, 4) || 'Q' || ((CAST(substr(d.published, 6, 2) AS INTEGER) + 2) / 3)
                            WHEN d.published IS NOT NULL THEN substr(d.published, 1, 4)
                            ELSE 'undated' END AS period,
                       d.published, f.id AS fact_id, f.article_id, f.sentence_start,
                       COALESCE(f.statement_start, f.sentence_start) AS statement_start, d.name AS doc, f.ordinal, f.line
                -- CROSS JOIN keeps fact_indicators the outer loop: rows come in (fact_id, indicator) order.
                FROM fact_indicators fi
                CROSS JOIN facts f ON f.id = fi.fact_id
                CROSS JOIN articles a ON a.id = f.article_id
                CROSS JOIN documents d ON d.id = f.document_id
                WHERE f.article_id IN (SELECT id FROM counted_articles);

                DROP VIEW fact_view;
                -- Facts with their article, document and sentence, for ad-hoc SQL.
                CREATE VIEW fact_view AS
                SELECT f.id, d.name AS doc, a.seq AS article_seq, a.headline, f.county, f.theme, f.surface,
                       f.value, f.high, f.qualifier, f.unit, f.classifier, f.object, f.rate, f.scope, f.place, f.status,
                       f.relation, (SELECT group_concat(fi.indicator || ':' || fi.kind, ',') FROM fact_indicators fi
                                    WHERE fi.fact_id = f.id) AS indicators,
                       f.period, f.period_start_year, f.period_cumulative, d.published, d.published_precision,
                       d.published_source, \(sentenceSQL) AS sentence, f.line, d.path || ':' || f.line AS location
                FROM facts f JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id;
                """)
        }
        migrator.registerMigration("v5: page formats and how dates were known") { db in
            // `published_source` gains `file-name` and `page` (the CHECK is part of the table, so the table is
            // rebuilt), and `format` says what the file was read as. The views name `documents`, and
            // legacy_alter_table keeps the rename from rewriting or checking them: they read the new table.
            // Dates follow new rules, so the digests are cleared and the next ingest dates every page again.
            try db.execute(sql: """
                PRAGMA legacy_alter_table = ON;
                CREATE TABLE new_documents (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,           -- canonical: relative to the working folder when below it, else absolute
                    name TEXT NOT NULL,                  -- file name without folders (the gold's `doc`)
                    sha256 TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    encoding TEXT NOT NULL,              -- utf-8 | gb18030
                    published TEXT,                      -- YYYY-MM-DD, YYYY-MM or YYYY, as precise as known
                    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
                    published_source TEXT CHECK (published_source IN ('manifest', 'file-name', 'page', 'inferred')),
                    source TEXT,                         -- the manifest's source column
                    ingested_at TEXT NOT NULL,           -- ISO 8601, UTC
                    format TEXT NOT NULL DEFAULT 'text' CHECK (format IN ('text', 'pdf', 'html'))
                );
                INSERT INTO new_documents (id, path, name, sha256, bytes, encoding, published, published_precision,
                                           published_source, source, ingested_at)
                SELECT id, path, name, '', bytes, encoding, published, published_precision, published_source, source,
                       ingested_at
                FROM documents;
                DROP TABLE documents;
                ALTER TABLE new_documents RENAME TO documents;
                CREATE UNIQUE INDEX documents_name ON documents(name, path);
                PRAGMA legacy_alter_table = OFF;
                """)
        }
        return migrator
    }

    /// A fact's sentence, from its article's body: `f` is the fact, `a` its article.
    static let sentenceSQL = "substr(a.body, f.sentence_start + 1, f.sentence_end - f.sentence_start)"
}
