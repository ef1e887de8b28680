//! The words of the guidance every worksheet shows where the user works (#15): the
//! "How to fill this in" disclosure's own labels, and what the two ends of every kind
//! of score mean. A scale is described once per kind here and attached to each score
//! field (`ScoreInput`'s `scale`), so the field, the lists and the SWOT quadrants
//! draw the same words.

messages! {
    /// What 1 and 10 (or 0 and 20, or E, S and N) mean for one kind of score. The
    /// text is shown beside the field and read with it by a screen reader.
    pub enum Scale {
        Strength => (
            "1 = a slight strength, 10 = the strongest",
            "1 = 略有优势，10 = 最强的优势",
        ),
        Weakness => (
            "1 = a minor weakness, 10 = the most serious",
            "1 = 轻微的劣势，10 = 最严重的劣势",
        ),
        Opportunity => (
            "1 = a small opportunity, 10 = the strongest",
            "1 = 较小的机会，10 = 最有利的机会",
        ),
        Threat => (
            "1 = a minor threat, 10 = the most serious",
            "1 = 轻微的威胁，10 = 最严重的威胁",
        ),
        GapSize => (
            "1 = almost what customers need, 10 = far from it",
            "1 = 基本符合顾客需要，10 = 差距最大",
        ),
        Hindrance => (
            "1 = hardly in the way, 10 = blocks customer relationships most",
            "1 = 几乎没有妨碍，10 = 对客户关系妨碍最大",
        ),
        Shared => (
            "1 = a few people want it, 10 = shared at every level",
            "1 = 仅少数人认同，10 = 各层级员工普遍认同",
        ),
        Knowledge => (
            "1 = basic, 10 = expert",
            "1 = 入门水平，10 = 专家水平",
        ),
        CultureStrength => (
            "1 = barely felt, 10 = shapes everything",
            "1 = 几乎感觉不到，10 = 主导一切",
        ),
        SevenS => (
            "1 = hardly matters, 10 = decisive (as a strength or a weakness)",
            "1 = 影响很小，10 = 起决定作用（无论是优势还是劣势）",
        ),
        Service => (
            "1 = the need is badly served, 10 = served very well",
            "1 = 需求满足得很差，10 = 满足得非常好",
        ),
        Impact => (
            "1 = barely affects us, 10 = affects the business most",
            "1 = 对公司几乎没有影响，10 = 对业务影响最大",
        ),
        Likelihood => (
            "1 = unlikely, 10 = almost certain",
            "1 = 不太可能发生，10 = 几乎肯定发生",
        ),
        Importance => (
            "1 = matters little to us, 10 = matters most",
            "1 = 对公司不太重要，10 = 最重要",
        ),
        Fulfilment => (
            "1 = their needs are not met, 10 = fully met",
            "1 = 需求未得到满足，10 = 完全满足",
        ),
        Chance => (
            "1 = unlikely to win them, 10 = almost certain",
            "1 = 很难争取，10 = 几乎肯定能争取到",
        ),
        Cost => (
            "1 = cheap to deliver, 10 = the most costly",
            "1 = 提供成本很低，10 = 成本最高",
        ),
        Value => (
            "1 = earns us little, 10 = earns the most",
            "1 = 带来的收益很少，10 = 收益最大",
        ),
        ClassImportance => (
            "1 = matters little to this class, 10 = matters most",
            "1 = 对该类客户不太重要，10 = 最重要",
        ),
        Continuum => (
            "1–3 = distant, 4–6 = pure transaction, 7–10 = close working relationship",
            "1–3 = 疏远，4–6 = 纯交易，7–10 = 亲密的工作关系",
        ),
        Margin => (
            "0 = the lowest gross margin, 20 = the highest",
            "0 = 毛利最低，20 = 毛利最高",
        ),
        Payment => (
            "0 = the worst payment record, 20 = always pays on time",
            "0 = 付款记录最差，20 = 一贯按时付款",
        ),
        Obl => (
            "E = excellent, S = satisfactory, N = not good",
            "E = 优秀，S = 一般，N = 较差",
        ),
    }
}

messages! {
    /// The guidance disclosure's own labels.
    pub enum GuideMsg {
        HowTo => ("How to fill this in", "填写说明"),
        Example => ("Example", "示例"),
        ExampleNote => (
            "An example only: it is not part of the workbook.",
            "仅为示例，不会写入工作手册。",
        ),
        ScaleOf => ("Scale", "评分标准"),
        Item => ("Item", "条目"),
        /// Before an example entry shown in an empty field, so it does not read as
        /// something already typed.
        ForExample => ("e.g. ", "例如："),
        Factor => ("Factor", "要素"),
    }
}
