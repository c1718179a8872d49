import Testing
@testable import TallyCore

@Suite struct RowWriterTests {
    let columns = ["doc", "value", "high", "object"]
    let rows: [[Cell]] = [
        [.text("a.txt"), .real(30000), .null, .text("帮扶\t资金\n")],
        [.text("b,\"c\""), .real(1.5), .real(5), .text("党员")],
    ]

    @Test func tsvReplacesTabsAndNewlinesAndWritesIntegersWithoutFraction() {
        let out = RowWriter(format: .tsv).render(columns: columns, rows: rows)
        #expect(out == "doc\tvalue\thigh\tobject\na.txt\t30000\t\t帮扶 资金 \nb,\"c\"\t1.5\t5\t党员\n")
    }

    @Test func csvQuotesCommasQuotesAndNewlines() {
        let out = RowWriter(format: .csv).render(columns: columns, rows: rows)
        #expect(out == "doc,value,high,object\na.txt,30000,,\"帮扶\t资金\n\"\n\"b,\"\"c\"\"\",1.5,5,党员\n")
    }

    @Test func jsonKeepsNumbersAndNull() {
        let out = RowWriter(format: .json).render(columns: columns, rows: rows)
        #expect(out == """
            [
              {"doc": "a.txt", "value": 30000, "high": null, "object": "帮扶\\t资金\\n"},
              {"doc": "b,\\"c\\"", "value": 1.5, "high": 5, "object": "党员"}
            ]

            """)
        #expect(RowWriter(format: .json).render(columns: columns, rows: []) == "[]\n")
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(RowWriter.jsonString("a\u{1}b\\") == "\"a\\u0001b\\\\\"")
    }

    @Test func tableAlignsByDisplayWidth() {
        let out = RowWriter(format: .table).render(columns: ["county", "n"], rows: [[.text("邹城市"), .integer(3)], [.text("x"), .integer(12)]])
        #expect(out == "county  n\n------  --\n邹城市  3\nx       12\n")
    }

    @Test func numbersAsTheContractWritesThem() {
        #expect(Cell.format(60) == "60")
        #expect(Cell.format(3_000_000) == "3000000")
        #expect(Cell.format(0.5) == "0.5")
        #expect(Cell.format(-2) == "-2")
    }
}

/// Streamed rows read exactly like rendered ones, in every piped format (issue #14: 15).
@Suite struct RowWriterStreamTests {
    @Test(arguments: [OutputFormat.tsv, .csv, .json])
    func streamedRowsEqualRenderedRows(format: OutputFormat) throws {
        let columns = ["id", "text", "value"]
        for rows in [[], [[Cell.integer(1), .text("a,\"b\"\tc"), .real(1.5)]], [[.integer(1), .null, .real(2)], [.integer(2), .text("x"), .null]]] {
            var stream = try #require(RowWriter(format: format).stream(columns: columns))
            var streamed = stream.header
            for row in rows { streamed += stream.line(row) }
            streamed += stream.footer
            #expect(streamed == RowWriter(format: format).render(columns: columns, rows: rows))
        }
        #expect(RowWriter(format: .table).stream(columns: columns) == nil)
    }
}
