// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoShowroom.h"

#include "core/products/ProductRepository.h"

namespace guanxi {

namespace {

struct DemoProduct {
    const char *code;
    const char16_t *name;
    const char16_t *category;
    const char16_t *specification;
    const char16_t *unit;
    qint64 listYuan;
    int costPercent;  // of the list price
    int floorPercent; // of the list price
    int taxBasisPoints;
};

// Prices in whole yuan; the cost and the floor as a share of the list price, as a sales manager
// would set them.
const DemoProduct kCatalogue[] = {
    {"NB-X1", u"商务笔记本 X1", u"电脑", u"14 英寸 / 16 GB / 512 GB", u"台", 8999, 69, 89, 1300},
    {"NB-X1P", u"商务笔记本 X1 Pro", u"电脑", u"16 英寸 / 32 GB / 1 TB", u"台", 12999, 70, 88, 1300},
    {"NB-E5", u"轻薄笔记本 E5", u"电脑", u"13 英寸 / 16 GB / 512 GB", u"台", 5499, 72, 90, 1300},
    {"PC-M7", u"台式工作站 M7", u"电脑", u"i7 / 32 GB / 1 TB", u"台", 9899, 68, 88, 1300},
    {"PC-T3", u"办公台式机 T3", u"电脑", u"i5 / 16 GB / 512 GB", u"台", 4299, 74, 90, 1300},
    {"MON-24", u"24 英寸显示器", u"显示器", u"IPS / 1080p", u"台", 999, 70, 85, 1300},
    {"MON-27", u"27 英寸 4K 显示器", u"显示器", u"IPS / 60 Hz", u"台", 2299, 65, 87, 1300},
    {"MON-34", u"34 英寸带鱼屏显示器", u"显示器", u"3440×1440 / 100 Hz", u"台", 3599, 66, 86, 1300},
    {"SRV-1U", u"机架式服务器 1U", u"服务器", u"1×16 核 / 64 GB", u"台", 23999, 72, 90, 1300},
    {"SRV-2U", u"机架式服务器 2U", u"服务器", u"2×16 核 / 256 GB", u"台", 45999, 72, 91, 1300},
    {"NAS-4", u"网络存储 NAS 四盘位", u"存储", u"4×8 TB", u"台", 6999, 70, 88, 1300},
    {"SW-24", u"千兆交换机 24 口", u"网络", u"24×1G + 4×10G SFP+", u"台", 2899, 62, 85, 1300},
    {"SW-48", u"万兆交换机 48 口", u"网络", u"48×10G", u"台", 18999, 68, 88, 1300},
    {"AP-6", u"无线接入点 Wi-Fi 6", u"网络", u"吸顶式 / PoE", u"个", 899, 60, 84, 1300},
    {"FW-200", u"下一代防火墙 200", u"网络", u"1 Gbps 吞吐", u"台", 12800, 58, 85, 1300},
    {"PRN-L5", u"激光打印机 L5", u"打印", u"A4 黑白 / 双面", u"台", 1899, 70, 88, 1300},
    {"PRN-C9", u"彩色多功能一体机 C9", u"打印", u"A3 彩色 / 扫描 / 复印", u"台", 15800, 72, 90, 1300},
    {"TNR-L5", u"L5 原装硒鼓", u"耗材", u"3,000 页", u"个", 459, 55, 80, 1300},
    {"PAP-A4", u"A4 复印纸", u"耗材", u"70 g / 5 包", u"箱", 169, 78, 92, 1300},
    {"KB-01", u"机械键盘", u"外设", u"87 键 / 有线", u"个", 399, 60, 85, 1300},
    {"MS-01", u"无线鼠标", u"外设", u"2.4G / 蓝牙", u"个", 129, 55, 85, 1300},
    {"HS-02", u"降噪耳机", u"外设", u"头戴式 / USB-C", u"个", 799, 62, 86, 1300},
    {"CAM-4K", u"会议摄像头 4K", u"会议", u"120° 广角", u"台", 2599, 63, 85, 1300},
    {"MIC-8", u"全向会议麦克风", u"会议", u"8 米拾音", u"台", 1699, 60, 85, 1300},
    {"UPS-3K", u"不间断电源 3 kVA", u"机房", u"在线式 / 标准机", u"台", 5999, 70, 88, 1300},
    {"RACK-42", u"42U 机柜", u"机房", u"600×1000 mm", u"个", 3299, 65, 86, 1300},
    {"OS-SRV", u"服务器操作系统授权", u"软件", u"标准版 / 16 核", u"套", 6800, 75, 92, 1300},
    {"OFC-Y", u"办公套件年度订阅", u"软件", u"每用户 / 年", u"年", 499, 70, 90, 600},
    {"SVC-INS", u"上门安装调试", u"服务", u"每台次", u"次", 300, 40, 80, 600},
    {"SVC-Y1", u"上门维保服务（一年）", u"服务", u"工作日 4 小时响应", u"年", 3600, 33, 83, 600},
    {"SVC-Y3", u"上门维保服务（三年）", u"服务", u"工作日 4 小时响应", u"套", 9000, 30, 83, 600},
    {"TRN-D", u"现场培训", u"服务", u"每天 / 至多 20 人", u"天", 4800, 35, 80, 600},
};

} // namespace

Result<int> seedShowroom(Database &db, const std::function<QString(qint64)> &idAt, qint64 atMs, const QString &adminId)
{
    ProductRepository products(db);
    int added = 0;
    for (const DemoProduct &d : kCatalogue) {
        Product p;
        p.id = idAt(atMs);
        p.createdAt = p.updatedAt = atMs;
        ProductDraft &f = p.fields;
        f.code = QString::fromLatin1(d.code);
        f.name = QString::fromUtf16(d.name);
        f.category = QString::fromUtf16(d.category);
        f.specification = QString::fromUtf16(d.specification);
        f.unit = QString::fromUtf16(d.unit);
        f.listPriceMinor = d.listYuan * 100;
        f.costMinor = d.listYuan * d.costPercent; // yuan × percent = fen
        f.floorPriceMinor = d.listYuan * d.floorPercent;
        f.taxRateBasisPoints = d.taxBasisPoints;
        if (Status s = products.insert(p, adminId); !s)
            return s.error();
        ++added;
    }
    return added;
}

} // namespace guanxi
