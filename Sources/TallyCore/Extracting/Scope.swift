/// The level a figure describes, so a county figure is never a town's figure added to the
/// county's own (`fact-spec.md`, "Scope and status").
///
///     // 全县新建成29个…老年大学 → .county;  带动土门庄村村集体增收6万元 → .village (place 土门庄村)
public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
    /// 济宁市 as a whole.
    case city
    /// The whole county-level unit: 全县/全区, its county organs, or the article's county when no smaller unit is named.
    case county
    /// A named 镇, 乡 or 街道.
    case town
    /// A named 村 or 社区.
    case village
    /// One named organisation, institution, team, project or person.
    case unit

    /// True for the parts of a county (town, village, unit).
    public var isPart: Bool { self == .town || self == .village || self == .unit }
}
