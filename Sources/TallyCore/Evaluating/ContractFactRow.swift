/// One row of a fact TSV (the contract's columns), as the scorer compares it.
///
///     ContractFactRow(doc: "000_a81acad557f7d2c0.txt", fact: fact)
public struct ContractFactRow: Sendable, Hashable {
    public static let columns = ["doc", "surface", "value", "high", "qualifier", "unit", "classifier", "object", "county", "rate"]

    public var doc: String
    public var surface: String
    public var value: Double
    public var high: Double?
    public var qualifier: String
    public var unit: String
    public var classifier: String
    public var object: String
    public var county: String
    /// The contract's `rate` column: `1` for a rate.
    public var isRate: Bool

    public init(doc: String, surface: String, value: Double, high: Double?, qualifier: String, unit: String,
                classifier: String = "", object: String, county: String, isRate: Bool) {
        self.doc = doc
        self.surface = surface
        self.value = value
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.classifier = classifier
        self.object = object
        self.county = county
        self.isRate = isRate
    }

    /// The row of an extracted fact; `doc` is the page file name without folders.
    public init(doc: String, fact: Fact) {
        self.init(doc: doc, surface: fact.surface, value: fact.value, high: fact.high, qualifier: fact.qualifier.rawValue,
                  unit: fact.unit.rawValue, classifier: fact.classifier, object: fact.object, county: fact.county.rawValue,
                  isRate: fact.isRate)
    }
}
