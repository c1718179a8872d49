import ArgumentParser

/// `tally fatcs` must not run the default `run` with `fatcs` as a page folder: a first argument that
/// is a bare word naming no file is taken for a mistyped subcommand, and the closest one suggested.
enum SubcommandSuggestion {
    /// The subcommand names of `tally`.
    static var names: [String] { Tally.configuration.subcommands.compactMap { $0.configuration.commandName } }

    /// An error for `word` when it looks like a mistyped subcommand rather than a path, else nil.
    static func error(for word: String, pathExists: Bool) -> ValidationError? {
        guard !pathExists, !word.isEmpty, !word.contains("/"), !word.contains("."),
              word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || $0 == "-" }) else { return nil }
        let closest = names.min { distance(word, $0) < distance(word, $1) }
        let hint = closest.map { distance(word, $0) <= 2 ? " (did you mean '\($0)'?)" : "" } ?? ""
        return ValidationError("unknown subcommand '\(word)'\(hint); see `tally --help`")
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
