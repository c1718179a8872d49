/// The measure words of the fact contract's unit table, each with its canonical unit and
/// the factor that converts it to that unit. The one place the extractor learns units.
///
///     UnitLexicon.table.longestMatch(in: Array("人次".unicodeScalars), at: 0)?.value.unit // .personTime
///
/// Longest match wins (人次 before 人, 场次 before 场, 个月 before 个, 平方米 before 米).
/// 月, 日 and 周 are deliberately absent: after a number they are calendar dates.
/// 年 is here but only counts as a duration after a duration cue (``QuantityLexicon/durationCues``).
enum UnitLexicon {
    struct Entry: Sendable, Hashable {
        var unit: QuantityUnit
        var scale: Double
    }

    static let entries: [(String, QuantityUnit, Double)] = [
        ("名", .person, 1), ("人", .person, 1), ("位", .person, 1),
        ("人次", .personTime, 1),
        ("户", .household, 1),
        ("场次", .event, 1), ("场", .event, 1), ("次", .event, 1), ("期", .event, 1), ("批次", .event, 1),
        ("批", .event, 1), ("轮", .event, 1), ("届", .event, 1), ("堂", .event, 1),
        ("元", .yuan, 1), ("块钱", .yuan, 1),
        ("%", .percent, 1), ("％", .percent, 1), ("成", .percent, 10),
        ("个百分点", .percentagePoint, 1), ("百分点", .percentagePoint, 1),
        ("平方米", .areaSquareMetre, 1), ("平米", .areaSquareMetre, 1), ("㎡", .areaSquareMetre, 1),
        ("亩", .areaMu, 1),
        ("米", .lengthMetre, 1), ("公里", .lengthMetre, 1000), ("千米", .lengthMetre, 1000),
        ("小时", .hour, 1), ("分钟", .minute, 1), ("天", .day, 1), ("个月", .month, 1), ("年", .year, 1),
        ("字", .word, 1),
        ("个", .count, 1), ("项", .count, 1), ("件", .count, 1), ("家", .count, 1), ("支", .count, 1),
        ("队", .count, 1), ("处", .count, 1), ("条", .count, 1), ("部", .count, 1), ("本", .count, 1),
        ("所", .count, 1), ("台", .count, 1), ("座", .count, 1), ("类", .count, 1), ("份", .count, 1),
        ("篇", .count, 1), ("棵", .count, 1), ("副", .count, 1), ("张", .count, 1), ("套", .count, 1),
        ("间", .count, 1), ("辆", .count, 1), ("种", .count, 1), ("门", .count, 1), ("册", .count, 1),
        ("幅", .count, 1), ("组", .count, 1), ("块", .count, 1), ("车", .count, 1),
        // "any other measure word"
        ("起", .count, 1), ("株", .count, 1), ("枚", .count, 1), ("只", .count, 1), ("头", .count, 1),
        ("盏", .count, 1), ("栋", .count, 1), ("幢", .count, 1), ("吨", .count, 1), ("公斤", .count, 1),
        ("千克", .count, 1), ("斤", .count, 1), ("封", .count, 1), ("首", .count, 1), ("集", .count, 1),
        ("床", .count, 1), ("箱", .count, 1), ("袋", .count, 1), ("台次", .count, 1),
        ("岁", .count, 1), ("周岁", .count, 1), ("课时", .count, 1), ("艘", .count, 1), ("趟", .count, 1), ("对", .count, 1), ("眼", .count, 1),
        ("遍", .count, 1), ("千瓦时", .count, 1), ("分", .count, 1), ("面", .count, 1), ("兆瓦", .count, 1),
        ("度", .count, 1), ("立方米", .count, 1),
    ]

    static let table = WordTable(entries.map { ($0.0, Entry(unit: $0.1, scale: $0.2)) })
}
