-- title: Volunteers by county
-- answers: How many volunteers (persons) does each county report? Lower bound when any figure was 余/以上.
-- param: none
-- Rates are left out; an article reprinted on two pages (same body_hash) counts once.
SELECT f.county,
       SUM(f.value) AS volunteers,
       CASE WHEN MAX(f.qualifier IN ('over', 'approx', 'range')) = 1 THEN 'lower bound or approximate' ELSE 'exact' END AS bound,
       COUNT(*) AS facts,
       GROUP_CONCAT(f.id) AS fact_ids
FROM facts f JOIN articles a ON a.id = f.article_id
WHERE f.unit = 'person' AND f.object LIKE '%志愿%' AND f.rate = 0
  AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.body_hash = a.body_hash AND b.id < a.id)
GROUP BY f.county
ORDER BY volunteers DESC, f.county;
