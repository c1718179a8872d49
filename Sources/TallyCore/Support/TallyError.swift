/// An error Tally reports to a person: its description is the message, without an `error:`
/// prefix, naming the file, line or value at fault. The command-line tool prints every one the
/// same way, once (`error: …` on stderr, exit 1).
///
///     catch let error as any TallyError { print("error: \(error)") }
public protocol TallyError: Error, CustomStringConvertible {}

extension TallyDatabaseError: TallyError {}
extension FactTableError: TallyError {}
extension SavedQuery.LoadError: TallyError {}
extension PageReadError: TallyError {}
extension ScriptConverterError: TallyError {}
extension ReportError: TallyError {}
