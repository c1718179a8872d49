/// Why a total could not be formed.
public enum AggregationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The facts asked to be summed are in different units (persons and person-times, yuan and %):
    /// adding them would be meaningless. Carries the units met and the facts involved.
    case mixedUnits(units: [String], factIDs: [Int64])

    public var description: String {
        switch self {
        case let .mixedUnits(units, factIDs):
            return "error: cannot add different units (\(units.joined(separator: ", "))) --> facts \(factIDs.map(String.init).joined(separator: ", "))"
        }
    }
}
