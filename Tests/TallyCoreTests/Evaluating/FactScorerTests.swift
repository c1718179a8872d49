import Foundation
import Testing
@testable import TallyCore

/// FactScorer against figures computed by `python3 eval/score.py gold --pred pred.tsv --json`
/// on the same hand-made pair.
@Suite struct FactScorerTests {
    static let gold = """
        doc\tsurface\tvalue\thigh\tqualifier\tunit\tclassifier\tobject\tcounty\trate
        a.txt\t60余场次\t60\t\tover\tevent\t场次\t学习活动\t邹城市\t0
        a.txt\t3至5件\t3\t5\trange\tcount\t件\t民生微实事\t邹城市\t1
        a.txt\t2个\t2\t\texact\tcount\t个\t镇\t任城区\t0
        a.txt\t2个\t2\t\texact\tcount\t个\t镇\t任城区\t0
        b.txt\t近3万人次\t30000\t\tunder\tperson_time\t人次\t群众\t曲阜市\t0
        b.txt\t75%以上\t75\t\tover\tpercent\t%\t社区服务参与率\t曲阜市\t0

        """
    static let predicted = """
        doc\tsurface\tvalue\thigh\tqualifier\tunit\tclassifier\tobject\tcounty\trate
        dir/a.txt\t60余场次\t60\t\tover\tevent\t场次\t各类学习活动\t邹城市\t0
        a.txt\t3 至 5件\t3\t5\trange\tcount\t件\t微实事\t邹城市\t0
        a.txt\t2个\t2\t\texact\tcount\t个\t镇\t济宁市\t0
        a.txt\t7人\t7\t\texact\tperson\t人\t党员\t邹城市\t0
        b.txt\t3万人次\t30000\t\texact\tperson_time\t人次\t居民群众\t曲阜市\t0
        b.txt\t75%\t75\t\tover\tpercent\t%\t率\t曲阜市\t
        c.txt\t1个\t1\t\texact\tcount\t个\t村\t曲阜市\t0

        """

    @Test func reproducesScorePyFigures() throws {
        let report = FactScorer.score(gold: try FactTable.parse(Self.gold, path: "gold.tsv"),
                                      predicted: try FactTable.parse(Self.predicted, path: "pred.tsv"))
        // score.py: a.txt 4 4 3 · b.txt 2 2 2 · ALL 6 6 5, full 2, every field 0.8.
        #expect(report.documents.map(\.doc) == ["a.txt", "b.txt"])
        let a = report.documents[0].tally, b = report.documents[1].tally
        #expect([a.gold, a.predicted, a.matched, a.full] as [Int] == [4, 4, 3, 1])
        #expect(abs(a.countyAgreement - 2.0 / 3) < 1e-12 && a.objectAgreement == 1.0)
        #expect([b.gold, b.predicted, b.matched, b.full] as [Int] == [2, 2, 2, 1])
        #expect(b.objectAgreement == Double(0.5))
        let all = report.all
        #expect(abs(all.f1 - 0.8333333333333334) < 1e-12)
        #expect(abs(all.fullF1 - 0.3333333333333333) < 1e-12)
        #expect([all.qualifierAgreement, all.countyAgreement, all.rateAgreement, all.objectAgreement].allSatisfy { abs($0 - 0.8) < 1e-12 })
        #expect(FactScorer.render(report).hasSuffix(
            "detection F1 0.833 (P 0.833 R 0.833) · full-fact F1 0.333 · qualifier 0.800 county 0.800 object 0.800 rate 0.800\n"))
        #expect(report.findings.contains(.missed(doc: "a.txt", gold: try FactTable.parse(Self.gold, path: "g")[3])))
    }

    @Test func objectAgreementFollowsScorePy() {
        #expect(FactScorer.objectAgrees(gold: "镇", predicted: "镇"))
        #expect(FactScorer.objectAgrees(gold: "镇", predicted: "乡镇"))
        #expect(!FactScorer.objectAgrees(gold: "镇", predicted: "村"))
        #expect(!FactScorer.objectAgrees(gold: "乡镇", predicted: "镇"))
        #expect(FactScorer.objectAgrees(gold: "楼长助理聘任仪式", predicted: "颁奖仪式"))
        #expect(FactScorer.objectAgrees(gold: "学习活动", predicted: "各类学习活动"))
        #expect(!FactScorer.objectAgrees(gold: "", predicted: "活动"))
    }

    @Test func badValueNamesFileAndLine() {
        #expect(throws: FactTableError.badValue(path: "p.tsv", line: 3, text: "x")) {
            try FactTable.parse("doc\tvalue\tunit\na\t1\tcount\na\tx\tcount\n", path: "p.tsv")
        }
        #expect(throws: FactTableError.missingColumns(path: "p.tsv", columns: ["unit"])) {
            try FactTable.parse("doc\tvalue\na\t1\n", path: "p.tsv")
        }
    }

    @Test func tsvRoundTrips() throws {
        let rows = try FactTable.parse(Self.gold, path: "g")
        #expect(try FactTable.parse(FactTable.tsv(rows), path: "again") == rows)
    }
}
