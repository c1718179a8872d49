import ArgumentParser
import TallyCore

/// `--lang zh|en`.
extension ReportLanguage: ExpressibleByArgument {}
