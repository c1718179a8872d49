-- title: Top facts of a theme
-- answers: Which are the largest figures about one theme, with their sentence and source line?
-- title.zh: 主题的最大数字
-- answers.zh: 某一主题下最大的数字有哪些，连同句子和出处行？
-- param: :theme  theme id (volunteer, retired-cadres … see `tally themes`)
-- param: :limit  how many rows, e.g. 20
SELECT v.id, v.county, v.surface, v.value, v.unit, v.object, v.qualifier, v.rate, v.location, v.sentence
FROM fact_view v JOIN facts f ON f.id = v.id JOIN articles a ON a.id = f.article_id
WHERE COALESCE(v.theme, a.primary_theme) = :theme
ORDER BY v.unit, v.value DESC, v.id
LIMIT CAST(:limit AS INTEGER);
