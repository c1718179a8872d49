-- title: Facts per county and unit
-- answers: How much does the corpus say about each county, unit by unit (coverage: no row means no data)?
-- title.zh: 各县市区各单位的事实数
-- answers.zh: 语料对每个县市区、每种计量单位各说了多少（没有行即没有数据）？
-- param: none
SELECT county, unit, COUNT(*) AS facts, SUM(rate) AS rate_facts
FROM facts
GROUP BY county, unit
ORDER BY county, unit;
