import Foundation

/// Results filled in by `DispatchQueue.concurrentPerform` workers, one slot an iteration.
///
///     let slots = ConcurrentSlots<Int>(count: 3)
///     DispatchQueue.concurrentPerform(iterations: 3) { slots.set($0, $0 * $0) }
///     slots.values // [0, 1, 4]
final class ConcurrentSlots<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`: workers write distinct slots, but the array's storage is shared.
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    /// The values set, in slot order.
    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
