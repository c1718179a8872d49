-- title: Facts by period
-- answers: Which facts come from pages of one period (2025Q4, 2025 for year-only dates, or undated)?
-- title.zh: 各期的事实
-- answers.zh: 某一期（如2025年第四季度、只知年份的2025年，或未注明日期）的版面有哪些事实？
-- param: :period  2025Q4, 2025 or undated
SELECT * FROM (
    SELECT CASE
             WHEN v.published_precision IN ('day', 'month')
               THEN substr(v.published, 1, 4) || 'Q' || ((CAST(substr(v.published, 6, 2) AS INTEGER) + 2) / 3)
             WHEN v.published IS NOT NULL THEN substr(v.published, 1, 4)
             ELSE 'undated'
           END AS period,
           v.id, v.doc, v.county, v.surface, v.unit, v.object, v.rate, v.period AS period_cue, v.location
    FROM fact_view v
)
WHERE period = :period
ORDER BY doc, id;
