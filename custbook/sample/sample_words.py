"""Word lists for the sample shop (`custbook.sample.sample_shop`): names, places, goods, phrases.

Kept apart so the generator stays readable. Everything here is plain data: tuples and
dicts in a fixed order (never sets), so a seeded generator that picks from them gives
the same shop in every process. The shop is a women's-and-men's clothing shop in
Hangzhou, hence the 0571 landlines and the Hangzhou addresses.
"""
from __future__ import annotations

import datetime as dt

# --- surnames: (character, pinyin, weight ≈ share per thousand). 单 and 曾 are in on purpose:
# they are read Shàn and Zēng as surnames, which pinyin sorting and search must get right.
SURNAMES: tuple[tuple[str, str, float], ...] = (
    ("王", "wang", 71), ("李", "li", 70), ("张", "zhang", 67), ("刘", "liu", 54),
    ("陈", "chen", 45), ("杨", "yang", 31), ("黄", "huang", 22), ("赵", "zhao", 20),
    ("吴", "wu", 19), ("周", "zhou", 19), ("徐", "xu", 13), ("孙", "sun", 13), ("马", "ma", 11),
    ("朱", "zhu", 11), ("胡", "hu", 10), ("郭", "guo", 10), ("何", "he", 9), ("高", "gao", 9),
    ("林", "lin", 9), ("罗", "luo", 8), ("郑", "zheng", 8), ("梁", "liang", 7), ("谢", "xie", 6),
    ("宋", "song", 5), ("唐", "tang", 5), ("许", "xu", 5), ("韩", "han", 5), ("冯", "feng", 5),
    ("邓", "deng", 5), ("曹", "cao", 5), ("彭", "peng", 4), ("曾", "zeng", 4), ("萧", "xiao", 1),
    ("肖", "xiao", 4), ("田", "tian", 3), ("董", "dong", 3), ("袁", "yuan", 3), ("潘", "pan", 3),
    ("于", "yu", 3), ("蒋", "jiang", 3), ("蔡", "cai", 3), ("余", "yu", 3), ("杜", "du", 3),
    ("叶", "ye", 3), ("程", "cheng", 3), ("苏", "su", 3), ("魏", "wei", 3), ("吕", "lv", 3),
    ("丁", "ding", 3), ("任", "ren", 3), ("沈", "shen", 3), ("姚", "yao", 2), ("卢", "lu", 2),
    ("姜", "jiang", 2), ("崔", "cui", 2), ("钟", "zhong", 2), ("谭", "tan", 2), ("陆", "lu", 2),
    ("汪", "wang", 2), ("范", "fan", 2), ("金", "jin", 2), ("石", "shi", 2), ("廖", "liao", 2),
    ("贾", "jia", 2), ("夏", "xia", 2), ("韦", "wei", 2), ("付", "fu", 2), ("方", "fang", 2),
    ("白", "bai", 2), ("邹", "zou", 2), ("孟", "meng", 2), ("熊", "xiong", 2), ("秦", "qin", 2),
    ("邱", "qiu", 2), ("江", "jiang", 2), ("尹", "yin", 2), ("薛", "xue", 2), ("闫", "yan", 1),
    ("段", "duan", 1), ("雷", "lei", 1), ("侯", "hou", 1), ("龙", "long", 1), ("史", "shi", 1),
    ("陶", "tao", 1), ("黎", "li", 1), ("贺", "he", 1), ("顾", "gu", 1), ("毛", "mao", 1),
    ("郝", "hao", 1), ("龚", "gong", 1), ("邵", "shao", 1), ("万", "wan", 1), ("钱", "qian", 1),
    ("严", "yan", 1), ("覃", "qin", 1), ("武", "wu", 1), ("戴", "dai", 1), ("莫", "mo", 1),
    ("孔", "kong", 1), ("向", "xiang", 1), ("汤", "tang", 1), ("单", "shan", 0.5),
    ("欧阳", "ouyang", 0.3),
)


def _chars(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(item.split(":")) for item in text.split())  # type: ignore[misc]


# --- given-name characters with pinyin (for WeChat IDs and e-mail addresses)
GIVEN_FEMALE = _chars(
    "芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 燕:yan 玲:ling 婷:ting 雪:xue "
    "慧:hui 颖:ying 琳:lin 洁:jie 萍:ping 红:hong 梅:mei 兰:lan 琴:qin 云:yun 莉:li 倩:qian "
    "晶:jing 欣:xin 怡:yi 佳:jia 悦:yue 彤:tong 萱:xuan 涵:han 可:ke 馨:xin 雯:wen 瑶:yao "
    "璐:lu 菲:fei 蕾:lei 月:yue 春:chun 秀:xiu 英:ying 华:hua 玉:yu 珍:zhen 凤:feng 桂:gui "
    "丹:dan 宁:ning 薇:wei 岚:lan 晓:xiao 思:si 雨:yu 诗:shi 梦:meng 嘉:jia 若:ruo 心:xin "
    "文:wen 淑:shu 凌:ling 婉:wan 秋:qiu 露:lu 蓉:rong 莹:ying 琪:qi 妍:yan")
GIVEN_MALE = _chars(
    "伟:wei 强:qiang 磊:lei 军:jun 勇:yong 杰:jie 涛:tao 明:ming 超:chao 刚:gang 平:ping "
    "辉:hui 鹏:peng 华:hua 飞:fei 鑫:xin 波:bo 斌:bin 宇:yu 浩:hao 凯:kai 健:jian 俊:jun "
    "帆:fan 旭:xu 宁:ning 龙:long 林:lin 阳:yang 文:wen 博:bo 昊:hao 然:ran 子:zi 轩:xuan "
    "睿:rui 航:hang 泽:ze 晨:chen 东:dong 海:hai 峰:feng 建:jian 国:guo 志:zhi 成:cheng "
    "亮:liang 毅:yi 彬:bin 晓:xiao 嘉:jia 一:yi 天:tian 宏:hong 立:li 新:xin")

ENGLISH_FEMALE = ("Emily", "Grace", "Lily", "Sophia", "Olivia", "Chloe", "Amy", "Linda",
                  "Helen", "Jessica", "Vivian", "Cindy", "Annie", "Sarah", "Rachel", "Kelly",
                  "Cherry", "Coco", "Iris", "Fiona", "Angela", "Tina", "Joanna", "Wendy")
ENGLISH_MALE = ("David", "Michael", "James", "Kevin", "Tony", "Jason", "Eric", "Peter",
                "Andy", "Jack", "Leo", "Frank", "Steven", "Daniel", "Henry", "Tom", "Vincent",
                "Alex")
ENGLISH_SURNAMES = ("Miller", "Smith", "Brown", "Johnson", "Wilson", "Taylor", "Anderson",
                    "Thomas", "Martin", "Walker", "Green", "Clark", "Lee", "Wong", "Chan",
                    "Tan", "Ng", "Zhang", "Wang", "Li", "Chen", "Liu", "Lin", "Huang", "Zhou",
                    "Wu", "Xu", "Yang", "Zhao", "Sun")

ETHNICITIES = (("汉族", 90), ("回族", 2), ("满族", 2), ("壮族", 1.5), ("土家族", 1),
               ("苗族", 1), ("蒙古族", 1), ("朝鲜族", 1), ("畲族", 0.5))

# --- phones
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                   "147", "150", "151", "152", "153", "155", "156", "157", "158", "159",
                   "166", "173", "175", "176", "177", "178", "180", "181", "182", "183",
                   "184", "185", "186", "187", "188", "189", "191", "198", "199")
# (area code with trunk 0, weight); all of these have 8-digit local numbers.
AREA_CODES = (("0571", 70), ("0574", 6), ("0575", 6), ("0573", 4), ("021", 6), ("010", 3),
              ("025", 2), ("020", 2), ("0755", 1))

# --- e-mail and WeChat
EMAIL_DOMAINS = (("qq.com", 40), ("163.com", 25), ("126.com", 10), ("sina.com", 5),
                 ("foxmail.com", 6), ("gmail.com", 5), ("hotmail.com", 4), ("outlook.com", 5))

# --- addresses: most customers live in Hangzhou, some come from nearby cities
HANGZHOU_DISTRICTS = ("西湖区", "上城区", "拱墅区", "滨江区", "萧山区", "余杭区", "临平区",
                      "钱塘区")
HANGZHOU_STREETS = ("文三路", "文二路", "文一西路", "教工路", "天目山路", "莫干山路", "延安路",
                    "解放路", "庆春路", "凤起路", "江南大道", "滨盛路", "古墩路", "学院路",
                    "体育场路", "湖墅南路", "建国北路", "市心中路", "五常大道", "丰潭路",
                    "秋涛路", "之江路", "望江路", "德胜路", "东新路", "星光大道", "金城路")
COMMUNITIES = ("翠苑一区", "嘉绿苑", "金都华庭", "桂花城", "阳光郡", "星洲花园", "东方郡",
               "湖畔花园", "西溪诚园", "金色海岸", "新城时代广场", "采荷小区", "景芳三区",
               "朝晖五区", "蓝色钱江", "春江花月", "紫金港花园", "钱江湾花园", "信达公寓",
               "绿园", "都市水乡", "大家运河", "九堡家苑", "兰园")
OTHER_CITIES = (
    ("上海市", ("浦东新区", "徐汇区", "静安区", "闵行区"),
     ("张杨路", "漕溪北路", "南京西路", "虹井路")),
    ("宁波市", ("鄞州区", "海曙区", "江北区"), ("天童南路", "中山西路", "人民路")),
    ("绍兴市", ("越城区", "柯桥区"), ("解放北路", "笛扬路", "鉴湖路")),
    ("嘉兴市", ("南湖区", "秀洲区"), ("中山东路", "洪兴路")),
    ("苏州市", ("姑苏区", "工业园区"), ("干将东路", "星湖街", "现代大道")),
    ("北京市", ("朝阳区", "海淀区"), ("建国路", "中关村大街")),
)

SHOP_NAME = "云裳服饰 · 示例店"
SHOP_ADDRESS = "浙江省杭州市西湖区文三路 268 号 华星时代广场一楼 108 室"
SHOP_PHONE = "0571-8765 4321"

# --- staff: (name, role, mobile digits, first day, last day or None); days count from the
# start of the two-year window, so one member left and one joined during it.
STAFF = (
    ("陈静", "店长", "13857101234", -400, None),
    ("李娜", "副店长", "13967125678", -300, None),
    ("王婷婷", "导购", "15158102468", -200, None),
    ("张伟", "导购", "18668013579", -150, 500),
    ("周晓雨", "导购", "17757124680", 470, None),
)
STAFF_WEIGHTS = (18, 24, 28, 26, 26)

TAGS = (("VIP", "#c0392b"), ("老客户", "#8e44ad"), ("喜欢新品", "#2980b9"), ("价格敏感", "#16a085"),
        ("团购", "#27ae60"), ("婚庆", "#e84393"), ("学生", "#f39c12"), ("上班族", "#34495e"),
        ("宝妈", "#d35400"), ("退休", "#7f8c8d"), ("送礼", "#c0392b"), ("爱运动", "#2ecc71"))

SOURCES = (("walk_in", 55), ("online", 14), ("event", 10), ("social", 8), ("other", 3))
REFERRAL_SOURCE = "referral"

# --- goods: (name, code prefix, audience "f"/"m"/"u")
PRODUCTS = (("真丝连衣裙", "SK", "f"), ("碎花连衣裙", "DR", "f"), ("针织连衣裙", "DR", "f"),
            ("真丝衬衫", "SK", "f"), ("雪纺衬衫", "SH", "f"), ("白衬衫", "SH", "u"),
            ("条纹衬衫", "SH", "m"), ("羊绒大衣", "OC", "f"), ("双面呢大衣", "OC", "u"),
            ("羊毛大衣", "OC", "m"), ("风衣", "CT", "u"), ("西装外套", "CT", "u"),
            ("牛仔外套", "CT", "u"), ("夹克", "CT", "m"), ("轻薄羽绒服", "DN", "u"),
            ("长款羽绒服", "DN", "f"), ("针织开衫", "KN", "f"), ("羊毛衫", "KN", "u"),
            ("羊绒衫", "KN", "u"), ("高领毛衣", "KN", "u"), ("卫衣", "TS", "u"), ("T恤", "TS", "u"),
            ("Polo衫", "TS", "m"), ("牛仔裤", "PT", "u"), ("阔腿裤", "PT", "f"),
            ("西裤", "PT", "u"), ("休闲裤", "PT", "m"), ("半身裙", "SR", "f"),
            ("百褶裙", "SR", "f"), ("丝巾", "AC", "f"), ("羊绒围巾", "AC", "u"),
            ("皮带", "AC", "m"), ("手提包", "BG", "f"), ("帆布包", "BG", "u"),
            ("高跟鞋", "FT", "f"), ("平底鞋", "FT", "f"), ("小白鞋", "FT", "u"),
            ("皮鞋", "FT", "m"), ("旗袍", "QP", "f"), ("马甲", "CT", "u"), ("家居服", "HM", "u"),
            ("袜子", "AC", "u"))
PURCHASE_NOTES = ("会员9折", "生日月8.8折", "微信支付", "支付宝", "刷卡", "裤长改短3厘米",
                  "预留尺码，周末来取", "换季清仓", "满1000减100", "送了一双袜子",
                  "给妈妈买的", "送朋友的礼物，要了礼盒", "双十一活动价", "老客户价",
                  "用了100元代金券")

CLOTHING_SIZES_F = ("S", "M", "M", "L", "XL", "155/80A", "160/84A", "160/84A", "165/88A", "170/92A")
CLOTHING_SIZES_M = ("M", "L", "XL", "XL", "XXL", "170/88A", "175/92A", "175/92A", "180/96A",
                    "185/100A")

# --- personal profile phrases
OCCUPATIONS = ("教师", "护士", "医生", "会计", "公务员", "银行职员", "程序员", "设计师", "自由职业",
               "个体户", "销售经理", "外企白领", "律师", "大学生", "退休教师", "全职妈妈",
               "房产中介", "网店店主", "财务主管", "幼儿园老师", "人力资源", "市场专员", "酒店管理",
               "美容师", "摄影师", "工程师", "研究生", "公司老板", "医药代表", "空乘")
WORK_SITUATIONS = ("朝九晚五，周末休息", "经常出差", "倒班，周二周四休息", "在家办公",
                   "已退休，时间充裕", "自己开店，比较忙", "学校放假时有空", "加班多，晚上才有空")
FAMILIES = ("已婚，有一个女儿上小学", "单身", "二胎妈妈，两个儿子", "和父母同住", "丈夫在外地工作",
            "刚结婚", "孙子刚上幼儿园", "有一只猫", "女儿在国外读书", "儿子今年高考", "刚生宝宝",
            "和老伴两个人住")
PERSONALITIES = ("爽快，喜欢直接推荐", "比较谨慎，会反复试穿", "健谈，爱聊家常",
                 "安静，不喜欢被打扰", "很有主见", "容易犹豫，需要建议", "讲究细节", "热情大方",
                 "慢热，熟了以后很好聊")
SPENDING_HABITS = ("换季时集中购买", "看中就买，不太看价格", "等打折活动再买", "每月固定来一次",
                   "喜欢买套装", "常给家人买", "只买基础款", "节日前会来买礼物", "一次买好几件")
STYLE_PREFERENCES = ("简约通勤风", "喜欢真丝和羊绒", "偏爱素色，不要大花", "喜欢亮色和印花",
                     "中式改良风", "宽松舒适为主", "喜欢修身款", "法式复古", "运动休闲风",
                     "喜欢长裙")
HOBBIES = ("瑜伽", "跑步", "烘焙", "旅游", "广场舞", "摄影", "插花", "看书", "追剧", "打麻将",
           "爬山", "书法", "钓鱼", "羽毛球", "游泳", "茶艺", "唱歌", "手工")
LIFESTYLES = ("注重养生，早睡早起", "周末常和朋友聚会", "经常出国旅游", "喜欢宅家",
              "每天送孩子上学", "每天晨练", "经常参加公司活动", "周末带孩子上兴趣班")
SERVICE_PREFERENCES = ("喜欢自己慢慢看，需要时再叫", "希望导购多给搭配建议", "不喜欢被推销",
                       "希望到货先微信通知", "喜欢试衣后听真实意见", "希望提前留好尺码",
                       "喜欢固定找同一个导购")
CONTACT_PREFERENCES = (("wechat", 50), ("call", 25), ("sms", 10), ("visit", 15))
CONTACT_NOTES = ("工作日晚上7点后方便", "只回微信，不接陌生电话", "周末上午别打扰",
                 "中午12点到1点方便", "上班时间不方便接电话", "发语音比打字好")
PERSONAL_VALUES = ("重视品质，宁缺毋滥", "环保，爱惜衣物", "看重性价比", "注重家庭",
                   "喜欢支持本地小店", "讲究诚信", "重视健康")
INTEREST_TOPICS = ("育儿", "健康养生", "旅行", "理财", "美食", "职场穿搭", "宠物", "电影", "园艺",
                   "护肤", "读书会", "亲子活动")
DESCRIPTIONS = ("朋友带来的，第一次来就买了两件", "喜欢周末下午来", "对羊毛过敏",
                "腰围偏大，裤子需要改", "常和女儿一起来", "住在附近，经常路过", "喜欢试很多再决定",
                "开车来，需要停车位", "上次说想要藏青色的大衣", "肩宽，外套要大一码",
                "喜欢喝店里的花茶")

# --- contacts: kind -> (summaries, outcomes); "{item}" is a product the customer bought
FOLLOW_UP_SUMMARIES = ("回访：{item}穿着感受", "电话问{item}是否合身", "回访新买的{item}",
                       "提醒{item}的洗涤保养方法")
FOLLOW_UP_OUTCOMES = ("很满意，说面料舒服", "裤长偏长，约了周六来改", "没接，改发微信",
                      "满意，打算带朋友来", "说颜色比想象的深，但还喜欢", "问有没有同款别的颜色",
                      "很满意")
CONTACT_TEXTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "wechat": (("微信发新品图片（当季新款）", "微信告知预订的款到货", "微信发会员活动通知",
                "微信节日问候", "微信推荐搭配"),
               ("回复喜欢，预约周末来看", "已读未回", "问了价格和尺码", "说最近忙，过段时间来",
                "点赞", "让留一件M码")),
    "sms": (("短信提醒会员积分到期", "短信提醒预留商品", "短信通知店庆活动"),
            ("", "回复收到", "")),
    "visit": (("进店试穿，没买", "路过进来看看新款", "来店里改衣服", "来店取预留的衣服",
               "陪朋友来逛"),
              ("试了两件，说再考虑", "喜欢那条裙子但没有码，已登记调货", "改好了，很满意",
               "聊了很久，加了新款群", "朋友买了一件")),
    "gift": (("{festival}送礼盒", "{festival}送丝巾一条", "{festival}送护手霜套装"),
             ("很高兴，发微信道谢", "当面道谢", "说太客气了")),
    "card": (("寄{festival}贺卡", "送手写{festival}卡片"), ("", "收到了，很开心")),
    "call": (("电话通知到货", "电话邀请参加店庆", "电话问候"),
             ("约了下周来", "没接", "说会来看看", "婉拒，最近不需要")),
}
BIRTHDAY_CONTACTS = (("wechat", "生日祝福微信"), ("card", "寄生日贺卡"),
                     ("gift", "生日小礼物：香薰蜡烛"), ("sms", "生日祝福短信"))

# Spring Festival and Mid-Autumn (solar dates), for festival gifts in the two-year window.
SPRING_FESTIVAL = {
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
    2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11),
    2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4),
    2039: (1, 24), 2040: (2, 12)}
MID_AUTUMN = {
    2015: (9, 27), 2016: (9, 15), 2017: (10, 4), 2018: (9, 24), 2019: (9, 13), 2020: (10, 1),
    2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6), 2026: (9, 25),
    2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12), 2031: (10, 1), 2032: (9, 19),
    2033: (9, 8), 2034: (9, 27), 2035: (9, 16), 2036: (10, 4), 2037: (9, 24), 2038: (9, 13),
    2039: (10, 2), 2040: (9, 20)}


def festivals_between(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """Spring Festivals and Mid-Autumns in [start, end), oldest first (years the tables know)."""
    out = []
    for year in range(start.year, end.year + 1):
        for table, name in ((SPRING_FESTIVAL, "春节"), (MID_AUTUMN, "中秋")):
            if year in table:
                day = dt.date(year, *table[year])
                if start <= day < end:
                    out.append((day, name))
    return sorted(out)


# Lunar years with a leap month (闰月): year -> leap month (checked against lunar_python).
LUNAR_LEAP_MONTHS = {
    1941: 6, 1944: 4, 1947: 2, 1949: 7, 1952: 5, 1955: 3, 1957: 8, 1960: 6, 1963: 4, 1966: 3,
    1968: 7, 1971: 5, 1974: 4, 1976: 8, 1979: 6, 1982: 4, 1984: 10, 1987: 6, 1990: 5, 1993: 3,
    1995: 8, 1998: 5, 2001: 4, 2004: 2, 2006: 7, 2009: 5, 2012: 4, 2014: 9, 2017: 6, 2020: 4,
    2023: 2, 2025: 6}

# --- complaints, by the seeded categories' order: quality, service, delivery, price, other
COMPLAINT_WORDS = (
    ("{item}洗了一次就起球了", "{item}穿了一次拉链就坏了", "{item}缩水严重，洗标上说可以手洗的",
     "{item}掉色，把白衣服染了", "{item}扣子掉了两颗", "{item}开线了，才穿两次",
     "{item}有股怪味"),
    ("上次来店里导购爱理不理的", "试衣服时被催着买，感觉很不舒服",
     "打电话来问货，说回电结果没人回", "收银时多收了钱，解释态度不好",
     "换货时被问东问西，像是怀疑我"),
    ("说好三天调到货，等了一个多星期", "改衣服说周五好，去了还没改", "快递寄错了尺码",
     "预留的衣服被卖掉了"),
    ("刚买两天就打八折了，想补差价", "会员价没给算上", "和网上同款价格差太多", "说好的赠品没给"),
    ("积分没有记上", "试衣间太小，没有镜子", "门口停车被贴条，店里说可以停的", "发票开错了抬头"),
)
WALK_IN_NAMES = ("王女士", "李女士", "张先生", "刘女士", "陈小姐", "杨先生", "赵阿姨", "黄女士",
                 "周先生", "吴女士")
LISTEN_NOTES = ("客户情绪激动，先请坐下倒了杯水，耐心听完", "认真记录了问题，复述确认",
                "客户比较平静，讲清了经过", "在微信上语音沟通，客户很不满",
                "电话里听完了经过，约了来店")
APOLOGY_WORDS = ("非常抱歉给您添麻烦了", "是我们没做好，向您道歉", "真的很对不起，让您白跑一趟",
                 "抱歉让您久等了", "对不起，这是我们的责任")
CAUSES = (("面料批次问题，厂家已确认", "supplier"), ("导购没有说明洗涤方法", "shop"),
          ("调货流程延误", "shop"), ("客户按错误方式洗涤", "customer"),
          ("收银系统会员价没生效", "shop"), ("快递公司错发", "supplier"),
          ("双方沟通有误会", "shared"), ("原因不明", "unknown"), ("新员工不熟悉流程", "shop"))
REMEDIES = ("给客户换一件新的", "免费修补", "退款处理", "补差价", "优先调货并送货上门", "免费改衣",
            "重新开发票", "补记积分")
PROMISES = ("三天内调换新款", "修好后电话通知", "下周到货第一时间联系", "本周内退款到账",
            "周末前改好送上门", "以后到新款先通知")
RESULT_COMMENTS = {
    "satisfied": ("处理得很快，满意", "态度很好，问题解决了", "还会再来", "谢谢店长"),
    "neutral": ("问题解决了，但是等太久", "还行吧", "希望下次注意"),
    "dissatisfied": ("还是不满意，觉得敷衍", "说好的没做到", "以后不来了"),
}
FOLLOW_UP_OUTCOMES_COMPLAINT = ("回访：客户已满意，又来买了一件", "回访：新换的衣服没问题",
                                "回访：客户说还好", "回访：没接电话，发微信已读",
                                "回访：客户仍有意见，店长亲自致电")

# --- satisfaction
SATISFACTION_COMMENTS = {
    "satisfied": ("衣服质量好，导购很耐心", "款式新，价格合理", "搭配建议很有用", "服务热情",
                  "环境舒服", "改衣很快", ""),
    "neutral": ("还行，就是选择不多", "尺码不全", "价格有点高", "排队有点久", ""),
    "dissatisfied": ("等太久了", "衣服质量一般", "导购不够耐心", "价格太贵", ""),
}

# --- reminders
REMINDER_OUTCOMES = ("已回访，客户满意", "已联系，约了周末来", "电话没人接，已发微信", "已送祝福",
                     "客户说最近忙")
