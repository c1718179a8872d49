/// That a fact counts toward an indicator, and as which kind of thing (``Indicator/Head/kind``).
///
///     // 15个乡镇机关党总支 → IndicatorMembership(indicator: "party-organisations", kind: "党总支")
public struct IndicatorMembership: Sendable, Hashable, Codable {
    public var indicator: String
    public var kind: String

    public init(indicator: String, kind: String) {
        self.indicator = indicator
        self.kind = kind
    }
}
