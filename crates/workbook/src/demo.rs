//! The demo workbook: 智讯 (Zhixun), the source's corporate-training example, with
//! every worksheet filled in so a new user sees every score and chart working.
//!
//! All content lives in bilingual tables (English, Simplified Chinese) and one
//! builder picks a language, so both languages have the same rows, scores and ids
//! by construction; only the text differs.

use crate::action_plan::{Action, Status, TowsKind};
use crate::customers::{CustomerGroup, CustomerTable, Move};
use crate::external::{Competitor, Direction, MarketAnswers, PestleFactor, PestleItem};
use crate::internal::{
    Aspiration, BaggageDecision, BaggageItem, Competency, CultureChoice, CultureType, GapRow, Goal,
    InternalLink, KnowledgeTopic, Priority, SevenSFactor, TextRow, Verdict,
};
use crate::key_value::{ValueClass, ValueTarget};
use crate::lang::Lang;
use crate::loyalty_classes::{LoyaltyClass, PlacedGroup};
use crate::obl::{Cell, CompanyRef, IndustryRating, Rating};
use crate::rows::Row;
use crate::score::Score;
use crate::seed::{self, pick, Bilingual};
use crate::segmentation;
use crate::swot::{Quadrant, Swot, SwotItem};
use crate::workbook::Workbook;

mod method;

type T = Bilingual;

const TITLE: T = ("Zhixun CRM strategy workshop", "智讯公司 CRM 战略研讨");
const CLIENT: T = ("Zhixun Company", "智讯公司");

// ---------------------------------------------------------------- profile

const COMPANY_TYPE: T = (
    "Corporate training and management consulting company serving mid-sized and large enterprises",
    "面向大中型企业的企业培训与管理咨询公司",
);

const OFFERINGS: [T; 4] = [
    (
        "Open-enrolment management courses (middle-manager and leadership series)",
        "管理公开课（中层管理与领导力系列）",
    ),
    (
        "Customised in-house training programmes",
        "企业内训定制项目",
    ),
    (
        "Sales and customer-service skills training",
        "销售与客户服务技能培训",
    ),
    (
        "Training needs analysis and learning-system consulting",
        "培训需求诊断与学习体系咨询",
    ),
];

/// (competence, where it shows).
const COMPETENCIES: [(T, T); 3] = [
    (
        (
            "A stable team of experienced full-time trainers",
            "稳定且经验丰富的专职讲师团队",
        ),
        (
            "12 full-time trainers with more than 8 years' experience on average; trainers score 4.6/5 in course feedback",
            "12 名专职讲师，平均从业 8 年以上；课程反馈中讲师平均得分 4.6/5",
        ),
    ),
    (
        (
            "Customising programmes to a client's industry",
            "结合客户所在行业定制课程的能力",
        ),
        (
            "Over 60% of in-house projects are customised; manufacturing and finance clients keep reordering",
            "六成以上内训项目为定制课程；制造业和金融业客户持续返单",
        ),
    ),
    (
        (
            "Long-term relationships with key accounts",
            "与重点客户的长期合作关系",
        ),
        (
            "The top 20 clients have worked with us for 4 years on average and bring about 55% of revenue",
            "前 20 名客户平均合作 4 年，贡献约 55% 的收入",
        ),
    ),
];

/// (goal, target date, owner).
const GOALS: [(T, T, T); 3] = [
    (
        (
            "Raise the repeat-purchase rate of key accounts from 55% to 70%",
            "重点客户复购率从 55% 提升到 70%",
        ),
        ("2026-12", "2026-12"),
        ("Head of customer service", "客户服务部经理"),
    ),
    (
        (
            "Launch a blended (online + classroom) learning product line",
            "推出线上线下混合式学习产品线",
        ),
        ("2026-06", "2026-06"),
        ("Head of training", "培训部经理"),
    ),
    (
        (
            "Cut the yearly customer churn rate to below 10%",
            "将年客户流失率降到 10% 以下",
        ),
        ("2027-06", "2027-06"),
        ("General manager", "总经理"),
    ),
];

// ---------------------------------------------------------------- gap tables

/// (offered, needed, gap, priority).
type Gap = (T, T, u8, Priority);

const PRODUCT_GAPS: [Gap; 4] = [
    (
        ("Standard two-day classroom courses", "标准化的两天面授课程"),
        (
            "Short modules that fit around the working week",
            "可拆分的短时模块课程，不耽误正常工作",
        ),
        7,
        Priority::High,
    ),
    (
        ("General management theory courses", "通用管理理论课程"),
        (
            "Cases and tools from the client's own industry",
            "结合本行业案例和实用工具的课程",
        ),
        6,
        Priority::High,
    ),
    (
        ("Printed course handbooks", "纸质课程讲义"),
        (
            "Online materials and micro-lessons for review after class",
            "课后可随时复习的线上资料和微课",
        ),
        4,
        Priority::Low,
    ),
    (
        ("Completion certificates", "结业证书"),
        (
            "Evidence of behaviour change and business results",
            "能证明行为改变和业务成效的评估报告",
        ),
        8,
        Priority::High,
    ),
];

const SERVICE_GAPS: [Gap; 4] = [
    (
        ("Course registration by phone and email", "电话和邮件报名"),
        (
            "Online booking with instant confirmation",
            "在线报名，即时确认",
        ),
        5,
        Priority::Medium,
    ),
    (
        (
            "A satisfaction survey at the end of each course",
            "课程结束时发放满意度问卷",
        ),
        (
            "Follow-up coaching one to three months after training",
            "培训后一至三个月的跟踪辅导",
        ),
        8,
        Priority::High,
    ),
    (
        (
            "Account managers reply within two working days",
            "客户经理两个工作日内回复",
        ),
        (
            "A same-day reply from one named contact",
            "当天回复，并有固定对接人",
        ),
        6,
        Priority::Medium,
    ),
    (
        ("Invoices issued once a month", "每月统一开具发票"),
        (
            "Invoices and training records per project, on request",
            "按项目随时提供发票和培训记录",
        ),
        3,
        Priority::Low,
    ),
];

// ---------------------------------------------------------------- BACK

const BAGGAGE: [(T, u8, BaggageDecision); 4] = [
    (
        (
            "Every course quote needs the general manager's signature",
            "所有课程报价都须总经理签字",
        ),
        7,
        BaggageDecision::Review,
    ),
    (
        (
            "In-house courses start only after full prepayment",
            "内训课程必须全额预付后才能开课",
        ),
        8,
        BaggageDecision::Review,
    ),
    (
        (
            "Courses must use the company's standard slide template",
            "课程必须使用公司统一的课件模板",
        ),
        3,
        BaggageDecision::Keep,
    ),
    (
        (
            "Trainers may not contact clients directly after a course",
            "培训师课后不得直接联系客户",
        ),
        6,
        BaggageDecision::Drop,
    ),
];

/// (aspiration, how widely shared, voiced by).
const ASPIRATIONS: [(T, u8, T); 3] = [
    (
        (
            "Become the first-choice training partner of manufacturers in East China",
            "成为华东地区制造业企业的首选培训伙伴",
        ),
        8,
        ("Management team", "管理层"),
    ),
    (
        (
            "Let trainers develop their own signature courses",
            "让讲师能开发属于自己的精品课程",
        ),
        6,
        ("Trainers", "培训师"),
    ),
    (
        (
            "Fewer manual steps: one system for enrolment, billing and feedback",
            "减少手工操作：报名、结算和反馈在一个系统里完成",
        ),
        7,
        ("Customer service and finance staff", "客服与财务员工"),
    ),
];

/// (kind, strength, evidence) of the dominant and the secondary culture.
const CULTURE: [(CultureType, u8, T); 2] = [
    (
        CultureType::Task,
        7,
        (
            "Projects are led by whichever trainer or consultant knows the subject best; teams form around each client project",
            "项目由最懂该领域的讲师或顾问牵头，按客户项目临时组建团队",
        ),
    ),
    (
        CultureType::Role,
        5,
        (
            "Back-office departments work strictly to job descriptions and sign-off rules",
            "后台部门严格按岗位职责和审批流程办事",
        ),
    ),
];

/// (topic, current level, target level).
const KNOWLEDGE: [(T, u8, u8); 4] = [
    (
        (
            "Consultative selling of training solutions",
            "培训方案的顾问式销售",
        ),
        5,
        8,
    ),
    (
        ("Online course design and delivery", "线上课程的设计与交付"),
        3,
        7,
    ),
    (
        (
            "Evaluating training results (Kirkpatrick levels 3 and 4)",
            "培训效果评估（柯氏第三、四级）",
        ),
        4,
        7,
    ),
    (
        ("Managing accounts with CRM data", "运用 CRM 数据管理客户"),
        3,
        7,
    ),
];

// ---------------------------------------------------------------- SWOT

/// In [`Quadrant::ALL`] order. Totals S 38, W 26, O 29, T 26: strong inside, and
/// opportunities only just ahead of threats, so the posture is SO without looking
/// rosy.
const SWOT: [&[(T, u8)]; 4] = [
    &[
        (
            (
                "Experienced full-time trainer team",
                "经验丰富的专职讲师团队",
            ),
            9,
        ),
        (
            (
                "Strong customisation for client industries",
                "较强的行业定制能力",
            ),
            8,
        ),
        (
            (
                "Loyal key accounts in manufacturing and finance",
                "制造业和金融业的忠实重点客户",
            ),
            8,
        ),
        (
            ("Good reputation in the local market", "在本地市场口碑良好"),
            7,
        ),
        (
            (
                "A complete course library covering management, sales and service",
                "覆盖管理、销售和服务的完整课程体系",
            ),
            6,
        ),
    ],
    &[
        (
            (
                "Weak online and blended-learning offering",
                "线上及混合式学习产品薄弱",
            ),
            8,
        ),
        (
            (
                "No systematic follow-up after training",
                "培训后缺乏系统的跟踪",
            ),
            7,
        ),
        (
            (
                "Slow, paper-based internal processes",
                "内部流程慢，依赖纸质单据",
            ),
            6,
        ),
        (
            ("Few trainers who can also sell", "能兼做销售的讲师很少"),
            5,
        ),
    ],
    &[
        (
            (
                "Companies are investing in their middle managers",
                "企业加大对中层管理者能力提升的投入",
            ),
            8,
        ),
        (
            (
                "Growing demand for digital-transformation training",
                "数字化转型培训需求增长",
            ),
            8,
        ),
        (
            (
                "Government subsidies for vocational skills training",
                "政府对职业技能培训的补贴政策",
            ),
            7,
        ),
        (
            (
                "Manufacturers relocating to the region from coastal cities",
                "沿海制造企业向本地区转移",
            ),
            6,
        ),
    ],
    &[
        (
            (
                "Low-price online course platforms",
                "低价在线课程平台的冲击",
            ),
            8,
        ),
        (
            (
                "Clients cutting training budgets as the economy slows",
                "经济放缓，客户压缩培训预算",
            ),
            7,
        ),
        (
            (
                "Competitors poaching senior trainers",
                "竞争对手挖角资深讲师",
            ),
            6,
        ),
        (
            (
                "Large clients building their own corporate universities",
                "大客户自建企业大学",
            ),
            5,
        ),
    ],
];

// ---------------------------------------------------------------- 7S

const SHARED_VALUES: T = (
    "Help client companies grow through their people: practical, honest, long-term partners",
    "通过人才成长帮助客户企业发展：务实、诚信、长期合作",
);

/// In [`SevenSFactor::ALL`] order: (verdict, how strong or weak, evidence).
const SEVEN_S: [(Verdict, u8, T); 6] = [
    (
        Verdict::Strength,
        8,
        (
            "Senior trainers average more than 8 years' experience; trainer turnover is low",
            "资深讲师平均从业 8 年以上，讲师流失率低",
        ),
    ),
    (
        Verdict::Weakness,
        5,
        (
            "Sales and delivery sit in separate departments; client information is lost at hand-over",
            "销售与交付分属不同部门，交接时客户信息容易流失",
        ),
    ),
    (
        Verdict::Weakness,
        7,
        (
            "Enrolment, billing and feedback live in separate spreadsheets; there is no CRM system",
            "报名、结算和反馈分散在各自的表格里，没有 CRM 系统",
        ),
    ),
    (
        Verdict::Strength,
        8,
        (
            "Clients rate course design and classroom delivery highly",
            "课程设计和课堂授课深受客户好评",
        ),
    ),
    (
        Verdict::Strength,
        6,
        (
            "Managers are approachable and decide quickly on projects",
            "管理者平易近人，项目决策快",
        ),
    ),
    (
        Verdict::Weakness,
        5,
        (
            "The general manager sets strategy once a year and it is not broken down into department targets",
            "战略由总经理每年制定一次，没有分解到各部门的目标",
        ),
    ),
];

// ---------------------------------------------------------------- internal customers

/// Indexes of [`seed::DEPARTMENTS`].
const TRAINING: usize = 0;
const CUSTOMER_SERVICE: usize = 1;
const HR: usize = 2;
const PROJECTS: usize = 3;
const FINANCE: usize = 4;
const LOGISTICS: usize = 5;

/// (serving department, served department, need, how well it is served).
const INTERNAL_LINKS: [(usize, usize, T, u8); 7] = [
    (
        CUSTOMER_SERVICE,
        TRAINING,
        (
            "Accurate client needs before a course is designed",
            "课程设计前准确的客户需求信息",
        ),
        6,
    ),
    (
        TRAINING,
        PROJECTS,
        (
            "Trainers booked in time for project dates",
            "按项目日期及时安排讲师",
        ),
        7,
    ),
    (
        LOGISTICS,
        TRAINING,
        (
            "Venue, equipment and printed materials ready the day before",
            "开课前一天备好场地、设备和资料",
        ),
        8,
    ),
    (
        FINANCE,
        CUSTOMER_SERVICE,
        (
            "Quotes and invoices issued within one day",
            "一天内出具报价和发票",
        ),
        5,
    ),
    (
        HR,
        TRAINING,
        (
            "New trainers recruited and onboarded",
            "招聘新讲师并完成入职培训",
        ),
        6,
    ),
    (
        PROJECTS,
        CUSTOMER_SERVICE,
        (
            "Progress reports that can be shared with the client",
            "可与客户共享的项目进度报告",
        ),
        5,
    ),
    (
        FINANCE,
        PROJECTS,
        ("Monthly cost report per project", "每月的项目成本报表"),
        4,
    ),
];

// ---------------------------------------------------------------- PESTLE

/// (factor, text, direction, impact, likelihood): two per factor, one of each direction
/// where the region's situation supports it.
const PESTLE: [(PestleFactor, T, Direction, u8, u8); 12] = [
    (
        PestleFactor::Political,
        (
            "Government subsidies and tax relief for employee skills training",
            "政府对员工技能培训给予补贴和税收优惠",
        ),
        Direction::Opportunity,
        7,
        8,
    ),
    (
        PestleFactor::Political,
        (
            "Stricter approval of training spending at state-owned clients",
            "国有企业客户的培训费用审批趋严",
        ),
        Direction::Threat,
        6,
        7,
    ),
    (
        PestleFactor::Economic,
        (
            "Slower growth pushes clients to cut training budgets",
            "经济增速放缓，客户压缩培训预算",
        ),
        Direction::Threat,
        8,
        7,
    ),
    (
        PestleFactor::Economic,
        (
            "Industrial upgrading raises demand for management skills",
            "产业升级带来管理能力提升的需求",
        ),
        Direction::Opportunity,
        7,
        7,
    ),
    (
        PestleFactor::Social,
        (
            "Younger employees prefer short, interactive, mobile learning",
            "年轻员工更喜欢短小、互动、移动化的学习方式",
        ),
        Direction::Opportunity,
        6,
        8,
    ),
    (
        PestleFactor::Social,
        (
            "Senior trainers are scarce and their fees keep rising",
            "资深培训师稀缺，课酬不断上涨",
        ),
        Direction::Threat,
        6,
        7,
    ),
    (
        PestleFactor::Technological,
        (
            "Live-streaming and e-learning platforms lower the cost of delivery",
            "直播和在线学习平台降低了授课成本",
        ),
        Direction::Opportunity,
        7,
        9,
    ),
    (
        PestleFactor::Technological,
        (
            "AI-generated courses and free online content replace basic training",
            "AI 生成的课程和免费网络内容替代基础培训",
        ),
        Direction::Threat,
        7,
        6,
    ),
    (
        PestleFactor::Legal,
        (
            "The Personal Information Protection Law governs trainee data",
            "《个人信息保护法》规范学员数据的处理",
        ),
        Direction::Threat,
        5,
        9,
    ),
    (
        PestleFactor::Legal,
        (
            "Stronger copyright protection for course materials",
            "课程版权保护力度加强",
        ),
        Direction::Opportunity,
        4,
        6,
    ),
    (
        PestleFactor::Environmental,
        (
            "Companies must train staff in work safety and environmental compliance",
            "企业必须开展安全生产和环保合规培训",
        ),
        Direction::Opportunity,
        6,
        7,
    ),
    (
        PestleFactor::Environmental,
        (
            "Extreme weather and travel restrictions disrupt classroom sessions",
            "极端天气和出行限制影响面授课程",
        ),
        Direction::Threat,
        4,
        4,
    ),
];

// ---------------------------------------------------------------- stakeholders

/// In [`seed::STAKEHOLDERS`] order: (needs, importance, fulfilment).
const STAKEHOLDER_NEEDS: [(T, u8, u8); 6] = [
    (
        (
            "Practical courses that change behaviour and pay off",
            "实用、能带来行为改变和业务回报的课程",
        ),
        10,
        7,
    ),
    (
        (
            "Steady growth in profit and cash flow",
            "利润和现金流稳定增长",
        ),
        8,
        6,
    ),
    (
        (
            "Compliance, taxes paid and a contribution to local skills development",
            "合规经营、依法纳税，为本地人才培养作贡献",
        ),
        6,
        8,
    ),
    (
        (
            "Fair fees and steady bookings for venues and freelance lecturers",
            "场地方和外聘讲师：公平的费用和稳定的订单",
        ),
        7,
        // Freelance lecturers complain of late bookings: the demo's one "act now" case.
        5,
    ),
    (
        (
            "Cases and expert views on management training",
            "管理培训方面的案例和专家观点",
        ),
        4,
        5,
    ),
    (
        (
            "Industry associations: speakers and joint events",
            "行业协会：演讲嘉宾和联合活动",
        ),
        3,
        5,
    ),
];

// ---------------------------------------------------------------- competitors

struct CompetitorSeed {
    name: T,
    notes: T,
    /// In [`Quadrant::ALL`] order.
    swot: [[(T, u8); 3]; 4],
}

const COMPETITORS: [CompetitorSeed; 3] = [
    CompetitorSeed {
        name: ("Training company A", "培训公司A"),
        notes: (
            "National brand with a large online course library; wins on price and reach",
            "全国性品牌，在线课程库庞大，在价格和覆盖面上占优",
        ),
        swot: [
            [
                (("Well-known national brand", "知名的全国性品牌"), 8),
                (("Large online course library", "庞大的在线课程库"), 9),
                (("Low price per learner", "人均培训价格低"), 7),
            ],
            [
                (("Little customisation", "几乎不做定制"), 7),
                (("Trainers are mostly freelance", "讲师以兼职为主"), 6),
                (("Weak local service", "本地服务薄弱"), 6),
            ],
            [
                (("Demand for digital learning", "数字化学习需求增长"), 8),
                (("Expanding into our region", "正向本地区扩张"), 7),
                (("Training subsidies", "培训补贴政策"), 6),
            ],
            [
                (("Price war among platforms", "平台之间的价格战"), 7),
                (
                    (
                        "Clients asking for customised programmes",
                        "客户越来越要求定制课程",
                    ),
                    6,
                ),
                (("Stricter data-protection rules", "数据保护监管趋严"), 5),
            ],
        ],
    },
    CompetitorSeed {
        name: ("Training company B", "培训公司B"),
        notes: (
            "Local firm founded by former Zhixun trainers; competes on personal relationships and price",
            "本地机构，由智讯前讲师创办，靠人脉和价格竞争",
        ),
        swot: [
            [
                (
                    (
                        "Personal relationships with buyers",
                        "与采购负责人私交好",
                    ),
                    7,
                ),
                (("Low overheads, flexible prices", "成本低，报价灵活"), 7),
                (("Knows our courses and clients", "熟悉我们的课程和客户"), 5),
            ],
            [
                (("Small team, limited capacity", "团队小，承接能力有限"), 8),
                (("No course development", "没有课程研发"), 7),
                (("Little-known brand", "品牌知名度低"), 6),
            ],
            [
                (
                    (
                        "Clients with tight budgets want cheaper providers",
                        "预算紧张的客户转向低价机构",
                    ),
                    6,
                ),
                (
                    (
                        "New manufacturers arriving in the region",
                        "新制造企业迁入本地区",
                    ),
                    6,
                ),
                (("Training subsidies", "培训补贴政策"), 5),
            ],
            [
                (("Depends on two or three trainers", "依赖两三名讲师"), 7),
                (("Larger brands entering the region", "大品牌进入本地区"), 7),
                (
                    (
                        "Risk of copyright disputes over course content",
                        "课程内容存在版权纠纷风险",
                    ),
                    4,
                ),
            ],
        ],
    },
    CompetitorSeed {
        name: ("Training company C", "培训公司C"),
        notes: (
            "Consulting firm that bundles training into its projects and sells to top management",
            "咨询公司，在咨询项目中捆绑培训，直接面向高层销售",
        ),
        swot: [
            [
                (("Access to top management", "能直接接触企业高层"), 8),
                (("Consulting plus training in one project", "咨询与培训一体化"), 8),
                (("Proprietary methodology", "拥有自己的方法论"), 7),
            ],
            [
                (("High prices", "价格高"), 7),
                (("Too few trainers for large roll-outs", "讲师少，难以大规模交付"), 6),
                (("Slow delivery", "交付周期长"), 5),
            ],
            [
                (("Digital-transformation projects", "数字化转型项目"), 8),
                (
                    (
                        "Large companies upgrading their management",
                        "大企业提升管理水平的需求",
                    ),
                    7,
                ),
                (
                    (
                        "Government-backed enterprise programmes",
                        "政府支持的企业发展项目",
                    ),
                    5,
                ),
            ],
            [
                (("Downturn cuts consulting budgets", "经济下行压缩咨询预算"), 7),
                (
                    (
                        "Clients building corporate universities",
                        "客户自建企业大学",
                    ),
                    6,
                ),
                (("Consultants being poached", "顾问被挖角"), 5),
            ],
        ],
    },
];

const MARKET: [T; 5] = [
    (
        "Yes: add follow-up coaching and online modules to in-house projects, and give every key account one named contact",
        "可以：在内训项目中增加课后跟踪辅导和线上模块，并为每个重点客户指定固定对接人",
    ),
    (
        "Low for open courses (a venue and a lecturer are enough); higher for customised in-house work, which needs a trainer team, industry cases and client trust",
        "公开课门槛低（有场地和讲师即可）；定制内训门槛较高，需要讲师团队、行业案例和客户信任",
    ),
    (
        "Yes: consulting and HR outsourcing firms can add training, and online platforms may buy local providers",
        "会：咨询公司和人力资源外包公司可以增设培训业务，在线平台也可能收购本地培训机构",
    ),
    (
        "One provider that stopped classroom training during the pandemic is coming back with lower prices",
        "一家疫情期间停办面授业务的机构正以更低价格重新进入市场",
    ),
    (
        "Online course subscriptions, AI learning assistants, corporate universities and in-house trainer programmes",
        "在线课程会员、AI 学习助手、企业大学和企业内部讲师培养项目",
    ),
];

// ---------------------------------------------------------------- customers

/// Indexes of [`seed::REASON_TAGS`].
const PRICE: usize = 0;
const SERVICE: usize = 1;
const QUALITY: usize = 2;
const COMPETITOR: usize = 3;
const RELATIONSHIP: usize = 4;
const OTHER: usize = 5;

/// One customer group; each table fills the fields its screen shows.
struct GroupSeed {
    name: T,
    reason: T,
    tags: &'static [usize],
    customers: Option<u32>,
    /// Yuan a year.
    revenue: Option<u64>,
    when: &'static str,
    warning: Option<T>,
    chance: Option<u8>,
    /// A table the group sat in before, with the reason it had there and the date it
    /// moved, so the demo shows a group's history.
    moved_from: Option<(CustomerTable, T, &'static str)>,
}

const FORMER: [GroupSeed; 3] = [
    GroupSeed {
        name: (
            "Small private firms (open-course buyers)",
            "小型民营企业（公开课客户）",
        ),
        reason: ("Switched to cheaper online courses", "转向更便宜的在线课程"),
        tags: &[PRICE, COMPETITOR],
        customers: Some(18),
        revenue: Some(360_000),
        when: "2025-Q2",
        warning: None,
        chance: None,
        moved_from: None,
    },
    GroupSeed {
        name: ("A city commercial bank's branch", "某城商行分行"),
        reason: (
            "Head office now buys all training centrally from a national provider",
            "总行改为统一向全国性培训机构采购",
        ),
        tags: &[COMPETITOR, OTHER],
        customers: Some(1),
        revenue: Some(420_000),
        when: "2024-Q4",
        warning: None,
        chance: None,
        moved_from: None,
    },
    GroupSeed {
        name: ("Retail chain stores", "连锁零售门店"),
        reason: (
            "Nobody followed up after the courses; they moved to company B",
            "课后无人跟进，转投培训公司B",
        ),
        tags: &[SERVICE, RELATIONSHIP],
        customers: Some(3),
        revenue: Some(280_000),
        when: "2025-Q3",
        warning: None,
        chance: None,
        moved_from: Some((
            CustomerTable::Current,
            (
                "Store-manager service courses every quarter",
                "每季度的店长服务课程",
            ),
            "2025-09-15",
        )),
    },
];

const CURRENT: [GroupSeed; 4] = [
    GroupSeed {
        name: ("Manufacturing key accounts", "制造业重点客户"),
        reason: (
            "Customised programmes and trainers they trust",
            "定制课程和信得过的讲师",
        ),
        tags: &[QUALITY, RELATIONSHIP],
        customers: Some(12),
        revenue: Some(3_600_000),
        when: "",
        warning: None,
        chance: None,
        moved_from: None,
    },
    GroupSeed {
        name: ("Financial-services clients", "金融业客户"),
        reason: (
            "Sales and service courses built on banking and insurance cases",
            "销售与服务课程采用银行、保险业案例",
        ),
        tags: &[QUALITY],
        customers: Some(6),
        revenue: Some(1_500_000),
        when: "",
        warning: Some((
            "Asking for online delivery and comparing quotes from company A",
            "要求线上授课，并在比较培训公司A的报价",
        )),
        chance: None,
        moved_from: None,
    },
    GroupSeed {
        name: (
            "Open-course annual pass holders (SMEs)",
            "公开课年卡客户（中小企业）",
        ),
        reason: ("Convenient schedule and a fair price", "排课方便，价格合理"),
        tags: &[PRICE],
        customers: Some(45),
        revenue: Some(900_000),
        when: "",
        warning: None,
        chance: None,
        moved_from: None,
    },
    GroupSeed {
        name: ("State-owned enterprises", "国有企业客户"),
        reason: (
            "Long-standing relationship and full qualifications",
            "长期合作关系和齐全的资质",
        ),
        tags: &[RELATIONSHIP],
        customers: Some(4),
        revenue: Some(1_200_000),
        when: "",
        warning: Some((
            "New procurement rules require open tenders from next year",
            "新采购制度要求明年起公开招标",
        )),
        chance: None,
        moved_from: None,
    },
];

const POTENTIAL: [GroupSeed; 3] = [
    GroupSeed {
        name: (
            "Manufacturers relocating to the region",
            "迁入本地区的制造企业",
        ),
        reason: (
            "Onboarding packages for new plant managers, introduced by our manufacturing clients",
            "为新工厂管理者提供入职培训套餐，请现有制造业客户引荐",
        ),
        tags: &[RELATIONSHIP, QUALITY],
        customers: Some(8),
        revenue: Some(1_000_000),
        when: "",
        warning: None,
        chance: Some(7),
        moved_from: None,
    },
    GroupSeed {
        name: ("Hospitals and private clinics", "医院和民营诊所"),
        reason: (
            "Adapt the service-skills courses with healthcare cases",
            "把服务技能课程改编成医疗行业案例",
        ),
        tags: &[QUALITY],
        customers: Some(5),
        revenue: Some(600_000),
        when: "",
        warning: None,
        chance: Some(5),
        moved_from: None,
    },
    GroupSeed {
        name: ("Technology start-ups", "科技初创企业"),
        reason: (
            "Short online management modules for first-time managers",
            "为新任管理者提供短时的在线管理模块",
        ),
        tags: &[PRICE],
        customers: Some(20),
        revenue: Some(400_000),
        when: "",
        warning: None,
        chance: Some(4),
        moved_from: None,
    },
];

const BLACKLIST: [GroupSeed; 2] = [
    GroupSeed {
        name: ("Clients who repeatedly fail to pay", "屡次拖欠培训费的客户"),
        reason: (
            "Two projects went unpaid in 2024; collecting cost more than the margin",
            "2024 年有两个项目未付款，催收成本超过了利润",
        ),
        tags: &[PRICE, OTHER],
        customers: None,
        revenue: None,
        when: "2024-Q3",
        warning: None,
        chance: None,
        moved_from: None,
    },
    GroupSeed {
        name: (
            "Buyers who ask for false training invoices",
            "要求开具虚假培训发票的采购方",
        ),
        reason: (
            "Illegal, and a risk to our reputation",
            "违法，而且损害公司声誉",
        ),
        tags: &[OTHER],
        customers: None,
        revenue: None,
        when: "2023",
        warning: None,
        chance: None,
        moved_from: None,
    },
];

// ---------------------------------------------------------------- OBL

/// In [`seed::DEPARTMENTS`] order, one rating per seed criterion. The trailing
/// "other, to be decided" criterion is left unrated: it is a placeholder for the
/// user to name, not something Zhixun assessed.
const DEPARTMENT_RATINGS: [&[(Rating, T)]; 6] = [
    &[
        (
            Rating::S,
            (
                "Needs analysis is done, but not for every project",
                "做了需求分析，但并非每个项目都做",
            ),
        ),
        (
            Rating::E,
            (
                "Trainers quickly turn content into courses that fit the client",
                "讲师能迅速把内容转化为适合客户的课程",
            ),
        ),
        (
            Rating::E,
            (
                "Courses average 4.6 out of 5",
                "课程平均得分 4.6 分（满分 5 分）",
            ),
        ),
        (
            Rating::S,
            (
                "Surveys are collected but rarely acted on",
                "问卷收上来了，但很少据此改进",
            ),
        ),
    ],
    &[
        (
            Rating::S,
            (
                "Mostly referrals; little active prospecting",
                "多靠转介绍，主动开发少",
            ),
        ),
        (
            Rating::N,
            (
                "About 15% of accounts were lost last year",
                "去年流失了约 15% 的客户",
            ),
        ),
        (
            Rating::S,
            (
                "Targets met in two quarters out of four",
                "四个季度中有两个季度达成目标",
            ),
        ),
        (
            Rating::S,
            ("Slow replies are the main complaint", "回复慢是主要投诉"),
        ),
    ],
    &[
        (
            Rating::S,
            ("The freelance lecturer pool is small", "外聘讲师库规模偏小"),
        ),
        (
            Rating::E,
            (
                "Low staff turnover and a clear career path for trainers",
                "员工流失率低，讲师晋升路径清晰",
            ),
        ),
    ],
    &[
        (
            Rating::E,
            (
                "32 in-house projects last year, up 20%",
                "去年承接 32 个内训项目，增长 20%",
            ),
        ),
        (
            Rating::S,
            ("A quarter of projects ran late", "四分之一的项目延期"),
        ),
        (
            Rating::E,
            ("Most project clients reorder", "大多数项目客户返单"),
        ),
    ],
    &[
        (
            Rating::N,
            (
                "Monthly reports arrive three weeks late",
                "月报要晚三周才出",
            ),
        ),
        (Rating::E, ("Always paid on time", "从未延误")),
        (
            Rating::S,
            ("Claims take about two weeks", "报销大约需要两周"),
        ),
        (Rating::E, ("Clean audit last year", "去年审计未发现问题")),
        (Rating::S, ("Large clients pay slowly", "大客户回款慢")),
        (
            Rating::N,
            (
                "No department budgets; spending is approved case by case",
                "没有部门预算，费用逐笔审批",
            ),
        ),
    ],
    &[
        (
            Rating::E,
            (
                "Reliable partner hotels in three cities",
                "在三个城市有稳定的合作酒店",
            ),
        ),
        (
            Rating::S,
            (
                "External lecturers are often booked at the last minute",
                "外聘讲师往往临时才约",
            ),
        ),
        (
            Rating::S,
            ("Occasional complaints about rooms", "偶有学员投诉住宿条件"),
        ),
        (
            Rating::N,
            (
                "Materials are sometimes printed the night before, with errors",
                "资料有时前一晚才印，偶有错漏",
            ),
        ),
    ],
];

/// Rows: Zhixun itself, then competitors A, B, C; columns in
/// [`seed::INDUSTRY_CRITERIA`] order.
const INDUSTRY_RATINGS: [[(Rating, T); 4]; 4] = [
    [
        (Rating::E, ("Senior full-time trainers", "资深专职讲师")),
        (Rating::S, ("Relies on referrals", "依赖转介绍")),
        (
            Rating::S,
            (
                "Customises well, little new online content",
                "定制能力强，但线上新课少",
            ),
        ),
        (
            Rating::E,
            ("High reorder rate among key accounts", "重点客户返单率高"),
        ),
    ],
    [
        (Rating::S, ("Mostly freelance trainers", "以兼职讲师为主")),
        (
            Rating::E,
            (
                "National marketing and online channels",
                "全国性营销和线上渠道",
            ),
        ),
        (
            Rating::E,
            ("Large, fast-growing online library", "在线课程库大且更新快"),
        ),
        (
            Rating::S,
            (
                "Good value, little personal service",
                "性价比高，但个性化服务少",
            ),
        ),
    ],
    [
        (
            Rating::S,
            ("Two strong former Zhixun trainers", "有两名原智讯骨干讲师"),
        ),
        (Rating::S, ("Sells only through contacts", "只靠人脉销售")),
        (
            Rating::N,
            ("No course development of its own", "没有自主课程研发"),
        ),
        (
            Rating::S,
            ("Clients like the personal touch", "客户认可其贴身服务"),
        ),
    ],
    [
        (
            Rating::E,
            (
                "Consultant-trainers with senior management experience",
                "顾问型讲师，有丰富的高管经验",
            ),
        ),
        (
            Rating::S,
            (
                "Sells to top management through consulting",
                "通过咨询项目向高层销售",
            ),
        ),
        (Rating::E, ("Proprietary methodology", "拥有自己的方法论")),
        (
            Rating::S,
            ("Good results at a high price", "成效好但价格高"),
        ),
    ],
];

// ---------------------------------------------------------------- builder

/// A demo score; the tables above hold only 1–10, which the tests check.
fn score(value: u8) -> Option<Score> {
    Some(Score::new(value).expect("demo scores are on the 1–10 scale"))
}

/// The id of the demo workbook (its first copy in a library keeps it, so teams who
/// each open the demo can merge their scores, and a link to it works anywhere).
pub const ID: &str = "demo-zhixun";

/// The demo workbook in `lang`.
pub fn workbook(lang: Lang) -> Workbook {
    let t = |text: T| pick(text, lang).to_string();
    let mut wb = Workbook::seeded(ID, lang);
    wb.title = t(TITLE);
    wb.client = t(CLIENT);

    fill_profile(&mut wb, lang);
    wb.product_gaps = gap_rows(&mut wb, &PRODUCT_GAPS, lang);
    wb.service_gaps = gap_rows(&mut wb, &SERVICE_GAPS, lang);
    fill_back(&mut wb, lang);
    for (q, rows) in Quadrant::ALL.into_iter().zip(SWOT) {
        fill_quadrant(&mut wb, q, rows, lang);
    }
    fill_seven_s(&mut wb, lang);

    for (server, customer, need, service) in INTERNAL_LINKS {
        let id = wb.fresh_id();
        wb.internal_customers.push(InternalLink {
            id,
            server: t(seed::DEPARTMENTS[server].0),
            customer: t(seed::DEPARTMENTS[customer].0),
            need: t(need),
            service: score(service),
        });
    }
    for (factor, text, direction, impact, likelihood) in PESTLE {
        let id = wb.fresh_id();
        wb.pestle.push(PestleItem {
            id,
            factor,
            text: t(text),
            direction: Some(direction),
            impact: score(impact),
            likelihood: score(likelihood),
        });
    }
    // The seed rows are in STAKEHOLDERS order; fill them in place so they keep their ids.
    for (row, (needs, importance, fulfilment)) in wb.stakeholders.iter_mut().zip(STAKEHOLDER_NEEDS)
    {
        row.needs = t(needs);
        row.importance = score(importance);
        row.fulfilment = score(fulfilment);
    }

    fill_competitors(&mut wb, lang);
    fill_customers(&mut wb, lang);
    fill_obl(&mut wb, lang);
    method::fill_issues(&mut wb, lang);
    method::fill_value_scores(&mut wb);
    method::fill_scorecard(&mut wb);
    method::fill_readiness(&mut wb, lang);
    fill_action_plan(&mut wb, lang);
    fill_key_value(&mut wb, lang);
    fill_loyalty_classes(&mut wb, lang);
    // The segmentation and loyalty screens work on first load: generated customers
    // (regenerated from their seed, never stored) and their summary.
    let rows = segmentation::demo_data::demo(lang);
    let summary = segmentation::analysis::analyse(&rows, &wb.segmentation, &wb.loyalty).summary;
    wb.customer_data = Some(segmentation::DatasetInfo {
        source: segmentation::DatasetSource::Demo { lang },
        mapping: Vec::new(),
        summary,
    });
    wb
}

fn fill_profile(wb: &mut Workbook, lang: Lang) {
    let t = |text: T| pick(text, lang).to_string();
    wb.profile.company_type = t(COMPANY_TYPE);
    for text in OFFERINGS {
        let id = wb.fresh_id();
        wb.profile.offerings.push(TextRow { id, text: t(text) });
    }
    for (text, evidence) in COMPETENCIES {
        let id = wb.fresh_id();
        wb.profile.competencies.push(Competency {
            id,
            text: t(text),
            evidence: t(evidence),
        });
    }
    for (text, target_date, owner) in GOALS {
        let id = wb.fresh_id();
        wb.profile.goals.push(Goal {
            id,
            text: t(text),
            target_date: t(target_date),
            owner: t(owner),
        });
    }
}

fn gap_rows(wb: &mut Workbook, rows: &[Gap], lang: Lang) -> Vec<GapRow> {
    rows.iter()
        .map(|&(offered, needed, gap, priority)| GapRow {
            id: wb.fresh_id(),
            offered: pick(offered, lang).to_string(),
            needed: pick(needed, lang).to_string(),
            gap: score(gap),
            priority: Some(priority),
        })
        .collect()
}

fn fill_back(wb: &mut Workbook, lang: Lang) {
    let t = |text: T| pick(text, lang).to_string();
    for (text, hindrance, decision) in BAGGAGE {
        let id = wb.fresh_id();
        wb.back.baggage.push(BaggageItem {
            id,
            text: t(text),
            hindrance: score(hindrance),
            decision: Some(decision),
        });
    }
    for (text, shared, voiced_by) in ASPIRATIONS {
        let id = wb.fresh_id();
        wb.back.aspirations.push(Aspiration {
            id,
            text: t(text),
            shared: score(shared),
            voiced_by: t(voiced_by),
        });
    }
    let [dominant, secondary] = CULTURE.map(|(kind, strength, evidence)| CultureChoice {
        kind,
        strength: score(strength),
        evidence: t(evidence),
    });
    wb.back.culture.dominant = Some(dominant);
    wb.back.culture.secondary = Some(secondary);
    for (topic, current, target) in KNOWLEDGE {
        let id = wb.fresh_id();
        wb.back.knowledge.push(KnowledgeTopic {
            id,
            topic: t(topic),
            current: score(current),
            target: score(target),
        });
    }
}

/// The action plan: one strategy of each TOWS kind, each using the SWOT items at
/// these positions of its two quadrants (internal, external), with owner, due date
/// and status.
/// One demo action: kind, text, positions of the SWOT items used, owner, due, status.
type DemoAction = (TowsKind, T, [usize; 2], T, &'static str, Status);

const ACTIONS: [DemoAction; 4] = [
    (
        TowsKind::So,
        (
            "Package the trainer team's industry courses as a blended-learning line for manufacturing clients",
            "将讲师团队的行业课程打包为面向制造业客户的混合式学习产品线",
        ),
        [1, 0],
        ("Head of product", "产品总监"),
        "2027-03-31",
        Status::UnderWay,
    ),
    (
        TowsKind::St,
        (
            "Defend key accounts against low-price online platforms with multi-year learning plans",
            "以多年期学习计划稳住重点客户，应对低价在线课程平台",
        ),
        [2, 0],
        ("Key account manager", "大客户经理"),
        "2027-01-15",
        Status::NotStarted,
    ),
    (
        TowsKind::Wo,
        (
            "Build online delivery skills so the company can answer the demand for digital training",
            "提升在线交付能力，以满足企业对数字化培训的需求",
        ),
        [0, 0],
        ("Training director", "培训总监"),
        "2027-06-30",
        Status::NotStarted,
    ),
    (
        TowsKind::Wt,
        (
            "Introduce systematic follow-up after each course to keep clients from drifting to competitors",
            "建立课后系统跟踪，防止客户流向竞争对手",
        ),
        [1, 1],
        ("Customer service manager", "客户服务经理"),
        "2026-10-31",
        Status::Done,
    ),
];

fn fill_action_plan(wb: &mut Workbook, lang: Lang) {
    for (kind, text, [inner, outer], owner, due, status) in ACTIONS {
        let [qi, qo] = kind.quadrants();
        let uses = [(qi, inner), (qo, outer)]
            .into_iter()
            .filter_map(|(q, n)| wb.swot.quadrant(q).get(n).map(|i| i.id))
            .collect();
        let id = wb.fresh_id();
        wb.action_plan.push(Action {
            id,
            kind: Some(kind),
            text: pick(text, lang).to_string(),
            uses,
            owner: pick(owner, lang).to_string(),
            due: due.to_string(),
            status: Some(status),
        });
    }
}

// ---------------------------------------------------------------- key-customer value

/// The classes the value targets are weighed for: two key groups of the customer
/// tables and the SME annual-pass holders.
const VALUE_CLASSES: [T; 3] = [
    ("Manufacturing key accounts", "制造业重点客户"),
    ("State-owned enterprises", "国有企业客户"),
    (
        "Open-course annual pass holders (SMEs)",
        "公开课年卡客户（中小企业）",
    ),
];

/// (target, cost, value, importance to each class, how to communicate it).
type DemoTarget = (T, u8, u8, [u8; 3], T);

const VALUE_TARGETS: [DemoTarget; 7] = [
    (
        (
            "Courses tailored to the client's own processes and cases",
            "结合客户自身流程与案例定制课程",
        ),
        7,
        9,
        [10, 8, 3],
        (
            "Show a tailored outline built on the client's cases in every proposal",
            "在每份方案书中展示以客户案例为基础的定制大纲",
        ),
    ),
    (
        (
            "Measured results: a before-and-after report to the sponsor",
            "效果评估：向项目发起人提交训前训后对比报告",
        ),
        4,
        8,
        [9, 6, 4],
        (
            "Send the report to the sponsor a month after each programme and present it in person",
            "每个项目结束一个月后把报告交给发起人，并当面讲解",
        ),
    ),
    (
        ("A dedicated account manager", "专属客户经理"),
        6,
        7,
        [8, 9, 2],
        (
            "Introduce the account manager at signing and hold a quarterly review",
            "签约时介绍客户经理，每季度做一次回顾",
        ),
    ),
    (
        (
            "Senior trainers with experience in the client's industry",
            "具有客户所在行业经验的资深讲师",
        ),
        8,
        6,
        [9, 7, 6],
        (
            "Trainer profiles with their industry projects in the proposal",
            "方案书附上讲师简介及其行业项目经历",
        ),
    ),
    (
        (
            "Flexible scheduling: evenings and weekends",
            "灵活排课：晚间和周末",
        ),
        5,
        4,
        [4, 3, 9],
        (
            "Print the evening and weekend dates on the course calendar",
            "在课程日历上标明晚间和周末班次",
        ),
    ),
    (
        ("The lowest price per trainee day", "最低的人天价格"),
        9,
        3,
        [3, 5, 8],
        (
            "Quote a package price for the year instead of a day rate",
            "报全年套餐价，而不是按天报价",
        ),
    ),
    (
        (
            "Accounts on the online learning platform",
            "在线学习平台账号",
        ),
        3,
        6,
        [5, 4, 7],
        (
            "Include the accounts in the annual pass and show them at the first course",
            "把平台账号纳入年卡，并在第一次上课时演示",
        ),
    ),
];

fn fill_key_value(wb: &mut Workbook, lang: Lang) {
    let mut classes = Vec::new();
    for name in VALUE_CLASSES {
        let id = wb.fresh_id();
        classes.push(id);
        wb.key_value.classes.push(ValueClass {
            id,
            name: pick(name, lang).to_string(),
        });
    }
    for (name, cost, value, importance, communicate) in VALUE_TARGETS {
        let mut target = ValueTarget::blank(wb.fresh_id());
        target.name = pick(name, lang).to_string();
        target.cost = score(cost);
        target.value = score(value);
        target.communicate = pick(communicate, lang).to_string();
        for (&class, imp) in classes.iter().zip(importance) {
            target.set_importance(class, score(imp));
        }
        wb.key_value.targets.push(target);
    }
}

// ---------------------------------------------------------------- loyalty classes

/// (group, customers, class, relationship today, target): one group of the customer
/// tables in each class.
const LOYALTY_GROUPS: [(T, u32, LoyaltyClass, u8, u8); 6] = [
    (
        ("Manufacturing key accounts", "制造业重点客户"),
        12,
        LoyaltyClass::LoyalStaying,
        8,
        9,
    ),
    (
        ("State-owned enterprises", "国有企业客户"),
        6,
        LoyaltyClass::LoyalMaySwitch,
        6,
        8,
    ),
    (
        ("Financial-services clients", "金融业客户"),
        9,
        LoyaltyClass::OccasionalMayBuyMore,
        5,
        7,
    ),
    (
        (
            "Open-course annual pass holders (SMEs)",
            "公开课年卡客户（中小企业）",
        ),
        140,
        LoyaltyClass::OccasionalMayBuyLess,
        4,
        5,
    ),
    (
        (
            "Manufacturers relocating to the region",
            "迁入本地区的制造企业",
        ),
        25,
        LoyaltyClass::NonUserMayBuy,
        2,
        6,
    ),
    (
        ("Technology start-ups", "科技初创企业"),
        60,
        LoyaltyClass::NonUserWillNot,
        2,
        2,
    ),
];

/// The team's action for each class, in `LoyaltyClass::ALL` order.
const LOYALTY_ACTIONS: [T; 6] = [
    (
        "Annual review with each sponsor; first seats on new courses; ask for one referral a year",
        "每年与发起人做一次回顾；新课程优先安排席位；每年请其推荐一家新客户",
    ),
    (
        "Ask each SOE's training office what a competitor offers them; assign a named account manager",
        "向每家国企的培训主管了解竞争对手的报价；指定专属客户经理",
    ),
    (
        "Offer a bundled annual programme with a volume discount",
        "推出含批量折扣的全年培训套餐",
    ),
    (
        "Match a competitor's price only on the annual pass; send each firm its results report",
        "仅在年卡上回应竞争对手的价格；向每家企业发送培训效果报告",
    ),
    (
        "Invite their HR heads to a free open-course session and a needs analysis",
        "邀请其人力资源负责人参加一次免费公开课并做需求诊断",
    ),
    (
        "No direct sales effort; keep them on the newsletter only",
        "不投入直接销售，只保留在简报发送名单中",
    ),
];

fn fill_loyalty_classes(wb: &mut Workbook, lang: Lang) {
    for (name, customers, class, today, target) in LOYALTY_GROUPS {
        let id = wb.fresh_id();
        wb.loyalty_classes.groups.push(PlacedGroup {
            id,
            name: pick(name, lang).to_string(),
            customers: Some(customers),
            class: Some(class),
            today: score(today),
            target: score(target),
        });
    }
    for (class, action) in LoyaltyClass::ALL.into_iter().zip(LOYALTY_ACTIONS) {
        wb.loyalty_classes
            .set_action(class, pick(action, lang).to_string());
    }
}

/// Fills a quadrant of the company's SWOT, reusing the blank rows the new workbook
/// was padded with (so their ids are not wasted) and adding rows beyond them.
fn fill_quadrant(wb: &mut Workbook, q: Quadrant, rows: &[(T, u8)], lang: Lang) {
    for (at, &(text, value)) in rows.iter().enumerate() {
        if at == wb.swot.quadrant(q).len() {
            wb.add_swot_item(q);
        }
        let item = &mut wb.swot.quadrant_mut(q)[at];
        item.text = pick(text, lang).to_string();
        item.score = score(value);
    }
    // A quadrant given fewer rows than the padding keeps no leftover blanks.
    wb.swot.quadrant_mut(q).truncate(rows.len());
}

fn fill_seven_s(wb: &mut Workbook, lang: Lang) {
    wb.seven_s.shared_values = pick(SHARED_VALUES, lang).to_string();
    for (factor, (verdict, rating, evidence)) in SevenSFactor::ALL.into_iter().zip(SEVEN_S) {
        if let Some(entry) = wb.seven_s.factors.iter_mut().find(|e| e.factor == factor) {
            entry.verdict = Some(verdict);
            entry.rating = score(rating);
            entry.evidence = pick(evidence, lang).to_string();
        }
    }
}

fn fill_competitors(wb: &mut Workbook, lang: Lang) {
    let t = |text: T| pick(text, lang).to_string();
    for seed in &COMPETITORS {
        let id = wb.fresh_id();
        let mut swot = Swot::default();
        for (q, rows) in Quadrant::ALL.into_iter().zip(&seed.swot) {
            for &(text, value) in rows {
                let item = SwotItem::new(wb.fresh_id(), t(text), None);
                swot.quadrant_mut(q).push(SwotItem {
                    score: score(value),
                    ..item
                });
            }
        }
        wb.competitors.list.push(Competitor {
            id,
            name: t(seed.name),
            notes: t(seed.notes),
            swot,
        });
    }
    let [can_improve, entry_barriers, entry_by_restructuring, re_entrants, substitutes] =
        MARKET.map(t);
    wb.competitors.market = MarketAnswers {
        can_improve,
        entry_barriers,
        entry_by_restructuring,
        re_entrants,
        substitutes,
    };
}

/// Picks one of the four customer tables out of a workbook.
type TableOf = fn(&mut Workbook) -> &mut Vec<CustomerGroup>;

fn fill_customers(wb: &mut Workbook, lang: Lang) {
    let tables: [(&[GroupSeed], TableOf); 4] = [
        (&FORMER, |wb| &mut wb.customers.former),
        (&CURRENT, |wb| &mut wb.customers.current),
        (&POTENTIAL, |wb| &mut wb.customers.potential),
        (&BLACKLIST, |wb| &mut wb.customers.blacklist),
    ];
    for ((seeds, table), to) in tables.into_iter().zip(CustomerTable::ALL) {
        for seed in seeds {
            let group = CustomerGroup {
                id: wb.fresh_id(),
                name: pick(seed.name, lang).to_string(),
                reason: pick(seed.reason, lang).to_string(),
                // The workbook's tags are the seed's, in REASON_TAGS order.
                tags: seed.tags.iter().map(|&i| wb.customers.tags[i].id).collect(),
                customers: seed.customers,
                revenue: seed.revenue,
                when: seed.when.to_string(),
                at_risk: seed.warning.is_some(),
                warning_sign: seed
                    .warning
                    .map_or_else(String::new, |w| pick(w, lang).to_string()),
                chance: seed.chance.and_then(score),
                history: seed
                    .moved_from
                    .map(|(from, reason, at)| Move {
                        from,
                        to,
                        reason: pick(reason, lang).to_string(),
                        at: at.to_string(),
                    })
                    .into_iter()
                    .collect(),
            };
            table(wb).push(group);
        }
    }
}

fn fill_obl(wb: &mut Workbook, lang: Lang) {
    let cell = |(rating, comment): (Rating, T)| Cell {
        rating: Some(rating),
        comment: pick(comment, lang).to_string(),
    };
    // Zipping stops at the shorter side, which leaves each department's trailing
    // "other, to be decided" criterion unrated.
    for (department, ratings) in wb.obl.departments.iter_mut().zip(DEPARTMENT_RATINGS) {
        for (criterion, &rating) in department.criteria.iter_mut().zip(ratings) {
            criterion.cell = cell(rating);
        }
    }
    let companies = std::iter::once(CompanyRef::Own).chain(
        wb.competitors
            .list
            .iter()
            .map(|c| CompanyRef::Competitor(c.id)),
    );
    let mut ratings = Vec::new();
    for (company, row) in companies.zip(INDUSTRY_RATINGS) {
        for (criterion, rating) in wb.obl.industry_criteria.iter().zip(row) {
            ratings.push(IndustryRating {
                company,
                criterion: criterion.id,
                cell: cell(rating),
            });
        }
    }
    wb.obl.industry_ratings = ratings;
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use serde_json::Value;

    use super::*;
    use crate::swot::Posture;

    fn json(wb: &Workbook) -> Value {
        serde_json::to_value(wb).expect("workbook serialises")
    }

    /// Walks two JSON trees side by side and reports the first place their shape
    /// differs: keys, list lengths, numbers, booleans and nulls must be equal; two
    /// strings may differ (they are translations) but must both be blank or both not.
    fn same_shape(a: &Value, b: &Value, path: &str) -> Result<(), String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                let keys: Vec<_> = x.keys().collect();
                if keys != y.keys().collect::<Vec<_>>() {
                    return Err(format!("{path}: keys {keys:?} vs {:?}", y.keys()));
                }
                x.iter()
                    .try_for_each(|(k, v)| same_shape(v, &y[k], &format!("{path}.{k}")))
            }
            (Value::Array(x), Value::Array(y)) => {
                if x.len() != y.len() {
                    return Err(format!("{path}: {} rows vs {}", x.len(), y.len()));
                }
                x.iter()
                    .zip(y)
                    .enumerate()
                    .try_for_each(|(i, (v, w))| same_shape(v, w, &format!("{path}[{i}]")))
            }
            (Value::String(x), Value::String(y)) => {
                if x.trim().is_empty() == y.trim().is_empty() {
                    Ok(())
                } else {
                    Err(format!("{path}: {x:?} vs {y:?}"))
                }
            }
            _ if a == b => Ok(()),
            _ => Err(format!("{path}: {a} vs {b}")),
        }
    }

    fn strings(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }

    fn row_ids(value: &Value, out: &mut Vec<u64>) {
        match value {
            Value::Array(items) => items.iter().for_each(|v| row_ids(v, out)),
            Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("id", Value::Number(n)) => out.push(n.as_u64().expect("ids are u64")),
                        _ => row_ids(v, out),
                    }
                }
            }
            _ => {}
        }
    }

    fn is_cjk(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
    }

    #[test]
    fn both_languages_have_the_same_shape() {
        let en = json(&workbook(Lang::En));
        let zh = json(&workbook(Lang::Zh));
        same_shape(&en, &zh, "workbook").unwrap();
    }

    #[test]
    fn text_is_in_the_requested_language() {
        let (mut en, mut zh) = (Vec::new(), Vec::new());
        strings(&json(&workbook(Lang::En)), &mut en);
        strings(&json(&workbook(Lang::Zh)), &mut zh);
        assert_eq!(en.len(), zh.len());
        let mut translated = 0;
        for (e, z) in en.iter().zip(&zh) {
            // Enum names, dates and the workbook id are the same in both; the
            // language tag of the demo customers' names is the one code that differs.
            if e != z && !(e == "en" && z == "zh") {
                translated += 1;
                assert!(!e.chars().any(is_cjk), "English text has Chinese: {e:?}");
                assert!(z.chars().any(is_cjk), "Chinese text has none: {z:?}");
            }
        }
        assert!(translated > 150, "only {translated} strings differ");
    }

    #[test]
    fn every_row_id_is_unique_and_below_the_counter() {
        for lang in Lang::ALL {
            let mut wb = workbook(lang);
            let mut ids = Vec::new();
            row_ids(&json(&wb), &mut ids);
            let unique: HashSet<_> = ids.iter().copied().collect();
            assert_eq!(unique.len(), ids.len(), "duplicate row ids in {lang:?}");
            let next = wb.fresh_id().0;
            assert!(ids.iter().all(|&id| id < next), "the counter lags the ids");
        }
    }

    #[test]
    fn swot_is_fully_scored_and_points_to_so() {
        for lang in Lang::ALL {
            let wb = workbook(lang);
            let score = wb.swot.score();
            assert_eq!(score.unscored(), 0);
            assert!(wb.swot.items().all(|(_, i)| !i.is_blank()));
            let totals = Quadrant::ALL.map(|q| score.get(q).known_total());
            assert_eq!(totals, [Some(38), Some(26), Some(29), Some(26)]);
            assert_eq!(score.posture(), Some(Posture::SO));
            for q in Quadrant::ALL {
                assert!((4..=5).contains(&wb.swot.quadrant(q).len()), "{q:?}");
            }
        }
    }

    #[test]
    fn competitors_are_fully_scored() {
        let wb = workbook(Lang::En);
        let names: Vec<_> = wb
            .competitors
            .list
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Training company A",
                "Training company B",
                "Training company C"
            ]
        );
        for c in &wb.competitors.list {
            assert_eq!(c.swot.score().unscored(), 0, "{}", c.name);
            for q in Quadrant::ALL {
                assert_eq!(c.swot.quadrant(q).len(), 3, "{} {q:?}", c.name);
            }
        }
        let zh = workbook(Lang::Zh);
        assert_eq!(zh.competitors.list[0].name, "培训公司A");
    }

    #[test]
    fn pestle_covers_every_factor_both_ways() {
        let wb = workbook(Lang::En);
        for factor in PestleFactor::ALL {
            let directions: Vec<_> = wb
                .pestle
                .iter()
                .filter(|i| i.factor == factor)
                .map(|i| i.direction)
                .collect();
            assert_eq!(directions.len(), 2, "{factor:?}");
            assert!(
                directions.contains(&Some(Direction::Opportunity)),
                "{factor:?}"
            );
            assert!(directions.contains(&Some(Direction::Threat)), "{factor:?}");
        }
    }

    #[test]
    fn obl_leaves_only_the_placeholder_criteria_unrated() {
        let wb = workbook(Lang::En);
        for (department, (_, seeded)) in wb.obl.departments.iter().zip(seed::DEPARTMENTS) {
            let (last, rated) = department.criteria.split_last().unwrap();
            assert_eq!(rated.len(), seeded.len(), "{}", department.name);
            assert!(rated.iter().all(|c| c.cell.rating.is_some()));
            assert!(rated.iter().all(|c| !c.cell.comment.is_empty()));
            assert_eq!(last.name, seed::OTHER_CRITERION.0);
            assert_eq!(last.cell.rating, None);
        }
        // Every company × criterion pair is rated once.
        let pairs: HashSet<_> = wb
            .obl
            .industry_ratings
            .iter()
            .map(|r| (r.company, r.criterion))
            .collect();
        assert_eq!(pairs.len(), wb.obl.industry_ratings.len());
        assert_eq!(pairs.len(), 4 * 4);
        assert!(pairs.contains(&(CompanyRef::Own, wb.obl.industry_criteria[0].id)));
    }

    #[test]
    fn customer_tables_use_the_workbook_tags() {
        let wb = workbook(Lang::Zh);
        let c = &wb.customers;
        let counts = [&c.former, &c.current, &c.potential, &c.blacklist].map(|t| t.len());
        assert_eq!(counts, [3, 4, 3, 2]);
        let tag_ids: HashSet<_> = c.tags.iter().map(|t| t.id).collect();
        assert!(c.former.iter().all(|g| !g.tags.is_empty()));
        assert!(CustomerTable::ALL
            .iter()
            .flat_map(|&t| c.table(t))
            .flat_map(|g| &g.tags)
            .all(|id| tag_ids.contains(id)));
        // Every table counts its reasons, so every group carries a tag.
        for t in CustomerTable::ALL {
            assert!(c.table(t).iter().all(|g| !g.tags.is_empty()), "{t:?}");
        }
        // One group shows a history: it was a current customer before it was lost.
        let moved: Vec<_> = c.former.iter().filter(|g| !g.history.is_empty()).collect();
        assert_eq!(moved.len(), 1);
        let m = &moved[0].history[0];
        assert_eq!(
            (m.from, m.to),
            (CustomerTable::Current, CustomerTable::Former)
        );
        assert!(!m.reason.is_empty() && !m.at.is_empty());
        let at_risk: Vec<_> = c.current.iter().filter(|g| g.at_risk).collect();
        assert_eq!(at_risk.len(), 2);
        assert!(at_risk.iter().all(|g| !g.warning_sign.is_empty()));
        assert!(c.potential.iter().all(|g| g.chance.is_some()));
    }

    #[test]
    fn internal_links_name_seed_departments() {
        let wb = workbook(Lang::Zh);
        let departments: HashSet<_> = wb.obl.departments.iter().map(|d| &d.name).collect();
        assert!(wb.internal_customers.len() >= 6);
        for link in &wb.internal_customers {
            assert!(departments.contains(&link.server), "{}", link.server);
            assert!(departments.contains(&link.customer), "{}", link.customer);
            assert_ne!(link.server, link.customer);
        }
    }
}
