/// A figure that keeps how its parts bound the truth: sums of lower bounds are lower bounds.
///
/// Exact parts add exactly; any `over` part (余, 以上) makes the sum a lower bound `≥`; any `under`
/// part (近, 不到) an upper bound `≤`; ranges add low and high; mixing lower and upper bounds, or
/// any `approx`, gives `≈`.
///
///     Estimate.sum([Estimate(value: 1000, high: nil, qualifier: .exact),
///                   Estimate(value: 200, high: nil, qualifier: .over)]).formatted   // "≥ 1,200"
public struct Estimate: Sendable, Hashable {
    public var low: Double
    public var high: Double
    public var qualifier: Qualifier

    public init(low: Double, high: Double, qualifier: Qualifier) {
        self.low = low
        self.high = high
        self.qualifier = qualifier
    }

    public init(value: Double, high: Double?, qualifier: Qualifier) {
        self.init(low: value, high: qualifier == .range ? max(high ?? value, value) : value, qualifier: qualifier)
    }

    /// Adds estimates of one unit: the caller guarantees it (an indicator has one unit).
    static func sum(_ parts: some Sequence<Estimate>) -> Estimate {
        var running = Running()
        for part in parts { running.add(part) }
        return running.estimate
    }

    /// A total being added up, part by part.
    private struct Running: Sendable {
        private var low = 0.0
        private var high = 0.0
        /// The qualifiers other than `exact` seen so far.
        private var kinds = Set<Qualifier>()

        mutating func add(_ part: Estimate) {
            low += part.low
            high += part.high
            if part.qualifier != .exact { kinds.insert(part.qualifier) }
        }

        var estimate: Estimate {
            let hasUpperOrApprox = kinds.contains(.under) || kinds.contains(.approx)
            let hasLowerOrApprox = kinds.contains(.over) || kinds.contains(.approx)
            let qualifier: Qualifier
            if kinds.isEmpty { qualifier = .exact }
            else if kinds == [.range] { qualifier = .range }
            else if kinds.contains(.over), !hasUpperOrApprox { qualifier = .over }
            else if kinds.contains(.under), !hasLowerOrApprox { qualifier = .under }
            else { qualifier = .approx }
            return Estimate(low: low, high: high, qualifier: qualifier)
        }
    }

    /// The value charts plot: the bound for `≥`/`≤`, the middle of a range or approximation.
    public var plotted: Double {
        switch qualifier {
        case .exact, .over: return low
        case .under: return high
        case .range, .approx: return (low + high) / 2
        }
    }

    /// `1,200`, `≥ 1,200`, `≤ 1,200`, `≈ 1,200`, `1,200–1,500`.
    public var formatted: String { formatted(dividedBy: 1, decimals: 2) }

    /// ``formatted`` in a larger unit (`dividedBy: 10_000` for 万), with up to `decimals` decimals.
    public func formatted(dividedBy divisor: Double, decimals: Int) -> String {
        let format = { (value: Double) in Self.format(value / divisor, decimals: decimals) }
        switch qualifier {
        case .exact: return format(low)
        case .over: return "≥ " + format(low)
        case .under: return "≤ " + format(high)
        case .range: return low == high ? format(low) : format(low) + "–" + format(high)
        case .approx: return "≈ " + (low == high ? format(low) : format(low) + "–" + format(high))
        }
    }

    /// Thousands separated, at most `decimals` decimals (trailing zeros dropped); never traps on huge or
    /// non-finite values.
    public static func format(_ value: Double, decimals: Int = 2) -> String {
        var unit = 1
        for _ in 0..<max(0, decimals) { unit *= 10 }
        guard value.isFinite, abs(value) * Double(unit) < 1e17 else { return "\(value)" }
        let scaled = Int((abs(value) * Double(unit)).rounded())
        var whole = String(scaled / unit)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        var text = (value < 0 && scaled > 0 ? "-" : "") + whole + grouped
        var fraction = scaled % unit, digits = decimals
        while fraction != 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        if fraction != 0 {
            let figures = String(fraction)
            text += "." + String(repeating: "0", count: digits - figures.count) + figures
        }
        return text
    }
}
