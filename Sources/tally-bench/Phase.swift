/// Wall time and peak resident memory of one benchmark phase.
///
/// The peak is reset before the phase starts, so each phase reports its own peak, not the
/// largest so far.
///
///     let run = try Phase.run { try ingestor.ingest(paths: [folder]) }
///     run.seconds; run.peakResidentMegabytes
struct Phase<Value> {
    var value: Value
    var seconds: Double
    var peakResidentMegabytes: Double
    /// CPU seconds of all threads during the phase.
    var cpuSeconds: Double

    static func run(_ work: () throws -> Value) rethrows -> Phase {
        Probe.resetPeakResident()
        let cpuStart = Probe.cpuSeconds()
        let start = ContinuousClock.now
        let value = try work()
        return Phase(value: value, seconds: Probe.seconds(since: start),
                     peakResidentMegabytes: Probe.peakResidentMegabytes(), cpuSeconds: Probe.cpuSeconds() - cpuStart)
    }
}
