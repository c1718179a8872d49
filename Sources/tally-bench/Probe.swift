import Foundation

/// What the benchmark reads from the system: elapsed time, peak resident memory, file sizes.
///
/// Peak RSS is the kernel's `VmHWM` (`/proc/self/status`, Linux); writing 5 to
/// `/proc/self/clear_refs` resets it to the current RSS.
///
///     Probe.resetPeakResident(); …; Probe.peakResidentMegabytes()
enum Probe {
    /// The process's peak resident set since the last reset, in MB (0 where `/proc` is missing).
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1024 / 1_000_000
    }

    /// Resets the peak to the current RSS; a no-op where the kernel does not allow it.
    static func resetPeakResident() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// User + system CPU time of the process so far: divided by wall time, the cores a phase kept busy.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        seconds(ContinuousClock.now - start)
    }

    static func seconds(_ elapsed: Duration) -> Double {
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The database file plus its WAL, in MB.
    static func megabytes(ofDatabase path: String) -> Double {
        let sizes = [path, path + "-wal"].compactMap {
            (try? FileManager.default.attributesOfItem(atPath: $0))?[.size] as? Int
        }
        return Double(sizes.reduce(0, +)) / 1_000_000
    }
}
