/// A number in a page and whether it is one or none, so an English template can say `1 article` and
/// `6 articles` (`{{value}} article{{^isOne}}s{{/isOne}}`), and either language `none` (Mustache takes 0 for true).
struct PluralCount {
    var value: Int
    var isOne: Bool
    var isZero: Bool

    init(_ value: Int) {
        self.value = value
        self.isOne = value == 1
        self.isZero = value == 0
    }
}
