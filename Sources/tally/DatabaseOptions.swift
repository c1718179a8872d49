import ArgumentParser

/// `--db FILE`, shared by every subcommand that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The SQLite database file.")
    var path = "tally.sqlite"
}
