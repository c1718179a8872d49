/// The English report pages (`tally report --lang en`), one Mustache template a page over the views
/// of ``IndicatorPage``, ``ThemePage``, ``PeriodPage`` and ``IndexPage``; ``ChineseTemplates`` holds
/// the same pages in Chinese.
enum EnglishTemplates {
    static let all: [String: String] = [
        "legend": legend, "indicator": indicator, "theme": theme, "period": period, "index": index,
    ]

    static let legend = """
        How a figure is chosen: the best county-wide figure of each kind of thing counted, added over the kinds; \
        with nothing county-wide, the sum over the places that reported (a lower bound). A total and its part, \
        a before and an after, a running total and a this-year figure, rates, plans and standards are never added: \
        they are listed under "Also reported".

        `≥ 1,000`: the page said 余/多/以上/超 (at least); `≤ 30,000`: the page said 近/不足 (just under); \
        `≈`: approximate or mixed bounds; `a–b`: a range. "No report" means no eligible fact in these pages, not zero.


        """

    static let indicator = """
        # {{label}} (`{{id}}`)

        Unit: {{unit}}. {{countiesReported}} of {{countyCount}} counties reported a figure.

        {{> legend}}
        {{#chartImage}}
        ![{{id}} by county]({{.}})

        {{/chartImage}}
        {{^empty(rows)}}
        | County | Figure | Basis | Facts |
        | --- | ---: | --- | --- |
        {{/empty(rows)}}
        {{#rows}}
        | {{county}} | {{figure}} | {{basis}} | {{{citations}}} |
        {{/rows}}
        {{^rows}}
        No county reported this indicator in these pages.
        {{/rows}}
        {{#noReport}}

        No report: {{.}}.
        {{/noReport}}
        {{^empty(apart)}}

        ## Also reported (not added)

        {{/empty(apart)}}
        {{#apart}}
        - {{county}}: {{{excerpt}}} — {{reason}}, fact [{{factID}}](#fact-{{factID}})
        {{/apart}}
        {{#moreApart}}
        - and {{.}} more: `tally indicators --format tsv` lists them all.
        {{/moreApart}}
        {{^empty(evidence)}}

        ## Evidence

        {{/empty(evidence)}}
        {{#evidence}}
        - <a id="fact-{{factID}}"></a>**{{factID}}** {{county}}, {{location}}: {{{sentence}}}
        {{/evidence}}

        """

    static let theme = """
        # {{name}} (`{{id}}`)

        {{articles.value}} article{{^articles.isOne}}s{{/articles.isOne}} touch{{#articles.isOne}}es{{/articles.isOne}} this theme ({{primaryArticles.value}} as their main theme); \
        {{facts.value}} fact{{^facts.isOne}}s{{/facts.isOne}} {{#facts.isOne}}is{{/facts.isOne}}{{^facts.isOne}}are{{/facts.isOne}} about it, \
        from {{#counties}}{{.}}{{/counties}}{{^counties}}no county{{/counties}}.

        {{^empty(indicators)}}
        ## Indicators

        Each indicator's county figures, and the sentences behind them, are on its own page:

        {{/empty(indicators)}}
        {{#indicators}}
        - [{{label}}]({{path}}) — {{^reported.isZero}}{{reported.value}} count{{#reported.isOne}}y{{/reported.isOne}}{{^reported.isOne}}ies{{/reported.isOne}} reported it{{/reported.isZero}}{{#reported.isZero}}no county reported it{{/reported.isZero}}
        {{/indicators}}
        {{^indicators}}
        No county indicator belongs to this theme; its facts are listed below.
        {{/indicators}}
        {{#chartImage}}

        ![{{id}} by county]({{.}})
        {{/chartImage}}

        ## Supporting facts

        {{^empty(rows)}}
        | Fact | County | Quantity | Object | Sentence | Article | Source |
        | ---: | --- | --- | --- | --- | --- | --- |
        {{/empty(rows)}}
        {{#rows}}
        | {{id}} | {{county}} | {{quantity}}{{#isRate}} (rate){{/isRate}} | {{object}} | {{{sentence}}} | {{headline}} | {{location}} |
        {{/rows}}
        {{^rows}}
        No facts.
        {{/rows}}
        {{#moreFacts}}

        {{.}} more facts are about this theme: `tally facts --theme {{id}}` lists them all.
        {{/moreFacts}}

        """

    static let period = """
        {{#isQuarter}}
        # {{name}}: counties compared

        {{/isQuarter}}
        {{#isYear}}
        # {{name}} (dated to the year only): counties compared

        These pages' dates are known only to the year, so their figures are not placed in a quarter.

        {{/isYear}}
        {{#isUndated}}
        # Undated pages: counties compared

        These pages have no known or inferable date.

        {{/isUndated}}
        {{pages.value}} page{{^pages.isOne}}s{{/pages.isOne}} in this period\
        {{^empty(sources)}} (date known from {{#sources}}{{name}}: {{pages.value}}{{^last()}}, {{/last()}}{{/sources}}){{/empty(sources)}}.\
        {{#undatedPages}} {{value}} page{{^isOne}}s{{/isOne}} of the corpus {{#isOne}}has{{/isOne}}{{^isOne}}have{{/isOne}} no date ([undated]({{undatedPath}})).{{/undatedPages}}

        {{> legend}}
        {{^sections}}
        No county figure in this period.

        {{/sections}}
        {{#sections}}
        ## [{{label}}]({{home}}) ({{unit}})

        {{#previousName}}
        | County | {{name}} | {{previousName}} | Change | Facts |
        | --- | ---: | ---: | ---: | --- |
        {{/previousName}}
        {{^previousName}}
        | County | {{name}} | Facts |
        | --- | ---: | --- |
        {{/previousName}}
        {{#rows}}
        | {{county}} | {{figure}} | {{#previousName}}{{previous}} | {{change}} | {{/previousName}}{{{citations}}} |
        {{/rows}}
        {{#noReport}}

        No report: {{.}}.
        {{/noReport}}

        {{/sections}}
        {{#hasRunningTotal}}
        † quotes a running total (累计, 截至, …以来): a figure since an earlier start, not this period's increment.

        {{/hasRunningTotal}}
        """

    static let index = """
        # Tally reports

        These reports read {{pages.value}} page{{^pages.isOne}}s{{/pages.isOne}}\
        {{^empty(pagesByPeriod)}} ({{#pagesByPeriod}}{{name}}: {{pages.value}}{{^last()}}, {{/last()}}{{/pagesByPeriod}}){{/empty(pagesByPeriod)}} \
        and count {{factCount.value}} fact{{^factCount.isOne}}s{{/factCount.isOne}} (reprinted articles once); \
        {{countiesReported.value}} of {{countyCount}} counties have a figure{{#counties}}: {{.}}{{/counties}}. \
        Each chart's `.gp` script holds its data: `gnuplot NAME.gp` renders the `.svg` beside it.

        ## Indicators

        {{#indicators}}
        - [{{label}}]({{path}}) — {{count.value}} count{{#count.isOne}}y{{/count.isOne}}{{^count.isOne}}ies{{/count.isOne}}
        {{/indicators}}

        ## Themes

        {{#themes}}
        - [{{label}}]({{path}}) — {{count.value}} article{{^count.isOne}}s{{/count.isOne}}, {{facts.value}} fact{{^facts.isOne}}s{{/facts.isOne}}
        {{/themes}}

        ## Periods

        {{#periods}}
        - [{{label}}]({{path}}) — {{count.value}} page{{^count.isOne}}s{{/count.isOne}}
        {{/periods}}
        {{^periods}}
        No county figure yet.
        {{/periods}}
        {{^empty(queries)}}

        ## Saved queries

        {{/empty(queries)}}
        {{#queries}}
        - {{title}}: {{answers}} `{{{command}}}`
        {{/queries}}

        """
}
