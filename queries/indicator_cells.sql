-- title: County figures of the indicators
-- answers: What figure does each county get for each indicator, quoted and not added, with the reports' own rules?
-- title.zh: 各指标的县市区数字
-- answers.zh: 每个县市区每项指标取什么数字（引用原文、不相加，与报告同一规则）？
-- param: :indicator  indicator id (volunteers, funds … see `tally indicators`), or empty (--param indicator=) for every one
-- Reads the `indicator_facts` read model, as the reports do; a test checks that every cell here equals the report's.
-- Rules (docs/indicators.md): facts set apart (rates, plans, standards, states before a change) are never added; a
-- share (其中…) only when nothing else was said; county-wide facts first, else the parts, one figure per place; per kind
-- the largest statement (a sentence's facts of that kind and time cue, up to a ；, added), ties to the most recent page; kinds
-- added; a sum of places is a lower bound.
WITH eligible AS (
    SELECT * FROM indicator_facts
    WHERE set_apart IS NULL AND (:indicator = '' OR indicator = :indicator)
),
wholes AS (
    SELECT e.* FROM eligible e
    WHERE e.relation IS NOT 'share'
       OR NOT EXISTS (SELECT 1 FROM eligible o
                      WHERE o.indicator = e.indicator AND o.county = e.county AND o.relation IS NOT 'share')
),
levelled AS (
    SELECT w.*, CASE WHEN w.scope IN ('city', 'county') THEN '' ELSE w.place_group END AS grp
    FROM wholes w
    WHERE (w.scope IN ('city', 'county')) = EXISTS (SELECT 1 FROM wholes c
                                                   WHERE c.indicator = w.indicator AND c.county = w.county
                                                     AND c.scope IN ('city', 'county'))
),
statements AS (
    SELECT indicator, county, grp, kind, article_id, statement_start, period_cue,
           SUM(value) AS low, SUM(CASE WHEN qualifier = 'range' THEN MAX(COALESCE(high, value), value) ELSE value END) AS high,
           MAX(qualifier = 'over') AS has_over, MAX(qualifier = 'under') AS has_under,
           MAX(qualifier = 'approx') AS has_approx, MAX(qualifier = 'range') AS has_range,
           COALESCE(MAX(published), '') AS published, MIN(doc) AS doc, MIN(ordinal) AS ordinal,
           group_concat(fact_id) AS facts
    FROM levelled
    GROUP BY indicator, county, grp, kind, article_id, statement_start, period_cue
),
qualified AS (
    SELECT s.*,
           CASE WHEN NOT (has_over OR has_under OR has_approx OR has_range) THEN 'exact'
                WHEN has_range AND NOT (has_over OR has_under OR has_approx) THEN 'range'
                WHEN has_over AND NOT (has_under OR has_approx) THEN 'over'
                WHEN has_under AND NOT (has_over OR has_approx) THEN 'under'
                ELSE 'approx' END AS qualifier
    FROM statements s
),
ranked AS (
    SELECT q.*,
           ROW_NUMBER() OVER (PARTITION BY indicator, county, grp, kind
                              ORDER BY CASE WHEN qualifier IN ('exact', 'over') THEN low WHEN qualifier = 'under' THEN high
                                            ELSE (low + high) / 2 END DESC,
                                       published DESC, doc DESC, ordinal DESC) AS place_in_kind
    FROM qualified q
),
places AS (
    SELECT indicator, county, grp, SUM(low) AS low, SUM(high) AS high,
           MAX(has_over) AS has_over, MAX(has_under) AS has_under, MAX(has_approx) AS has_approx, MAX(has_range) AS has_range,
           group_concat(facts) AS facts
    FROM ranked WHERE place_in_kind = 1
    GROUP BY indicator, county, grp
),
placed AS (
    SELECT p.*,
           CASE WHEN NOT (has_over OR has_under OR has_approx OR has_range) THEN 'exact'
                WHEN has_range AND NOT (has_over OR has_under OR has_approx) THEN 'range'
                WHEN has_over AND NOT (has_under OR has_approx) THEN 'over'
                WHEN has_under AND NOT (has_over OR has_approx) THEN 'under'
                ELSE 'approx' END AS qualifier
    FROM places p
)
SELECT indicator, county,
       SUM(low) AS value,
       CASE WHEN MAX(grp) = '' AND MAX(qualifier) = 'range' THEN SUM(high) END AS high,
       CASE WHEN MAX(grp) = '' THEN MAX(qualifier)
            WHEN MAX(qualifier IN ('under', 'approx')) THEN 'approx'
            ELSE 'over' END AS qualifier,
       CASE WHEN MAX(grp) = '' THEN 'county-wide' WHEN COUNT(*) = 1 THEN '1 place' ELSE COUNT(*) || ' places' END AS basis,
       group_concat(facts) AS facts
FROM placed
GROUP BY indicator, county
ORDER BY indicator, county;
