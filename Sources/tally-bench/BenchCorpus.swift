import Foundation
import TallyTestSupport

/// Writes a generated corpus to disk one page at a time, so generating it never holds more than a page.
///
///     let files = try BenchCorpus.write(&corpus, megabytes: 100, to: "/tmp/bench/corpus")
enum BenchCorpus {
    struct Files {
        var paths: [String]
        var bytes: Int
    }

    static func write(_ corpus: inout SyntheticCorpus, megabytes: Double, to folder: String) throws -> Files {
        let target = Int(megabytes * 1_000_000)
        var files = Files(paths: [], bytes: 0)
        while files.bytes < target {
            let data = Data(corpus.nextPage().utf8)
            let path = (folder as NSString).appendingPathComponent(String(format: "page-%06d.txt", files.paths.count))
            try data.write(to: URL(fileURLWithPath: path))
            files.paths.append(path)
            files.bytes += data.count
        }
        return files
    }
}
