import GRDB

/// Grows a database's `facts` table to a target row count by copying its own rows, so the
/// report can be timed over a million facts without ingesting a gigabyte first.
///
/// Copies keep their article and document (so joins, themes and periods stay real), their
/// indicators, and take fresh ordinals past the largest one.
///
///     try FactMultiplier.grow(databaseAt: "/tmp/bench/ingest-2.sqlite", to: 1_000_000)
enum FactMultiplier {
    /// - Returns: the number of facts afterwards.
    @discardableResult
    static func grow(databaseAt path: String, to target: Int) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        // Checkpointed afterwards, as a database is after ingest: a report should not read through a huge WAL.
        defer { try? queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") } }
        return try queue.write { db in
            var count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts") ?? 0
            guard count > 0 else { return 0 }
            while count < target {
                let offset = try Int.fetchOne(db, sql: "SELECT MAX(ordinal) FROM facts") ?? 0
                try db.execute(sql: """
                    INSERT INTO facts (document_id, article_id, ordinal, surface, value, high, qualifier, unit,
                                       classifier, object, county, rate, period, period_start_year, period_cumulative,
                                       theme, sentence_start, sentence_end, span_start, span_end, line, scope, place, status,
                                       relation, statement_start)
                    SELECT document_id, article_id, ordinal + ?, surface, value, high,
                           qualifier, unit, classifier, object, county, rate, period, period_start_year,
                           period_cumulative, theme, sentence_start, sentence_end, span_start, span_end, line, scope, place,
                           status, relation, statement_start
                    FROM facts ORDER BY id LIMIT ?
                    """, arguments: [offset, target - count])
                // The copies count toward the same indicators as their originals.
                try db.execute(sql: """
                    INSERT INTO fact_indicators (fact_id, indicator, kind)
                    SELECT copy.id, fi.indicator, fi.kind
                    FROM facts copy
                    JOIN facts original ON original.document_id = copy.document_id AND original.ordinal = copy.ordinal - ?
                    JOIN fact_indicators fi ON fi.fact_id = original.id
                    WHERE copy.ordinal > ?
                    """, arguments: [offset, offset])
                count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts") ?? 0
            }
            return count
        }
    }
}
