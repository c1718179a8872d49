/// A named part of a county at its level: the subject of an article (its headline's
/// 高峪镇第一书记工作队), or the town, village or unit a figure's clause names.
///
///     Place(scope: .village, name: "南风花园社区")
public struct Place: Sendable, Hashable, Codable {
    public var scope: Scope
    public var name: String

    public init(scope: Scope, name: String) {
        self.scope = scope
        self.name = name
    }
}
