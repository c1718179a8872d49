-- title: Volunteer activities by county and quarter
-- answers: How many volunteer-service events does each county report per quarter (year-only dates under the year, never a quarter)?
-- Pages without a date are reported under 'undated'.
-- param: :county  canonical county name (邹城市 …), or empty (--param county=) for every county
SELECT CASE
         WHEN d.published_precision IN ('day', 'month')
           THEN substr(d.published, 1, 4) || 'Q' || ((CAST(substr(d.published, 6, 2) AS INTEGER) + 2) / 3)
         WHEN d.published IS NOT NULL THEN substr(d.published, 1, 4)
         ELSE 'undated'
       END AS period,
       f.county,
       SUM(f.value) AS events,
       MAX(f.qualifier = 'over') AS is_lower_bound,
       GROUP_CONCAT(f.id) AS fact_ids
FROM facts f JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id
WHERE f.unit = 'event' AND f.object LIKE '%志愿%' AND f.rate = 0
  AND (:county = '' OR f.county = :county)
  AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.body_hash = a.body_hash AND b.id < a.id)
GROUP BY period, f.county
ORDER BY period, f.county;
