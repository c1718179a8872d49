/// Why a fact of an indicator is listed under a county figure as "also reported" instead of being
/// part of it.
public enum SetApartReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// A per-period or per-unit figure (每…, 年均…).
    case rate
    /// An aim (计划, 预计 …).
    case plan
    /// A rule or ceiling for each recipient (最高, 给予 …).
    case standard
    /// The state before a change whose result is given (…调整为…).
    case superseded
    /// A share singled out of a larger figure (其中…, 被评为…).
    case share
    /// A town, village or unit's figure, when a county-wide figure exists.
    case part
    /// Another figure of the same kind (a smaller or earlier one, a this-year figure beside a running total): the largest is quoted.
    case alternative

    /// As a report's "also reported" note says it.
    public var chineseLabel: String {
        switch self {
        case .rate: return "比率或人均数"
        case .plan: return "计划目标"
        case .standard: return "政策标准"
        case .superseded: return "调整前的数量"
        case .share: return "其中的部分"
        case .part: return "下级单位数字"
        case .alternative: return "同类较小数字"
        }
    }

    public var englishLabel: String {
        switch self {
        case .rate: return "rate"
        case .plan: return "plan"
        case .standard: return "standard"
        case .superseded: return "state before a change"
        case .share: return "share of a larger figure"
        case .part: return "part of a county-wide figure"
        case .alternative: return "smaller figure of the same kind"
        }
    }
}
