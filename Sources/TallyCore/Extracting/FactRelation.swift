/// How a figure stands to another figure of its sentence, when adding both would count twice.
///
///     // 150名科股长…，其中22名… → the 22 is a .share
///     // 将15个党支部优化调整为15个党总支 → the 15 党支部 are .superseded
public enum FactRelation: String, Sendable, Hashable, Codable, CaseIterable {
    /// A part singled out of a larger figure: 其中…, …被评为/获评….
    case share
    /// The state before a change whose result the sentence also gives (…调整为…).
    case superseded
}
