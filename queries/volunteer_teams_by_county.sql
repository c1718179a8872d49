-- title: Volunteer teams by county
-- answers: How many volunteer teams (支/队/个 of 志愿服务队…) does each county report?
-- param: none
SELECT f.county,
       SUM(f.value) AS teams,
       MAX(f.qualifier = 'over') AS is_lower_bound,
       COUNT(*) AS facts,
       GROUP_CONCAT(f.id) AS fact_ids
FROM facts f JOIN articles a ON a.id = f.article_id
WHERE f.unit = 'count' AND f.classifier IN ('支', '队', '个') AND f.rate = 0
  AND (f.object LIKE '%志愿服务队%' OR f.object LIKE '%志愿队%' OR f.object LIKE '%志愿服务团队%'
       OR f.object LIKE '%志愿者队伍%' OR f.object LIKE '%志愿服务小分队%')
  AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.body_hash = a.body_hash AND b.id < a.id)
GROUP BY f.county
ORDER BY teams DESC, f.county;
