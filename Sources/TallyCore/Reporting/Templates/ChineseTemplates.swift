/// The Chinese report pages (`tally report`, the default), one Mustache template a page over the views
/// of ``IndicatorPage``, ``ThemePage``, ``PeriodPage`` and ``IndexPage``, in the words the office
/// writes its own reports with; ``EnglishTemplates`` holds the same pages in English.
enum ChineseTemplates {
    static let all: [String: String] = [
        "legend": legend, "indicator": indicator, "theme": theme, "period": period, "index": index,
    ]

    static let legend = """
        数字怎样取：每类事物取最能代表全县（市、区）的一个数字，各类相加；没有全县数字时，把报道了的各地（镇街、村居、单位）数字相加，\
        作为下限。总数与其中的部分、调整前后的数量、累计数与当年数、比率、计划目标和政策标准一律不相加，列在“另有报道”中。

        `≥`：原文说“余、多、以上、超”（至少）；`≤`：原文说“近、不足”（不到）；`≈`：约数或上下限混合；`a–b`：范围；\
        “暂无报道”：本批版面没有可用的数字，不等于零。


        """

    static let indicator = """
        # {{label}}（`{{id}}`）

        {{countyCount}}个县市区中，{{countiesReported}}个报道了这一指标的数字。

        {{> legend}}
        {{#chartImage}}
        ![{{label}}各县市区对比图]({{.}})

        {{/chartImage}}
        {{^empty(rows)}}
        | 县市区 | 数量 | 依据 | 出处 |
        | --- | ---: | --- | --- |
        {{/empty(rows)}}
        {{#rows}}
        | {{county}} | {{figure}} | {{basis}} | {{{citations}}} |
        {{/rows}}
        {{^rows}}
        本批版面中没有县市区报道这一指标。
        {{/rows}}
        {{#noReport}}

        暂无报道：{{.}}。
        {{/noReport}}
        {{^empty(apart)}}

        ## 另有报道（未计入）

        {{/empty(apart)}}
        {{#apart}}
        - {{county}}：{{{excerpt}}} — {{reason}}，事实 [{{factID}}](#fact-{{factID}})
        {{/apart}}
        {{#moreApart}}
        - 另有{{.}}条：`tally indicators --format tsv` 可列出全部。
        {{/moreApart}}
        {{^empty(evidence)}}

        ## 依据

        {{/empty(evidence)}}
        {{#evidence}}
        - <a id="fact-{{factID}}"></a>**{{factID}}** {{county}}，{{location}}：{{{sentence}}}
        {{/evidence}}

        """

    static let theme = """
        # {{name}}（`{{id}}`）

        本主题涉及{{articles.value}}篇文章（其中{{primaryArticles.value}}篇以此为主题），有关事实{{facts.value}}条，\
        {{#counties}}来自{{.}}{{/counties}}{{^counties}}未归属任何县市区{{/counties}}。

        {{^empty(indicators)}}
        ## 指标

        各指标的县市区数字及其依据句子，见各自页面：

        {{/empty(indicators)}}
        {{#indicators}}
        - [{{label}}]({{path}}) — {{^reported.isZero}}{{reported.value}}个县市区有报道{{/reported.isZero}}{{#reported.isZero}}暂无报道{{/reported.isZero}}
        {{/indicators}}
        {{^indicators}}
        本主题没有县市区指标，有关事实列在下面。
        {{/indicators}}
        {{#chartImage}}

        ![{{name}}各县市区对比图]({{.}})
        {{/chartImage}}

        ## 有关事实

        {{^empty(rows)}}
        | 编号 | 县市区 | 数量 | 对象 | 句子 | 文章 | 出处 |
        | ---: | --- | --- | --- | --- | --- | --- |
        {{/empty(rows)}}
        {{#rows}}
        | {{id}} | {{county}} | {{quantity}}{{#isRate}}（比率）{{/isRate}} | {{object}} | {{{sentence}}} | {{headline}} | {{location}} |
        {{/rows}}
        {{^rows}}
        暂无事实。
        {{/rows}}
        {{#moreFacts}}

        本主题另有{{.}}条事实：`tally facts --theme {{id}}` 可列出全部。
        {{/moreFacts}}

        """

    static let period = """
        {{#isQuarter}}
        # {{name}}：各县市区数字对比

        {{/isQuarter}}
        {{#isYear}}
        # {{name}}（只知年份）：各县市区数字对比

        这些版面的日期只知道年份，数字不归入季度。

        {{/isYear}}
        {{#isUndated}}
        # 未注明日期的版面：各县市区数字对比

        这些版面没有已知或可推断的日期。

        {{/isUndated}}
        本期版面{{pages.value}}个\
        {{^empty(sources)}}（日期来源：{{#sources}}{{name}}{{pages.value}}个{{^last()}}，{{/last()}}{{/sources}}）{{/empty(sources)}}。\
        {{#undatedPages}}全部版面中另有{{value}}个未注明日期（见[未注明日期]({{undatedPath}})）。{{/undatedPages}}

        {{> legend}}
        {{^sections}}
        本期没有县市区数字。

        {{/sections}}
        {{#sections}}
        ## [{{label}}]({{home}})

        {{#previousName}}
        | 县市区 | {{name}} | {{previousName}} | 变化 | 出处 |
        | --- | ---: | ---: | ---: | --- |
        {{/previousName}}
        {{^previousName}}
        | 县市区 | {{name}} | 出处 |
        | --- | ---: | --- |
        {{/previousName}}
        {{#rows}}
        | {{county}} | {{figure}} | {{#previousName}}{{previous}} | {{change}} | {{/previousName}}{{{citations}}} |
        {{/rows}}
        {{#noReport}}

        本期暂无报道：{{.}}。
        {{/noReport}}

        {{/sections}}
        {{#hasRunningTotal}}
        † 为累计数（累计、截至、……以来）：自更早某时起的总数，不是本期新增。

        {{/hasRunningTotal}}
        """

    static let index = """
        # 县市区数字报告

        本报告依据{{pages.value}}个版面\
        {{^empty(pagesByPeriod)}}（{{#pagesByPeriod}}{{name}}{{pages.value}}个{{^last()}}，{{/last()}}{{/pagesByPeriod}}）{{/empty(pagesByPeriod)}}，\
        共计{{factCount.value}}条数字事实（转载文章只计一次）；{{countyCount}}个县市区中有{{countiesReported.value}}个有指标数字\
        {{#counties}}：{{.}}{{/counties}}。每张图的 `.gp` 脚本带有图中数据：`gnuplot NAME.gp` 可在旁边重新生成 `.svg`。

        ## 指标

        {{#indicators}}
        - [{{label}}]({{path}}) — {{^count.isZero}}{{count.value}}个县市区{{/count.isZero}}{{#count.isZero}}暂无报道{{/count.isZero}}
        {{/indicators}}

        ## 主题

        {{#themes}}
        - [{{label}}]({{path}}) — {{count.value}}篇文章，{{facts.value}}条事实
        {{/themes}}

        ## 分期

        {{#periods}}
        - [{{label}}]({{path}}) — 版面{{count.value}}个
        {{/periods}}
        {{^periods}}
        暂无县市区数字。
        {{/periods}}
        {{^empty(queries)}}

        ## 保存的查询

        {{/empty(queries)}}
        {{#queries}}
        - {{title}}：{{answers}} `{{{command}}}`
        {{/queries}}

        """
}
