/// Numbers keys 0, 1, 2 … in the order they are first seen, so that a million facts are grouped
/// by array index instead of by hashing each one's county, period or theme.
///
/// Facts come in text order, so a key mostly repeats the one before: it is compared with that one
/// before it is hashed.
///
///     var counties = FirstSeenNumbers<UTF8Key>()
///     counties.number(of: UTF8Key("邹城市")) // 0
///     counties.keys                          // [UTF8Key("邹城市")]
struct FirstSeenNumbers<Key: Hashable & Sendable>: Sendable {
    private(set) var keys: [Key] = []
    private var numbers: [Key: Int] = [:]
    private var last: (key: Key, number: Int)?

    mutating func number(of key: Key) -> Int {
        if let last, last.key == key { return last.number }
        let number = numbers[key] ?? {
            keys.append(key)
            numbers[key] = keys.count - 1
            return keys.count - 1
        }()
        last = (key, number)
        return number
    }
}
