// PLACEHOLDER (interface only): the segmenting helper replaces this file with the full data table.

/// Place names of Jining: each county-level unit with its aliases, and its towns and streets.
public struct Gazetteer: Sendable {
    /// A place name found in a text.
    public struct Mention: Sendable, Hashable {
        public var name: String
        public var county: County
        /// Unicode-scalar offsets of the name in the searched text.
        public var range: Range<Int>
    }

    public static let jining = Gazetteer()

    /// Every place name in `text` that belongs to one county, in text order, longest match first.
    public func mentions(in text: String) -> [Mention] { [] }
}
