import GRDB

/// Grows a database's `facts` table to a target row count by copying its own rows, so the
/// report can be timed over a million facts without ingesting a gigabyte first.
///
/// Copies keep their article and document (so joins, themes and periods stay real) and take
/// fresh ordinals past the largest one.
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
                try db.execute(sql: """
                    INSERT INTO facts (document_id, article_id, ordinal, surface, value, high, qualifier, unit,
                                       classifier, object, county, rate, period, period_start_year, period_cumulative,
                                       theme, sentence_start, sentence_end, span_start, span_end, line)
                    SELECT document_id, article_id, ordinal + (SELECT MAX(ordinal) FROM facts), surface, value, high,
                           qualifier, unit, classifier, object, county, rate, period, period_start_year,
                           period_cumulative, theme, sentence_start, sentence_end, span_start, span_end, line
                    FROM facts ORDER BY id LIMIT ?
                    """, arguments: [target - count])
                count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts") ?? 0
            }
            return count
        }
    }
}
