/// The data table behind ``Gazetteer/jining``: Jining's county-level units with their
/// short names and aliases, and the towns (镇), townships (乡) and streets (街道) of each.
///
/// Bare 济宁 / 济宁市 denote the city; longer names starting with 济宁 (济宁高新区 …)
/// win by longest match.
enum JiningPlaces {
    static let names: [String: County] = {
        var table: [String: County] = [:]
        for (county, places) in unitsAndPlaces {
            for place in places { table[place] = county }
        }
        return table
    }()

    /// Phrases that speak of all the city's county-level units at once: a city-desk article that
    /// uses one is city-wide (济宁市) even where it then names a county as an example.
    static let acrossCounties = WordTable(words: ["各县市区", "各县（市、区）", "各县(市、区)", "各县区", "各县市"])
    /// Words by which a county-level unit speaks of itself (全县, 该区 …): never the city's.
    static let ownCountyWords = WordTable(words: ["全县", "该县", "县委", "县直", "全区", "该区", "区委", "区直"])
    /// Words of a city-desk article that speak of the whole city again, after a paragraph about one county.
    static let wholeCity = WordTable(words: ["我市", "全市", "各县市区", "各县区", "各县市", "各地"])

    private static let unitsAndPlaces: [(County, [String])] = [
        (.jiningCity, ["济宁", "济宁市"]),
        (.rencheng, [
            "任城", "任城区",
            "济阳街道", "阜桥街道", "越河街道", "仙营街道", "古槐街道", "观音阁街道", "金城街道",
            "唐口街道", "安居街道", "喻屯镇", "二十里铺街道", "长沟镇", "李营街道",
        ]),
        (.yanzhou, [
            "兖州", "兖州区",
            "鼓楼街道", "龙桥街道", "酒仙桥街道", "兴隆庄街道", "大安镇", "新驿镇", "颜店镇", "新兖镇",
            "漕河镇", "小孟镇",
        ]),
        (.qufu, [
            "曲阜", "曲阜市",
            "鲁城街道", "书院街道", "时庄街道", "小雪街道", "吴村镇", "姚村镇", "陵城镇", "息陬镇",
            "石门山镇", "防山镇", "尼山镇", "王庄镇",
        ]),
        (.zoucheng, [
            "邹城", "邹城市",
            "钢山街道", "千泉街道", "凫山街道", "峄山镇", "香城镇", "城前镇", "大束镇", "北宿镇",
            "中心店镇", "唐村镇", "太平镇", "石墙镇", "田黄镇", "郭里镇", "张庄镇", "看庄镇",
        ]),
        (.weishan, [
            "微山", "微山县",
            "夏镇街道", "昭阳街道", "傅村街道", "韩庄镇", "欢城镇", "南阳镇", "鲁桥镇", "留庄镇",
            "两城镇", "马坡镇", "微山岛镇", "高楼乡", "张楼乡", "赵庙乡", "西平乡",
        ]),
        (.yutai, [
            "鱼台", "鱼台县",
            "谷亭街道", "滨湖街道", "清河镇", "鱼城镇", "王鲁镇", "张黄镇", "王庙镇", "李阁镇",
            "唐马镇", "老砦镇", "罗屯镇",
        ]),
        (.jinxiang, [
            "金乡", "金乡县",
            "金乡街道", "高河街道", "王丕街道", "鱼山街道", "胡集镇", "肖云镇", "鸡黍镇", "卜集镇",
            "司马镇", "化雨镇", "羊山镇", "霄云镇", "兴隆镇",
        ]),
        (.jiaxiang, [
            "嘉祥", "嘉祥县",
            "嘉祥街道", "卧龙山街道", "纸坊镇", "梁宝寺镇", "红运镇", "马村镇", "金屯镇", "大张楼镇",
            "万张街道", "孟姑集镇", "老僧堂镇", "黄垓乡", "满硐镇", "仲山镇",
        ]),
        (.wenshang, [
            "汶上", "汶上县",
            "汶上街道", "中都街道", "南站镇", "南旺镇", "次丘镇", "寅寺镇", "郭楼镇", "康驿镇",
            "苑庄镇", "义桥镇", "白石镇", "杨店镇", "郭仓镇", "军屯乡",
        ]),
        (.sishui, [
            "泗水", "泗水县",
            "泗河街道", "济河街道", "金庄镇", "苗馆镇", "中册镇", "杨柳镇", "泉林镇", "星村镇",
            "柘沟镇", "圣水峪镇", "高峪镇", "华村镇", "泗张镇",
        ]),
        (.liangshan, [
            "梁山", "梁山县",
            "梁山街道", "水泊街道", "拳铺镇", "杨营镇", "韩岗镇", "寿张集镇", "小路口镇", "馆驿镇",
            "韩垓镇", "黑虎庙镇", "马营镇", "小安山镇", "赵堌堆乡", "大路口乡",
        ]),
        (.gaoxin, [
            "高新区", "济宁高新区", "济宁高新技术产业开发区", "高新技术产业开发区",
            "洸河街道", "黄屯街道", "王因街道", "柳行街道", "接庄街道",
        ]),
        (.taibaihu, [
            "太白湖", "太白湖新区", "济宁太白湖新区", "太白湖区",
            "许庄街道", "石桥街道", "石桥镇", "南张街道",
        ]),
        (.jingkai, [
            "经开区", "济宁经开区", "济宁经济技术开发区", "经济技术开发区", "经济开发区", "济宁经济开发区",
            "疃里镇", "马集镇",
        ]),
    ]
}
