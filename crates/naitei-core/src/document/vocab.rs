//! Words that give a résumé its structure: section names, in-job labels, company and
//! employment markers. Data, not logic; each list says why it is what it is. Sources: the
//! section conventions of REFERENCE.md §2 and the layouts of published 職務経歴書 templates
//! (編年体, 逆編年体, キャリア式, project blocks, 派遣元/派遣先 blocks).

use super::SectionKind;

/// Section names by kind, matched as substrings of a heading after width folding, in this
/// order: the document title first (職務経歴書 contains 職務経歴), then 職務経歴 before the
/// summary words (「職務経歴（サマリ）」 is the career section), 学歴 before 経歴, and the loose
/// words (概要, 技術, 経歴) last.
pub const SECTION_NAMES: &[(SectionKind, &[&str])] = &[
    (SectionKind::Front, &["経歴書", "履歴書"]),
    (
        SectionKind::Career,
        &["職務経歴", "職歴", "業務経歴", "職務経験", "経歴詳細"],
    ),
    (
        SectionKind::Summary,
        &[
            "職務要約",
            "職務概要",
            "経歴要約",
            "経歴概要",
            "サマリ",
            "要約",
            "概要",
        ],
    ),
    (
        SectionKind::SelfPr,
        &[
            "自己PR",
            "自己pr",
            "自己アピール",
            "アピールポイント",
            "強み",
        ],
    ),
    (SectionKind::Motive, &["志望動機", "志望理由"]),
    (SectionKind::Education, &["学歴", "最終学歴"]),
    (SectionKind::Qualifications, &["資格", "免許"]),
    (
        SectionKind::Skills,
        &[
            "活かせる",
            "生かせる",
            "スキル",
            "知識",
            "技術",
            "PC",
            "テクニカル",
            "得意",
        ],
    ),
    (SectionKind::Career, &["職務内容", "経歴"]),
];

/// Words that may stand around a section name in a bare heading line (保有資格, 資格・免許,
/// 活かせる経験・知識・スキル): after removing the names, at most this much may remain.
pub const BARE_HEADING_SLACK_CHARS: usize = 2;

/// Labels inside a job block (【担当業務】, 概要：, ■使用技術). They name the lines that
/// follow; they never open a section, even when they contain a section word (関連知識,
/// 使用技術, プロジェクト概要). Real résumés put them at every heading level.
pub const IN_JOB_LABELS: &[&str] = &[
    "業務内容",
    "担当業務",
    "職務内容",
    "主な業務",
    "業務詳細",
    "実績",
    "成果",
    "主な成果",
    "取り組み",
    "取組",
    "工夫",
    "課題",
    "施策",
    "役割",
    "ポイント",
    "担当",
    "概要",
    "プロジェクト概要",
    "案件概要",
    "内容",
    "業務",
    "環境",
    "開発環境",
    "使用",
    "使用技術",
    "使用ツール",
    "関連知識",
    "技術",
    "規模",
    "体制",
    "期間",
    "役職",
    "事業内容",
    "会社概要",
    "担当工程",
    "言語",
    "ツール",
];

/// Section names that are never an in-job label, whatever else the heading says.
pub const STRONG_SECTION_NAMES: &[&str] = &[
    "職務経歴",
    "職務要約",
    "活かせる",
    "生かせる",
    "自己PR",
    "自己pr",
    "志望動機",
    "学歴",
    "資格",
    "免許",
];

/// Keys of `key：value` lines that describe the job or project rather than report work
/// (会社概要, project facts, tools). Such lines are not duty/achievement items.
pub const INFO_KEYS: &[&str] = &[
    "事業内容",
    "資本金",
    "売上高",
    "従業員数",
    "従業員",
    "社員数",
    "設立",
    "上場",
    "本社",
    "所在地",
    "雇用形態",
    "期間",
    "在籍期間",
    "所属",
    "役職",
    "部署",
    "職種",
    "勤務地",
    "チーム",
    "規模",
    "人数",
    "体制",
    "使用ツール",
    "使用技術",
    "使用言語",
    "開発環境",
    "環境",
    "言語",
    "ツール",
    "関連知識",
    "OS",
    "DB",
    "担当工程",
    "役割",
    "ポジション",
    "概要",
    "プロジェクト概要",
    "案件概要",
    "氏名",
    "日付",
    "年月日",
    "住所",
    "会社名",
    "社名",
    "業種",
    "派遣元",
    "派遣先",
    "客先",
    "常駐先",
    "取扱商品",
    "商材",
    // Facts of a construction project (施工管理): what was built, not what the seeker did.
    "請負金額",
    "工事金額",
    "工期",
    "工事名",
    "発注者",
    "延床面積",
    "構造",
    "用途",
];

/// Keys whose value reports the seeker's work: the line is an item (「成果：月40時間削減」).
/// The part a key announces groups the lines of one achievement: 【課題】→【取り組み】→【成果】.
pub const EPISODE_KEYS: &[(&str, EpisodePart)] = &[
    ("課題", EpisodePart::Problem),
    ("背景", EpisodePart::Problem),
    ("問題", EpisodePart::Problem),
    ("状況", EpisodePart::Problem),
    ("取り組み", EpisodePart::Action),
    ("取組", EpisodePart::Action),
    ("施策", EpisodePart::Action),
    ("対策", EpisodePart::Action),
    ("行動", EpisodePart::Action),
    ("工夫", EpisodePart::Action),
    ("成果", EpisodePart::Result),
    ("結果", EpisodePart::Result),
    ("効果", EpisodePart::Result),
    ("実績", EpisodePart::Result),
];

/// Which part of an achievement a labelled line announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EpisodePart {
    Problem,
    Action,
    Result,
}

/// Institution words that name an employer only in a short line that is not a sentence
/// (「さくら病院（2015年4月〜）」, not 「病院施設課との定例会議を担当」).
pub const WEAK_COMPANY_MARKERS: &[&str] =
    &["病院", "クリニック", "市役所", "区役所", "町役場", "事業所"];

/// Legal-entity and institution words that make a line name an employer.
pub const COMPANY_MARKERS: &[&str] = &[
    "株式会社",
    "(株)",
    "有限会社",
    "(有)",
    "合同会社",
    "合資会社",
    "社団法人",
    "財団法人",
    "医療法人",
    "社会福祉法人",
    "学校法人",
    "独立行政法人",
    "Inc",
    "Co.",
    "Ltd",
    "LLC",
];

/// Words that put a company inside the current employer's block: the client or the place
/// of work of a 派遣 or 常駐 contract, not a new employer.
pub const SUB_BLOCK_MARKERS: &[&str] = &[
    "派遣先",
    "就業先",
    "客先",
    "常駐先",
    "出向先",
    "配属先",
    "取引先",
    "顧客",
    "クライアント",
    "発注元",
    "プロジェクト",
    "案件",
];

/// Words of a 派遣元 line: the employer of a dispatched worker.
pub const DISPATCH_EMPLOYER_MARKERS: &[&str] = &["派遣元", "派遣会社"];

/// Periods that are schooling or training, never a job (学歴 rows, 研修 inside a job).
pub const SCHOOLING_WORDS: &[&str] = &[
    "研修",
    "訓練",
    "大学",
    "高等学校",
    "高校",
    "専門学校",
    "短期大学",
    "大学院",
    "学部",
    "学科",
    "入学",
    "卒業",
    "職業訓練",
];

pub const EMPLOYMENT_TYPES: &[&str] = &[
    "正社員",
    "契約社員",
    "派遣社員",
    "アルバイト",
    "パート",
    "業務委託",
    "嘱託",
    "派遣",
];

/// Headings inside 職務経歴 that open the list of employers a キャリア式 résumé adds after (or
/// before) its blocks by field: 「■職歴」「【在籍企業】」「◆会社歴」. Their lines are facts, not new
/// employer blocks.
pub const HISTORY_LIST_HEADINGS: &[&str] = &[
    "職歴",
    "在籍企業",
    "在籍会社",
    "会社歴",
    "勤務先一覧",
    "在籍履歴",
];

/// Words in a heading that announce an overview list of employers and periods (「■職務経歴（経歴の
/// 概要）」「【職歴一覧】」), written above blocks by field or by employer: its dated lines are facts
/// that sum up the blocks, not blocks of their own.
pub const HISTORY_OVERVIEW_MARKERS: &[&str] = &[
    "経歴の概要",
    "経歴概要",
    "職歴概要",
    "職歴一覧",
    "経歴一覧",
    "略歴",
    "在籍企業一覧",
];

/// Words in the 職務経歴 heading that announce a résumé grouped by field (キャリア式).
pub const FIELD_LAYOUT_MARKERS: &[&str] = &["キャリア式", "分野別", "職種別", "業務別"];
