// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoVocabulary.h"

namespace guanxi::demo {

namespace {

const City kCities[] = {
    {u"", u"北京", "010"},      {u"", u"上海", "021"},      {u"", u"天津", "022"},      {u"", u"重庆", "023"},
    {u"广东", u"广州", "020"},  {u"广东", u"深圳", "0755"}, {u"广东", u"东莞", "0769"}, {u"广东", u"佛山", "0757"},
    {u"浙江", u"杭州", "0571"}, {u"浙江", u"宁波", "0574"}, {u"浙江", u"温州", "0577"}, {u"江苏", u"南京", "025"},
    {u"江苏", u"苏州", "0512"}, {u"江苏", u"无锡", "0510"}, {u"山东", u"济南", "0531"}, {u"山东", u"青岛", "0532"},
    {u"四川", u"成都", "028"},  {u"湖北", u"武汉", "027"},  {u"湖南", u"长沙", "0731"}, {u"福建", u"福州", "0591"},
    {u"福建", u"厦门", "0592"}, {u"河南", u"郑州", "0371"}, {u"陕西", u"西安", "029"},  {u"辽宁", u"沈阳", "024"},
    {u"辽宁", u"大连", "0411"}, {u"安徽", u"合肥", "0551"},
};

const Word kFirst[] = {
    {u"华", "hua"},  {u"瑞", "rui"},   {u"鼎", "ding"}, {u"恒", "heng"},  {u"金", "jin"},   {u"宏", "hong"},
    {u"新", "xin"},  {u"永", "yong"},  {u"天", "tian"}, {u"博", "bo"},    {u"中", "zhong"}, {u"远", "yuan"},
    {u"佳", "jia"},  {u"盛", "sheng"}, {u"嘉", "jia"},  {u"海", "hai"},   {u"长", "chang"}, {u"东", "dong"},
    {u"兴", "xing"}, {u"广", "guang"}, {u"国", "guo"},  {u"安", "an"},    {u"正", "zheng"}, {u"德", "de"},
    {u"信", "xin"},  {u"隆", "long"},  {u"泰", "tai"},  {u"昌", "chang"}, {u"富", "fu"},    {u"达", "da"},
    {u"和", "he"},   {u"辉", "hui"},   {u"明", "ming"}, {u"通", "tong"},  {u"联", "lian"},  {u"创", "chuang"},
    {u"高", "gao"},  {u"大", "da"},    {u"宇", "yu"},   {u"志", "zhi"},
};

const Word kSecond[] = {
    {u"信", "xin"},  {u"丰", "feng"},  {u"盛", "sheng"}, {u"通", "tong"}, {u"桥", "qiao"},  {u"达", "da"},
    {u"源", "yuan"}, {u"安", "an"},    {u"成", "cheng"}, {u"雅", "ya"},   {u"科", "ke"},    {u"航", "hang"},
    {u"禾", "he"},   {u"世", "shi"},   {u"德", "de"},    {u"宇", "yu"},   {u"华", "hua"},   {u"泰", "tai"},
    {u"隆", "long"}, {u"昌", "chang"}, {u"利", "li"},    {u"鑫", "xin"},  {u"邦", "bang"},  {u"迪", "di"},
    {u"威", "wei"},  {u"腾", "teng"},  {u"锐", "rui"},   {u"捷", "jie"},  {u"诚", "cheng"}, {u"凯", "kai"},
    {u"润", "run"},  {u"晟", "sheng"}, {u"展", "zhan"},  {u"峰", "feng"}, {u"川", "chuan"}, {u"舟", "zhou"},
    {u"星", "xing"}, {u"辰", "chen"},  {u"骏", "jun"},   {u"越", "yue"},
};

const Word kLines[] = {
    {u"科技", "tech"},    {u"贸易", "trade"},        {u"机械", "machinery"},        {u"电子", "electronics"},
    {u"食品", "food"},    {u"物流", "logistics"},    {u"建材", "building"},         {u"医疗器械", "medical"},
    {u"教育科技", "edu"}, {u"化工", "chem"},         {u"纺织", "textile"},          {u"汽车配件", "autoparts"},
    {u"信息技术", "it"},  {u"餐饮管理", "catering"}, {u"建筑工程", "construction"},
};

// Parallel to kLines.
const char16_t *const kIndustries[] = {
    u"信息技术", u"批发零售", u"制造业",   u"电子元器件", u"农业食品", u"物流运输", u"建筑建材", u"医疗健康",
    u"教育培训", u"能源化工", u"纺织服装", u"汽车配件",   u"信息技术", u"餐饮酒店", u"建筑建材",
};

const char16_t *const kSuffixes[] = {
    u"有限公司", u"有限公司", u"有限公司", u"有限公司", u"股份有限公司", u"有限责任公司", u"集团有限公司", u"商行",
};

const char16_t *const kSurnames[] = {
    u"张", u"王", u"李", u"赵", u"刘", u"陈", u"杨", u"黄", u"周", u"吴", u"徐",   u"孙",   u"马", u"朱",
    u"胡", u"郭", u"何", u"林", u"高", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐",   u"许",   u"韩", u"冯",
    u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"潘", u"袁", u"蔡", u"蒋",   u"余",   u"于", u"杜",
    u"叶", u"程", u"魏", u"苏", u"吕", u"丁", u"任", u"卢", u"单", u"解", u"欧阳", u"司马",
};

const char16_t *const kGiven[] = {
    u"伟",   u"芳",   u"娜",   u"敏",   u"静",   u"丽",   u"强",   u"磊",   u"军",   u"洋",   u"勇",
    u"艳",   u"杰",   u"娟",   u"涛",   u"明",   u"超",   u"秀英", u"霞",   u"平",   u"刚",   u"桂英",
    u"华",   u"建华", u"志强", u"晓东", u"海燕", u"雪梅", u"子涵", u"浩然", u"欣怡", u"宇航", u"思远",
    u"佳琪", u"梓萱", u"俊杰", u"文博", u"雨桐", u"嘉怡", u"一鸣", u"国栋", u"丽华", u"春生", u"建国",
};

const char16_t *const kDepartments[] = {u"华东销售部", u"华南销售部", u"华北销售部", u"大客户部"};

} // namespace

std::span<const City> cities()
{
    return kCities;
}
std::span<const Word> tradeNameFirst()
{
    return kFirst;
}
std::span<const Word> tradeNameSecond()
{
    return kSecond;
}
std::span<const Word> businessLines()
{
    return kLines;
}
std::span<const char16_t *const> industryOfBusinessLine()
{
    return kIndustries;
}
std::span<const char16_t *const> companySuffixes()
{
    return kSuffixes;
}
std::span<const char16_t *const> surnames()
{
    return kSurnames;
}
std::span<const char16_t *const> givenNames()
{
    return kGiven;
}
std::span<const char16_t *const> departments()
{
    return kDepartments;
}

} // namespace guanxi::demo
