-- title: The facts behind a county figure
-- answers: Which facts of one indicator did a county report, at which scope and kind, and which were set apart and why?
-- title.zh: 县市区数字背后的事实
-- answers.zh: 某县市区某项指标报道了哪些事实、范围和类别如何、哪些未计入及原因？
-- param: :indicator  indicator id (volunteers, funds … see `tally indicators`)
-- param: :county  canonical county name (邹城市 …)
SELECT v.fact_id, v.doc, v.line, v.surface, v.object, v.kind, v.scope, v.place, v.status, v.relation, v.set_apart,
       v.period, f.sentence
FROM indicator_facts v JOIN fact_view f ON f.id = v.fact_id
WHERE v.indicator = :indicator AND v.county = :county
ORDER BY v.doc, v.ordinal;
