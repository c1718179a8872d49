-- title: Facts per county and unit
-- answers: How much does the corpus say about each county, unit by unit (coverage: no row means no data)?
-- param: none
SELECT county, unit, COUNT(*) AS facts, SUM(rate) AS rate_facts
FROM facts
GROUP BY county, unit
ORDER BY county, unit;
