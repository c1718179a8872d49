/// Numbers county names in order of appearance, so that a million facts are grouped by an integer.
///
///     var counties = CountyNumbers()
///     counties.number(of: "邹城市") // 0
///     counties.names              // ["邹城市"]
struct CountyNumbers: Sendable {
    private(set) var names: [String] = []
    private var numbers: [UTF8Key: Int] = [:]
    private var last: (key: UTF8Key, number: Int)?

    mutating func number(of name: String) -> Int {
        let key = UTF8Key(name)
        // Facts come in text order, so a county repeats in runs: one comparison instead of a hash.
        if let last, last.key == key { return last.number }
        let number = numbers[key] ?? {
            names.append(name)
            numbers[key] = names.count - 1
            return names.count - 1
        }()
        last = (key, number)
        return number
    }
}
