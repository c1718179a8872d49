/// One value of an output row, typed so JSON keeps numbers as numbers and NULL as `null`.
///
///     let row: [Cell] = [.text("60余场次"), .real(60), .null]
public enum Cell: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The value as printed in TSV, CSV and tables: integers without `.0`, NULL as empty.
    public var text: String {
        switch self {
        case .null: return ""
        case .integer(let value): return String(value)
        case .real(let value): return Cell.format(value)
        case .text(let value): return value
        }
    }

    /// A number as the fact contract writes it: `30000`, not `30000.0`; `1.5` stays `1.5`.
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
