import GRDB

/// The readers the CLI lists and explains with. Filters are optional; nil means "any".
///
///     let facts = try database.facts(county: "邹城", unit: "person", objectLike: "党员")
extension TallyDatabase {
    /// Articles in document and page order. `county` matches the canonical name or its start (`邹城` → 邹城市).
    public func articles(county: String? = nil) throws(TallyDatabaseError) -> [StoredArticle] {
        var sql = """
            SELECT a.id, d.name AS doc, a.seq, a.kind, a.county, a.dateline, a.headline, a.body_start,
                   a.primary_theme, a.themes, a.first_line, a.last_line, d.published, d.published_source
            FROM articles a JOIN documents d ON d.id = a.document_id
            """
        var arguments: StatementArguments = []
        if let county {
            sql += " WHERE a.county = ? OR a.county LIKE ? ESCAPE '\\'"
            arguments += [county, TallyDatabase.likePrefix(county)]
        }
        sql += " ORDER BY d.path, a.seq"
        return try fetch { db in try StoredArticle.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// Facts in document and text order. `objectLike` is a substring of the object; `unit` a canonical unit.
    /// - Parameter limit: at most this many, the first in path and text order (the workbook's sheet of facts).
    public func facts(county: String? = nil, unit: String? = nil, objectLike: String? = nil,
                      theme: String? = nil, limit: Int? = nil) throws(TallyDatabaseError) -> [StoredFact] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let county {
            conditions.append("(f.county = ? OR f.county LIKE ? ESCAPE '\\')")
            arguments += [county, TallyDatabase.likePrefix(county)]
        }
        if let unit {
            conditions.append("f.unit = ?")
            arguments += [unit]
        }
        if let objectLike {
            conditions.append("f.object LIKE ? ESCAPE '\\'")
            arguments += ["%" + TallyDatabase.escapeLike(objectLike) + "%"]
        }
        if let theme {
            conditions.append("f.theme = ?")
            arguments += [theme]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = StoredFact.selection + filter + " ORDER BY d.path, f.ordinal" + (limit.map { " LIMIT \(max(0, $0))" } ?? "")
        return try fetch { db in try StoredFact.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// How many facts the database holds.
    public func factCount() throws(TallyDatabaseError) -> Int {
        try fetch { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts") ?? 0 }
    }

    /// One fact with its article headline and document path, or nil when no fact has that id.
    public func fact(id: Int64) throws(TallyDatabaseError) -> StoredFact? {
        try fetch { db in try StoredFact.fetchOne(db, sql: StoredFact.selection + " WHERE f.id = ?", arguments: [id]) }
    }

    private func fetch<T>(_ body: (Database) throws -> T) throws(TallyDatabaseError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw .read(reason: TallyDatabase.reason(error))
        }
    }

    private static func escapeLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func likePrefix(_ text: String) -> String { escapeLike(text) + "%" }
}
