package app.kehu.fields;

/** The sections of the customer statistics table (基本信息, 行为数据, 价值评估, 营销建议). */
public enum Section {
    BASIC, BEHAVIOUR, VALUE, MARKETING, SYSTEM
}
