-- title: The facts behind a county figure
-- answers: Which facts of one indicator did a county report, at which scope and kind, and which were set apart and why?
-- param: :indicator  indicator id (volunteers, funds … see `tally indicators`)
-- param: :county  canonical county name (邹城市 …)
SELECT v.fact_id, v.doc, v.line, v.surface, v.object, v.kind, v.scope, v.place, v.status, v.relation, v.set_apart,
       v.period, f.sentence
FROM indicator_facts v JOIN fact_view f ON f.id = v.fact_id
WHERE v.indicator = :indicator AND v.county = :county
ORDER BY v.doc, v.ordinal;
