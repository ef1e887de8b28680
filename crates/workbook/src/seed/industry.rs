//! The OBL templates a blank workbook starts from ([`Industry`]): generic functions
//! that fit any client, and a short list of industries (training/services is the
//! seed of METHOD.md, the demo's), each with its departments, their criteria and the
//! industry comparison's criteria, in both languages.

use super::{Bilingual, DepartmentSeed, DEPARTMENTS, INDUSTRY_CRITERIA};
/// Functions every company has, with criteria that fit any business: a blank
/// workbook's default.
const GENERIC_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售"),
        &[
            ("New customers won", "新客户开发"),
            ("Deals closed in a period", "一定时期内的成交量"),
            ("Quality of the sales pipeline", "销售线索质量"),
        ],
    ),
    (
        ("Customer service", "客户服务"),
        &[
            ("Response time to customers", "响应客户的速度"),
            ("Complaints resolved", "投诉处理"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Marketing", "市场营销"),
        &[
            ("Brand awareness", "品牌知名度"),
            ("Leads generated", "获取的潜在客户"),
            ("Understanding of customers' needs", "对客户需求的了解"),
        ],
    ),
    (
        ("Delivery", "交付"),
        &[
            ("On-time delivery", "按时交付"),
            ("Quality of what is delivered", "交付质量"),
            ("Handling of special requests", "特殊需求的处理"),
        ],
    ),
    (
        ("Finance", "财务"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Payment terms and collection", "付款条件与回款"),
            ("Timeliness of reports", "报表的及时性"),
        ],
    ),
    (
        ("Management", "管理层"),
        &[
            ("Clear customer strategy", "清晰的客户战略"),
            ("Communication across departments", "跨部门沟通"),
            ("Decisions made on customer data", "基于客户数据决策"),
        ],
    ),
];

const GENERIC_CRITERIA: [Bilingual; 4] = [
    ("Quality of products or services", "产品或服务质量"),
    ("Price competitiveness", "价格竞争力"),
    ("Market development capability", "市场开发能力"),
    ("Customer satisfaction", "客户满意度"),
];

const MANUFACTURING_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售部"),
        &[
            ("Order intake", "订单获取"),
            ("Key-account coverage", "重点客户覆盖"),
            ("Accuracy of quotes", "报价准确性"),
        ],
    ),
    (
        ("Production", "生产部"),
        &[
            ("On-time completion of orders", "订单按时完成"),
            ("Capacity utilisation", "产能利用率"),
            ("Flexibility for custom orders", "定制订单的灵活性"),
        ],
    ),
    (
        ("Quality", "质量部"),
        &[
            ("Defect rate", "次品率"),
            ("Handling of quality complaints", "质量投诉处理"),
            ("Certifications kept", "认证维持"),
        ],
    ),
    (
        ("Procurement and supply chain", "采购与供应链"),
        &[
            ("Supplier reliability", "供应商可靠性"),
            ("Stock availability", "库存可用性"),
            ("Purchasing cost", "采购成本"),
        ],
    ),
    (
        ("After-sales service", "售后服务部"),
        &[
            ("Response time to service calls", "服务请求响应时间"),
            ("Spare parts availability", "备件供应"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Finance", "财务部"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Collection of receivables", "应收账款回收"),
            ("Cost control", "成本控制"),
        ],
    ),
];

const MANUFACTURING_CRITERIA: [Bilingual; 4] = [
    ("Product quality", "产品质量"),
    ("Delivery reliability", "交货可靠性"),
    ("Price competitiveness", "价格竞争力"),
    ("Technical support", "技术支持"),
];

const RETAIL_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Store operations", "门店运营"),
        &[
            ("Service at the counter", "柜台服务"),
            ("Store presentation", "门店陈列"),
            ("Waiting times", "等候时间"),
        ],
    ),
    (
        ("Merchandising", "商品部"),
        &[
            ("Range fits customers' needs", "商品结构符合顾客需求"),
            ("Products in stock", "商品有货率"),
            ("Pricing and promotions", "定价与促销"),
        ],
    ),
    (
        ("Online sales", "线上销售"),
        &[
            ("Ease of ordering", "下单便捷性"),
            ("Delivery on time", "按时配送"),
            ("Returns handled", "退货处理"),
        ],
    ),
    (
        ("Marketing and membership", "市场与会员"),
        &[
            ("Membership growth", "会员增长"),
            ("Repeat purchases", "复购率"),
            ("Campaign response", "活动响应率"),
        ],
    ),
    (
        ("Customer service", "客户服务部"),
        &[
            ("Complaints resolved", "投诉处理"),
            ("After-sales support", "售后支持"),
            ("Customer satisfaction", "顾客满意度"),
        ],
    ),
    (
        ("Finance and administration", "财务与行政"),
        &[
            ("Shrinkage and losses", "损耗控制"),
            ("Timeliness of reports", "报表的及时性"),
            ("Payments to suppliers", "供应商付款"),
        ],
    ),
];

const RETAIL_CRITERIA: [Bilingual; 4] = [
    ("Range and availability", "商品丰富度与有货率"),
    ("Price competitiveness", "价格竞争力"),
    ("Shopping experience", "购物体验"),
    ("Customer loyalty", "顾客忠诚度"),
];

const LOGISTICS_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售部"),
        &[
            ("New contracts won", "新签合同"),
            ("Contract renewals", "合同续签"),
            ("Accuracy of quotes", "报价准确性"),
        ],
    ),
    (
        ("Dispatch and transport", "调度与运输"),
        &[
            ("On-time pick-up and delivery", "准时提货与送达"),
            ("Vehicle utilisation", "车辆利用率"),
            ("Damage in transit", "运输破损率"),
        ],
    ),
    (
        ("Warehousing", "仓储部"),
        &[
            ("Picking accuracy", "拣货准确率"),
            ("Stock accuracy", "库存准确率"),
            ("Order turnaround time", "订单处理时效"),
        ],
    ),
    (
        ("Customer service", "客户服务部"),
        &[
            ("Shipment tracking and updates", "货物跟踪与通知"),
            ("Claims handled", "理赔处理"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Information systems", "信息系统"),
        &[
            ("System availability", "系统可用性"),
            ("Data shared with customers", "与客户的数据共享"),
        ],
    ),
    (
        ("Finance", "财务部"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Collection of receivables", "应收账款回收"),
            ("Cost per shipment", "单票成本"),
        ],
    ),
];

const LOGISTICS_CRITERIA: [Bilingual; 4] = [
    ("Reliability of delivery", "送达可靠性"),
    ("Network coverage", "网络覆盖"),
    ("Price competitiveness", "价格竞争力"),
    ("Visibility of shipments", "货物可视化"),
];

const SOFTWARE_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售部"),
        &[
            ("New customers won", "新客户开发"),
            ("Renewals and upgrades", "续约与升级"),
            ("Length of the sales cycle", "销售周期长短"),
        ],
    ),
    (
        ("Product and development", "产品与研发"),
        &[
            ("Features customers ask for", "满足客户需求的功能"),
            ("Release quality", "版本质量"),
            ("Speed of fixing defects", "缺陷修复速度"),
        ],
    ),
    (
        ("Implementation", "实施部"),
        &[
            ("Projects delivered on time", "项目按时交付"),
            ("Onboarding of new customers", "新客户上线"),
            ("Training of users", "用户培训"),
        ],
    ),
    (
        ("Customer success and support", "客户成功与支持"),
        &[
            ("Response time to tickets", "工单响应时间"),
            ("Customer churn rate", "客户流失率"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Marketing", "市场部"),
        &[
            ("Leads generated", "获取的潜在客户"),
            ("Brand awareness", "品牌知名度"),
        ],
    ),
    (
        ("Finance and operations", "财务与运营"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Collection of receivables", "应收账款回收"),
            ("Timeliness of reports", "报表的及时性"),
        ],
    ),
];

const SOFTWARE_CRITERIA: [Bilingual; 4] = [
    ("Product functionality", "产品功能"),
    ("Ease of use", "易用性"),
    ("Implementation and support", "实施与支持"),
    ("Price competitiveness", "价格竞争力"),
];

/// The kind of business a workbook's OBL audit is seeded for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Industry {
    /// Generic functions (sales, service, marketing, delivery, finance,
    /// management) that fit any client: the blank workbook's default.
    #[default]
    Generic,
    /// Training and professional services: METHOD.md's seed, the demo's.
    Services,
    Manufacturing,
    Retail,
    Logistics,
    Software,
}

impl Industry {
    /// In the order the new-workbook form offers them.
    pub const ALL: [Industry; 6] = [
        Industry::Generic,
        Industry::Services,
        Industry::Manufacturing,
        Industry::Retail,
        Industry::Logistics,
        Industry::Software,
    ];

    pub fn name(self) -> Bilingual {
        match self {
            Industry::Generic => ("Any industry (generic functions)", "通用（各行业通用职能）"),
            Industry::Services => ("Training and professional services", "培训与专业服务"),
            Industry::Manufacturing => ("Manufacturing", "制造业"),
            Industry::Retail => ("Retail", "零售业"),
            Industry::Logistics => ("Logistics and transport", "物流与运输"),
            Industry::Software => ("Software and IT services", "软件与信息技术服务"),
        }
    }

    /// A stable name for forms and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Industry::Generic => "generic",
            Industry::Services => "services",
            Industry::Manufacturing => "manufacturing",
            Industry::Retail => "retail",
            Industry::Logistics => "logistics",
            Industry::Software => "software",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Industry> {
        Industry::ALL.into_iter().find(|i| i.slug() == slug)
    }

    /// The OBL departments, each with its criteria (before "other, to be decided").
    pub fn departments(self) -> &'static [DepartmentSeed] {
        match self {
            Industry::Generic => &GENERIC_DEPARTMENTS,
            Industry::Services => &DEPARTMENTS,
            Industry::Manufacturing => &MANUFACTURING_DEPARTMENTS,
            Industry::Retail => &RETAIL_DEPARTMENTS,
            Industry::Logistics => &LOGISTICS_DEPARTMENTS,
            Industry::Software => &SOFTWARE_DEPARTMENTS,
        }
    }

    /// The industry comparison's criteria.
    pub fn industry_criteria(self) -> &'static [Bilingual] {
        match self {
            Industry::Generic => &GENERIC_CRITERIA,
            Industry::Services => &INDUSTRY_CRITERIA,
            Industry::Manufacturing => &MANUFACTURING_CRITERIA,
            Industry::Retail => &RETAIL_CRITERIA,
            Industry::Logistics => &LOGISTICS_CRITERIA,
            Industry::Software => &SOFTWARE_CRITERIA,
        }
    }
}
