/// Place names of Jining: each county-level unit with its aliases, and its towns and streets.
///
/// The table is the one place that knows Jining's administrative divisions; the
/// segmenter uses it to attribute datelines, headlines and captions to a county.
///
///     Gazetteer.jining.mentions(in: "泗水县高峪镇第一书记") // [泗水县 @0..<3, 高峪镇 @3..<6]
///     Gazetteer.jining.county(named: "邹城")              // .zoucheng
public struct Gazetteer: Sendable {
    /// A place name found in a text.
    public struct Mention: Sendable, Hashable {
        public var name: String
        public var county: County
        /// Unicode-scalar offsets of the name in the searched text.
        public var range: Range<Int>
    }

    /// One searchable name: its scalars and the unit it belongs to.
    private struct Entry: Sendable {
        var scalars: [Unicode.Scalar]
        var name: String
        var county: County
    }

    /// Names grouped by their first scalar, each bucket longest first, so a scan tries
    /// only the few names that can start at a position.
    private let buckets: [[Entry]]
    /// For each Basic Multilingual Plane scalar, 1 + its bucket index, or 0: one array read per
    /// scanned scalar keeps the scan fast (names outside the BMP are not supported).
    private let bucketOfScalar: [UInt32]

    /// Builds a gazetteer from `names` (place name → unit). Names of one scalar or outside the
    /// Basic Multilingual Plane are ignored.
    public init(names: [String: County]) {
        var buckets: [[Entry]] = []
        var bucketOfScalar = [UInt32](repeating: 0, count: 0x10000)
        for (name, county) in names.sorted(by: { $0.key < $1.key }) {
            let scalars = ScalarText.scalars(of: name)
            guard scalars.count >= 2, scalars[0].value < 0x10000 else { continue }
            let first = Int(scalars[0].value)
            if bucketOfScalar[first] == 0 {
                buckets.append([])
                bucketOfScalar[first] = UInt32(buckets.count)
            }
            buckets[Int(bucketOfScalar[first]) - 1].append(Entry(scalars: scalars, name: name, county: county))
        }
        self.buckets = buckets.map { $0.sorted { $0.scalars.count > $1.scalars.count } }
        self.bucketOfScalar = bucketOfScalar
    }

    public static let jining = Gazetteer(names: JiningPlaces.names)

    /// Every place name in `text` that belongs to one county, in text order, longest match first.
    /// Matches do not overlap: after a match the scan resumes at its end, so 济宁高新区 is one
    /// mention of 济宁高新区, not also of 济宁.
    public func mentions(in text: String) -> [Mention] {
        mentions(in: ScalarText.scalars(of: text))
    }

    /// ``mentions(in:)`` on text already split into scalars.
    public func mentions(in scalars: [Unicode.Scalar]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < scalars.count {
            if let entry = longestEntry(in: scalars, at: index) {
                found.append(Mention(name: entry.name, county: entry.county, range: index..<index + entry.scalars.count))
                index += entry.scalars.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The unit a whole name denotes (邹城, 济宁高新区, 高峪镇 …), or nil.
    public func county(named name: String) -> County? {
        let scalars = ScalarText.scalars(of: name)
        guard let entry = longestEntry(in: scalars, at: 0), entry.scalars.count == scalars.count else { return nil }
        return entry.county
    }

    private func longestEntry(in scalars: [Unicode.Scalar], at index: Int) -> Entry? {
        let value = scalars[index].value
        guard value < 0x10000, case let slot = Int(bucketOfScalar[Int(value)]), slot > 0 else { return nil }
        for entry in buckets[slot - 1] where index + entry.scalars.count <= scalars.count {
            var matches = true
            for offset in 1..<entry.scalars.count where scalars[index + offset] != entry.scalars[offset] {
                matches = false
                break
            }
            if matches { return entry }
        }
        return nil
    }
}
