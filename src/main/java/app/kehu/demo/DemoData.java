package app.kehu.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Realistic, reproducible customers for the demo tenant: Chinese and English names, companies, regions. */
final class DemoData {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
        "杰", "娟", "涛", "明", "超", "秀英", "建华", "晓东", "海燕", "志强", "雪梅", "子涵"};
    private static final String[] EN_FIRST = {"Emma", "Liam", "Olivia", "Noah", "Sophia", "James", "Mia", "Lucas",
        "Grace", "Daniel", "Chloe", "Henry"};
    private static final String[] EN_LAST = {"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Martin", "Clarke",
        "Walker", "Lee", "Wong"};
    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "武汉", "苏州",
        "西安", "重庆", "厦门"};
    private static final String[] BRANDS = {"联信", "华创", "启明", "星河", "锦程", "瑞丰", "恒达", "云帆", "嘉禾",
        "博远", "新锐", "众合"};
    private static final String[] KINDS = {"科技有限公司", "贸易有限公司", "餐饮管理有限公司", "教育咨询有限公司",
        "医疗器械有限公司", "电子商务有限公司", "制造有限公司", "文化传媒有限公司"};
    private static final String[] INDUSTRIES = {"互联网", "零售", "制造业", "教育培训", "医疗健康", "餐饮", "金融",
        "物流", "文化传媒"};
    private static final String[] POSITIONS = {"总经理", "采购经理", "市场总监", "运营主管", "创始人", "财务经理",
        "IT 负责人", "行政主管"};
    private static final String[] EN_COMPANIES = {"Northwind Trading Ltd.", "Blue Harbor Foods", "Apex Robotics",
        "Greenleaf Education", "Summit Medical Supplies"};
    private static final String[] EN_POSITIONS = {"Purchasing Manager", "CEO", "Operations Lead", "CTO"};
    private static final String[] CHANNELS = {"官网咨询", "展会", "老客户转介绍", "微信公众号", "电话营销", "线上广告",
        "合作伙伴"};
    private static final String[] TAGS = {"重点客户", "潜在客户", "老客户", "价格敏感", "需回访", "VIP", "新客户"};
    private static final String[] PURCHASE_INTENTS = {"high", "medium", "medium", "low"};
    private static final String[] MOBILE_PREFIXES = {"138", "139", "135", "186", "158", "177", "131", "152"};

    private DemoData() {
    }

    static List<Map<String, Object>> customers(int count, List<Long> owners, long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean english = random.nextInt(6) == 0;
            Map<String, Object> c = new HashMap<>();
            String city = pick(random, CITIES);
            if (english) {
                String first = pick(random, EN_FIRST);
                String last = pick(random, EN_LAST);
                c.put("name", first + " " + last);
                c.put("email", (first + "." + last).toLowerCase() + i + "@example.com");
                c.put("company", pick(random, EN_COMPANIES));
                c.put("position", pick(random, EN_POSITIONS));
            } else {
                c.put("name", pick(random, SURNAMES) + pick(random, GIVEN));
                c.put("email", random.nextInt(3) == 0 ? null : "kehu" + (1000 + i) + "@example.cn");
                c.put("company", random.nextInt(5) == 0 ? null : city + pick(random, BRANDS) + pick(random, KINDS));
                c.put("position", pick(random, POSITIONS));
            }
            c.put("phone", pick(random, MOBILE_PREFIXES) + String.format("%04d%04d", random.nextInt(10000),
                    random.nextInt(10000)));
            c.put("industry", pick(random, INDUSTRIES));
            c.put("region", city);
            c.put("sourceChannel", pick(random, CHANNELS));
            c.put("owner", owners.get(random.nextInt(owners.size())));
            List<String> tags = new ArrayList<>();
            if (random.nextBoolean()) {
                tags.add(pick(random, TAGS));
            }
            if (random.nextInt(4) == 0) {
                String second = pick(random, TAGS);
                if (!tags.contains(second)) {
                    tags.add(second);
                }
            }
            c.put("tags", tags);
            addTemplateValues(c, random);
            customers.add(c);
        }
        return customers;
    }

    /** Values of some startup-template fields; behaviour, grades and stages come from the activity records. */
    private static void addTemplateValues(Map<String, Object> c, Random random) {
        c.put("purchase_intent", pick(random, PURCHASE_INTENTS));
        c.put("potential_score", (long) random.nextInt(101));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
