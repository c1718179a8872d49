import Foundation

/// A chart of one or more panels of horizontal bars, one bar per reporting county, written as a
/// gnuplot script with its data inline, so `gnuplot volunteers.gp` re-renders `volunteers.svg`.
///
/// Built not to mislead: bars are sorted by value with the county names on the axis and each figure
/// printed at the bar's end with its bound (`≥ 1,200`); lower bounds are hatched, upper bounds
/// hatched the other way, approximate figures lighter, all named in the key; counties with no
/// figure are listed under the panel, never drawn as zero. When a figure is more than ten times the
/// next, its bar is cut short and labelled so the others stay readable, and tick labels are written
/// out (`20,000`), never in scientific notation.
///
///     BarChart(title: "志愿服务", panels: [panel], labels: ChartLabels(.zh)).script()
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var estimate: Estimate
        /// The figure as the page prints it (``FigureText``), written at the bar's end.
        public var text: String
        public init(label: String, estimate: Estimate, text: String) {
            self.label = label
            self.estimate = estimate
            self.text = text
        }
    }

    public struct Panel: Sendable, Hashable {
        public var title: String
        public var axisLabel: String
        /// Values are drawn divided by this (10,000 for money in 万元).
        public var divisor: Double
        public var bars: [Bar]
        /// Counties with no figure, named under the panel.
        public var unreported: [String]

        public init(title: String, axisLabel: String, divisor: Double = 1, bars: [Bar], unreported: [String] = []) {
            self.title = title
            self.axisLabel = axisLabel
            self.divisor = divisor
            self.bars = bars
            self.unreported = unreported
        }

        /// An indicator's county figures, in the report's language and units (money in 万元 in Chinese);
        /// the fourteen units with no figure are listed as having no report (济宁市 only counts when it reported).
        public init(title: String, indicator: Indicator, cells: [IndicatorCell], language: ReportLanguage) {
            let text = FigureText(language, indicator: indicator)
            let reported = Set(cells.map(\.county))
            self.init(title: title, axisLabel: ChartLabels(language).unitAxis.replacingOccurrences(of: "%@", with: text.axisLabel),
                      divisor: text.chartDivisor,
                      bars: cells.map { Bar(label: $0.county, estimate: $0.estimate, text: text.figure($0.estimate)) },
                      unreported: ReportVocabulary.counties.filter { !reported.contains($0) })
        }
    }

    /// How the page bounded a figure: each is drawn its own way and named in the key.
    enum Bound: Int, CaseIterable {
        case exact, lowerBound, upperBound, approximate

        init(_ estimate: Estimate) {
            switch estimate.qualifier {
            case .exact: self = .exact
            case .over: self = .lowerBound
            case .under: self = .upperBound
            case .range: self = estimate.low == estimate.high ? .exact : .approximate
            case .approx: self = .approximate
            }
        }

        /// gnuplot's fill: solid for exact figures, hatched for lower bounds, cross-hatched for upper
        /// bounds, lighter for approximations.
        var fill: String {
            switch self {
            case .exact: return "solid 1.0"
            case .lowerBound: return "pattern 4"
            case .upperBound: return "pattern 1"
            case .approximate: return "solid 0.35"
            }
        }

        func key(_ labels: ChartLabels) -> String {
            switch self {
            case .exact: return labels.exact
            case .lowerBound: return labels.lowerBound
            case .upperBound: return labels.upperBound
            case .approximate: return labels.approximate
            }
        }
    }

    public var title: String
    /// Panels with at least one bar: a panel of no figures would be an empty frame.
    public var panels: [Panel]
    public var labels: ChartLabels

    public init(title: String, panels: [Panel], labels: ChartLabels = ChartLabels(.zh)) {
        self.title = title
        self.panels = panels.compactMap { panel in
            var panel = panel
            panel.bars = panel.bars.filter { ($0.estimate.plotted / panel.divisor).isFinite }
            return panel.bars.isEmpty ? nil : panel
        }
        self.labels = labels
    }

    /// A bar is cut short when its value is more than this many times the next one.
    static let outlierRatio = 10.0
    static let width = 960
    static let titleHeight = 40
    static let barHeight = 26
    /// Longest "no report" line, in display columns, before it wraps.
    static let noteWidth = 120

    /// The gnuplot script. It writes `<script name>.svg` next to itself (from `ARG0`).
    public func script() -> String {
        let layouts = panels.map { PanelLayout($0, labels: labels) }
        let height = Self.titleHeight + layouts.map(\.height).reduce(0, +)
        var lines = [
            "# Generated by tally. Re-render with: gnuplot <this file> (writes the .svg next to it).",
            "set encoding utf8",
            "set terminal svg size \(Self.width),\(height) font 'Noto Sans CJK SC,11' noenhanced",
            "set termoption noenhanced",
            "set output ARG0[1:strlen(ARG0)-3].'.svg'",
        ]
        for (index, layout) in layouts.enumerated() {
            // Rows of: position, "county", drawn length, "label", bound, cut short. Every row starts with a digit.
            lines.append("$P\(index + 1) << \(GnuplotText.datablockEnd)")
            for row in layout.rows {
                lines.append([String(row.position), GnuplotText.field(row.label), GnuplotText.number(row.length),
                              GnuplotText.field(row.text), String(row.bound.rawValue), row.isClipped ? "1" : "0"]
                    .joined(separator: " "))
            }
            lines.append(GnuplotText.datablockEnd)
        }
        lines += [
            "set border 3",
            "set grid xtics lc rgb '#dddddd'",
            "set ytics nomirror scale 0",
            "set xtics nomirror out",
            "set lmargin 22",
            "set rmargin 30",
            "set key at screen 0.765, graph 1 left top Left reverse samplen 2 spacing 1.2",
            "set multiplot title \(GnuplotText.quoted(title))",
        ]
        var top = Double(Self.titleHeight)
        for (index, layout) in layouts.enumerated() {
            let block = "$P\(index + 1)"
            top += Double(layout.height)
            lines += [
                "set origin 0,\(Self.fraction(Double(height) - top, of: height))",
                "set size 1,\(Self.fraction(Double(layout.height), of: height))",
                "set tmargin 2",
                "set bmargin \(4 + layout.notes.count)",
                "set title \(GnuplotText.quoted(layout.panel.title))",
                "set xlabel \(GnuplotText.quoted(layout.panel.axisLabel))",
                "set xrange [0:\(GnuplotText.number(layout.axisEnd))]",
                "set yrange [-0.6:\(layout.rows.count) - 0.4]",
                "set xtics (" + layout.ticks.map { "\(GnuplotText.quoted(Estimate.format($0))) \(GnuplotText.number($0))" }
                    .joined(separator: ", ") + ")",
                "unset label",
                // The county axis is named above its names, where it reads without turning the head.
                "set label 1 \(GnuplotText.quoted(labels.countyAxis)) at graph 0, graph 1 offset char -1, char 0.8 right",
            ]
            for (line, note) in layout.notes.enumerated() {
                lines.append("set label \(line + 2) \(GnuplotText.quoted(note)) at screen 0.01, graph 0 offset 0,\(-4 - line) left")
            }
            var plots = Bound.allCases.filter { bound in layout.rows.contains { $0.bound == bound } }.map { bound in
                "\(block) using (0):($5==\(bound.rawValue)?$1:NaN):(0):3:($1-0.35):($1+0.35) with boxxyerror "
                    + "fs \(bound.fill) border lc rgb '#1f4e79' lc rgb '#2f6fb0' title \(GnuplotText.quoted(bound.key(labels)))"
            }
            plots.append("\(block) using 3:1:4:ytic(2) with labels left offset char 0.5,0 notitle")
            if layout.rows.contains(where: \.isClipped) {
                // A white gap across each bar cut short, so it reads as broken.
                plots.append("\(block) using ($6==1?$3*0.9:NaN):1:($3*0.88):($3*0.92):($1-0.45):($1+0.45) with boxxyerror "
                    + "fs solid 1.0 noborder lc rgb 'white' notitle")
            }
            lines.append("plot " + plots.joined(separator: ", \\\n     "))
        }
        lines.append("unset multiplot")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fraction(_ pixels: Double, of height: Int) -> String {
        String(format: "%.5f", pixels / Double(height))
    }

    /// Where one panel's bars, ticks and notes go.
    struct PanelLayout {
        struct Row {
            /// 0 at the bottom: the largest figure is drawn on top.
            var position: Int
            var label: String
            var length: Double
            var text: String
            var bound: Bound
            var isClipped: Bool
        }

        var panel: Panel
        var rows: [Row]
        var axisEnd: Double
        var ticks: [Double]
        var notes: [String]

        init(_ panel: Panel, labels: ChartLabels) {
            self.panel = panel
            let bars = panel.bars.sorted { lhs, rhs in
                lhs.estimate.plotted != rhs.estimate.plotted ? lhs.estimate.plotted > rhs.estimate.plotted
                    : County.isOrdered(lhs.label, rhs.label)
            }
            let values = bars.map { $0.estimate.plotted / panel.divisor }
            // The first bar more than ten times the next: it and every larger one are cut short.
            let gap = values.indices.dropLast().first { values[$0 + 1] > 0 && values[$0] > BarChart.outlierRatio * values[$0 + 1] }
            let scaleTop = gap.map { values[$0 + 1] } ?? values.first.map { max($0, 0) } ?? 0
            let clipLength = scaleTop * 1.3
            let tickEnd = gap == nil ? scaleTop * 1.3 : clipLength
            axisEnd = scaleTop == 0 ? 1 : (gap == nil ? scaleTop * 1.35 : clipLength * 1.45)
            ticks = Self.ticks(upTo: scaleTop == 0 ? 1 : tickEnd)
            rows = bars.enumerated().map { index, bar in
                let isClipped = gap.map { index <= $0 } ?? false
                return Row(position: bars.count - 1 - index, label: bar.label, length: isClipped ? clipLength : values[index],
                           text: bar.text + (isClipped ? labels.clippedSuffix : ""), bound: Bound(bar.estimate),
                           isClipped: isClipped)
            }
            notes = Self.wrap(panel.unreported, start: labels.noReport, separator: labels.listSeparator)
        }

        var height: Int { 2 * 18 + BarChart.barHeight * max(rows.count, 3) + 4 * 18 + 18 * notes.count }

        /// Ticks at 1, 2 or 5 times a power of ten, about five of them, from 0 to `end`.
        static func ticks(upTo end: Double) -> [Double] {
            let raw = end / 5
            let power = pow(10, floor(log10(raw)))
            let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
            return (0...Int((end / step).rounded(.down))).map { Double($0) * step }
        }

        /// "暂无报道：A、B、…" in lines of at most ``BarChart/noteWidth`` display columns.
        static func wrap(_ names: [String], start: String, separator: String) -> [String] {
            guard !names.isEmpty else { return [] }
            var lines: [String] = []
            var line = start
            for (index, name) in names.enumerated() {
                let piece = name + (index + 1 < names.count ? separator : "")
                if line != start, DisplayWidth.of(line + piece) > BarChart.noteWidth {
                    lines.append(line)
                    line = ""
                }
                line += piece
            }
            return lines + [line]
        }
    }
}
