/// The small word lists of the quantity grammar: multipliers, approximation words,
/// range connectors and duration cues. Data only; ``QuantityParser`` reads them.
enum QuantityLexicon {
    /// Multipliers written after an Arabic number: 1.2万, 3亿, 2千.
    static let multipliers = WordTable([("万", 1e4), ("亿", 1e8), ("千", 1e3), ("百万", 1e6), ("千万", 1e7)])

    /// Words between the number and the multiplier or unit: 60余场次, 2万多元.
    static let innerOver = WordTable(words: ["余", "多", "几"])
    /// A hedge between the number and its measure word: 十来个, 一百来块钱.
    static let innerApprox = WordTable(words: ["来"])

    /// Approximation words printed before the number; they belong to the surface when adjacent.
    static let prefixQualifiers = WordTable([
        ("超过", Qualifier.over), ("超", .over), ("逾", .over), ("过", .over), ("至少", .over), ("多达", .over),
        ("高达", .over), ("不少于", .over), ("不低于", .over),
        ("近", .under), ("将近", .under), ("接近", .under), ("不足", .under), ("不到", .under), ("最高", .under),
        ("最多", .under), ("不超过", .under), ("不超", .under), ("不高于", .under), ("不多于", .under),
        ("约", .approx), ("大约", .approx),
    ])

    /// Compounds whose last character looks like a prefix qualifier but is not one (签约, 最近).
    static let falseQualifierCompounds = WordTable(words: [
        "附近", "最近", "临近", "就近", "签约", "预约", "节约", "特约", "邀约", "履约", "制约", "公约", "相约",
        "赶超", "高超", "未超", "经过", "通过", "不过", "度过", "越过", "跨过", "错过", "路过",
    ])
    /// 过 before a number: a bound after a noun (营收过10亿元), the aspect mark after a verb (举办过3次).
    static let aspectOrOver: Unicode.Scalar = "过"

    /// Spoken bounds before a round Chinese numeral: 上千人, 数亿元, 几十万元 (a lower bound at the numeral).
    static let spokenBounds = WordTable([("上", Qualifier.over), ("数", .over), ("几", .over)])

    /// Bound words that set the qualifier from a little way before the number
    /// (最高可获 2000万元, 至少在村工作 3天, 约占23%) without joining the surface.
    static let distantBounds = WordTable([
        ("最高", Qualifier.under), ("最多", .under), ("不超过", .under), ("至少", .over), ("不少于", .over),
        ("不低于", .over), ("约占", .approx),
    ])
    /// How many scalars before the number a distant bound word may stand.
    static let distantBoundReach = 8

    /// Words after the unit: 3万元以上, 20人左右, 15分钟内.
    static let suffixQualifiers = WordTable([
        ("以上", Qualifier.over), ("以下", .under), ("以内", .under),
        ("之内", .under), ("左右", .approx), ("上下", .approx),
    ])
    /// Suffix words that only qualify when they end the word: 20人上下 is "about 20", 上下联动 is not.
    static let suffixNeedingWordEnd = WordTable(words: ["上下"])
    /// 内 after a time unit means "within" (15分钟内响应).
    static let withinAfterTime: Unicode.Scalar = "内"
    static let timeUnits: Set<QuantityUnit> = [.minute, .hour, .day, .month, .year]

    /// 分 counts points (得分80分以下), unless a clock mark stands before the number (8点30分).
    static let points: [Unicode.Scalar] = ["分"]
    static let clockMarks: ScalarSet = ["点", "时", ":", "："]
    /// 之 after 分 makes a fraction (百分之九十, 三分之一).
    static let fractionMark: Unicode.Scalar = "之"

    /// Connectors of a range: 3至5件, 30万元—500万元.
    static let rangeConnectors = WordTable(words: ["至", "到", "—", "——", "–", "-", "~", "～", "－", "―"])

    /// Set phrases that open with a numeral and a measure word but count nothing (一成不变): skipped whole.
    static let setPhrases = WordTable(words: ["一成不变", "一五一十", "三三两两", "七上八下", "一心一意", "三番五次", "千家万户", "千方百计"])

    /// Words before a number that make it a sequence number or a rank, not a count: 第一批, 第1名, 排名后5位.
    static let ordinalMarkers = WordTable(words: ["第", "排名前", "排名后", "位列前", "位居前"])

    /// Words that make a following "N年" a duration rather than a calendar year: 连续3年.
    static let durationCues = WordTable(words: [
        "连续", "持续", "历时", "长达", "坚持", "用时", "耗时", "为期", "满",
        // Verbs and terms that last (服役16年, 扎根农村20年, 有效期为2年, 党龄50年以上).
        "服役", "任职", "从教", "从医", "行医", "坚守", "扎根", "有效期", "期限", "任期", "党龄", "工龄", "驻村",
    ])
    /// How far before the number a duration cue may stand (坚持义务巡逻8年).
    static let durationCueReach = 8
    /// After N年, words that make it a time phrase (近两年来, 10余年以来), not a duration fact.
    static let sinceAfterYears = WordTable(words: ["来", "以来", "前"])

    /// Chinese numerals: digits and the powers of ten.
    static let chineseDigits: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let chinesePowers: [Unicode.Scalar: Double] = ["十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8]

    /// Percent written before the number: 百分之90.
    static let percentPrefix = WordTable(words: ["百分之"])
}
