-- title: Funds by county
-- answers: How much money (yuan: 资金, 经费, 投资, 补贴 …) does each county report, totals apart from rates?
-- param: :county  canonical county name (邹城市 …), or empty (--param county=) for every county
SELECT f.county,
       f.rate,
       SUM(f.value) AS yuan,
       MAX(f.qualifier = 'over') AS is_lower_bound,
       COUNT(*) AS facts,
       GROUP_CONCAT(f.id) AS fact_ids
FROM facts f JOIN articles a ON a.id = f.article_id
WHERE f.unit = 'yuan'
  AND (f.object LIKE '%资金%' OR f.object LIKE '%经费%' OR f.object LIKE '%投资%' OR f.object LIKE '%补贴%'
       OR f.object LIKE '%补助%' OR f.object LIKE '%奖励%' OR f.object LIKE '%物资%' OR f.object LIKE '%慰问金%')
  AND (:county = '' OR f.county = :county)
  AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.body_hash = a.body_hash AND b.id < a.id)
GROUP BY f.county, f.rate
ORDER BY f.rate, yuan DESC, f.county;
