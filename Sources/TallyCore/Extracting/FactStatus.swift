/// Whether a figure happened: reports add only what did, and list aims and rules apart.
///
///     // 预计每年可增加15万元 → .plan;  最高补贴2000万元 → .standard;  投资1000余万元 → .actual
public enum FactStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Done, reached or existing.
    case actual
    /// An aim: 计划, 预计, 力争, 目标, 拟, 将 (before a verb), or 打造…N个左右.
    case plan
    /// A rule or ceiling for each recipient: 最高…, 给予…, 控制在…, and the amounts of a policy notice.
    case standard
}
