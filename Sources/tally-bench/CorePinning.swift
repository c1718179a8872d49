import Foundation

/// Confines every thread of the process to the first CPUs, so "one core" means one core.
///
/// `sched_setaffinity` acts on one thread; threads that exist already (Dispatch's workers from
/// earlier phases) are pinned one by one through `/proc/self/task`, and new threads inherit the
/// mask of the thread that creates them. Linux only; elsewhere a no-op that says so.
///
///     try CorePinning.pin(cores: 1); defer { try? CorePinning.pin(cores: nil) }
enum CorePinning {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Pins every thread to CPUs `0..<cores`, or to all CPUs when `cores` is nil.
    static func pin(cores: Int?) throws {
        #if os(Linux)
        var mask = cpu_set_t()
        let count = cores ?? ProcessInfo.processInfo.processorCount
        withUnsafeMutableBytes(of: &mask) { bytes in
            for cpu in 0..<min(count, bytes.count * 8) { bytes[cpu / 8] |= UInt8(1 << (cpu % 8)) }
        }
        // Glibc declares it only under _GNU_SOURCE, which Swift's module does not set.
        typealias SetAffinity = @convention(c) (pid_t, Int, UnsafePointer<cpu_set_t>) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_setaffinity") else {
            throw Failure(description: "sched_setaffinity is missing from the C library")
        }
        let setAffinity = unsafeBitCast(symbol, to: SetAffinity.self)
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        for task in tasks.compactMap({ pid_t($0) }) where setAffinity(task, MemoryLayout<cpu_set_t>.size, &mask) != 0 {
            throw Failure(description: "cannot pin thread \(task) to \(count) CPU(s): errno \(errno)")
        }
        #else
        throw Failure(description: "pinning to one core needs Linux")
        #endif
    }
}
