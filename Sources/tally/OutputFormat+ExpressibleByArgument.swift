import ArgumentParser
import TallyCore

/// `--format table|tsv|csv|json`.
extension OutputFormat: ExpressibleByArgument {}
