//! Word lists used by the consistency check. Kept as data so that a reviewer can extend them
//! without touching the matching logic; every list is matched against NFKC-normalized text.

use serde::Serialize;

/// What a reason-like answer (転職理由, 退職理由, 志望動機) is about. Two answers whose topic
/// sets do not overlap tell two different stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Contribution,
    Learning,
    Workload,
    Pay,
    Relationships,
    CompanySituation,
    EmploymentStatus,
    /// Convenience of the workplace (通勤, 家から近い): not in the brief's list, but a common
    /// 志望動機 that an interviewer reads as a different story from a contribution.
    Location,
}

impl Topic {
    /// Japanese label for messages.
    pub fn label(self) -> &'static str {
        match self {
            Topic::Contribution => "経験を活かした貢献・成長",
            Topic::Learning => "学びたい・教わりたい",
            Topic::Workload => "働き方・業務量（残業・休み）",
            Topic::Pay => "給与・待遇",
            Topic::Relationships => "人間関係",
            Topic::CompanySituation => "会社の事情（閉鎖・業績悪化など）",
            Topic::EmploymentStatus => "雇用形態・安定",
            Topic::Location => "通勤・勤務地",
        }
    }
}

/// Substrings that signal each topic. Stems are used (活か, 貢献) so that inflections match.
pub const TOPICS: &[(Topic, &[&str])] = &[
    (
        Topic::Contribution,
        &[
            "活か",
            "生か",
            "貢献",
            "成長",
            "役立て",
            "役に立ち",
            "役に立て",
            "発揮",
            "専門性",
            "挑戦したい",
            "携わりたい",
        ],
    ),
    (
        Topic::Learning,
        &[
            "教えていただ",
            "教えてもら",
            "研修",
            "学びたい",
            "学べる",
            "一から",
            "基礎から",
            "身につけたい",
            "身に付けたい",
            "勉強",
        ],
    ),
    (
        Topic::Workload,
        &[
            "残業",
            "忙し",
            "休み",
            "休日",
            "夜勤",
            "体力的",
            "きつ",
            "両立",
            "激務",
            "長時間",
            "有給",
            "ワークライフ",
        ],
    ),
    (
        Topic::Pay,
        &[
            "給料",
            "給与",
            "年収",
            "待遇",
            "昇給",
            "収入",
            "賞与",
            "ボーナス",
            "手当",
            "薄給",
        ],
    ),
    (
        Topic::Relationships,
        &[
            "上司",
            "人間関係",
            "パワハラ",
            "同僚",
            "いじめ",
            "関係がうまく",
            "ハラスメント",
            "職場の雰囲気",
        ],
    ),
    (
        Topic::CompanySituation,
        &[
            "閉鎖",
            "倒産",
            "業績悪化",
            "業績不振",
            "事業縮小",
            "縮小",
            "統合",
            "移転",
            "撤退",
            "希望退職",
            "早期退職",
            "リストラ",
            "解散",
            "なくなる",
            "無くなる",
            "廃止",
        ],
    ),
    (
        Topic::EmploymentStatus,
        &[
            "正社員",
            "安定",
            "契約社員",
            "派遣",
            "契約期間",
            "契約満了",
            "雇い止め",
            "雇止め",
            "長く働",
            "非正規",
        ],
    ),
    (
        Topic::Location,
        &["家から近", "自宅から近", "通いやす", "通勤", "転勤", "地元"],
    ),
];

/// Words that mark an answer as a reason or motive (the predicate of 〜ため, 〜から, 〜たい).
pub const REASON_MARKERS: &[&str] = &[
    "ため",
    "理由",
    "きっかけ",
    "たい",
    "退職",
    "応募",
    "志望",
    "に伴",
    "悩ん",
    "疲れ",
];

/// Nouns that never identify what a number measures: units, time words, formal nouns.
pub const GENERIC_NOUNS: &[&str] = &[
    "こと",
    "もの",
    "ため",
    "よう",
    "ところ",
    "時間",
    "件",
    "件数",
    "数",
    "人数",
    "名",
    "人",
    "年",
    "月",
    "日",
    "週",
    "分",
    "割",
    "倍",
    "円",
    "万",
    "前年",
    "前期",
    "昨年",
    "今年",
    "年間",
    "月間",
    "平均",
    "約",
    "ほど",
    "程度",
    "以上",
    "以下",
    "全体",
    "合計",
    "一人",
    "自分",
    "私",
    "当時",
    "現在",
    "今",
    "前",
    "後",
    "中",
    "的",
    "さ",
    "化",
    "比",
    "率",
    "ぐらい",
    "くらい",
    "予定",
    "御社",
    "貴社",
    "前職",
    "以前",
    "最初",
    "最後",
    "半分",
];

/// Groups of nouns that name the same measured thing. The first member is the canonical key.
pub const SYNONYMS: &[&[&str]] = &[
    // Team size: an interviewer hears 「部下6名」 and 「8名のチーム」 as the same team.
    &["部下", "チーム", "メンバー", "スタッフ", "班", "課員"],
    &["顧客", "お客様", "客", "取引先", "クライアント"],
    &["給与", "給料", "年収", "月給", "月収", "報酬"],
    &["売上", "売り上げ", "売上高"],
    &["会議", "ミーティング"],
];

/// Words (verb stems and nouns) that make a period a length of employment, and a date a start
/// of employment when it is followed by から.
pub const TENURE_WORDS: &[&str] = &[
    "勤め", "勤務", "在籍", "働", "辞め", "務め", "勤続", "経験", "歴", "続け", "携わ",
];

/// Keys that say nothing about which role a length of stay is about (前職, 会社, 経験): left out
/// when deciding whether two lengths of stay are about the same role.
pub const TENURE_NEUTRAL: &[&str] = &[
    "在籍", "職", "会社", "前", "経験", "歴", "仕事", "職場", "現職", "前職", "勤務", "勤続",
    "社員", "当社", "同社",
];

/// Positions: a length of stay in one of them (店長を3年) is another fact than the stay at the
/// company.
pub const ROLES: &[&str] = &[
    "主任",
    "店長",
    "リーダー",
    "課長",
    "係長",
    "部長",
    "マネージャー",
    "マネジャー",
    "管理職",
    "責任者",
    "班長",
    "職長",
    "所長",
    "センター長",
    "工場長",
    "支店長",
    "室長",
    "監督",
];

/// Words that make a date the date of joining a company.
pub const JOIN_WORDS: &[&str] = &["入社", "入職", "採用され", "転職し"];

/// Words that make a yen amount a salary.
pub const SALARY_WORDS: &[&str] = &[
    "年収",
    "月給",
    "月収",
    "給与",
    "給料",
    "手取り",
    "収入",
    "報酬",
    "基本給",
    "希望",
];

/// Words that make a salary the desired one. Checked before the current ones: 「現職と同程度の
/// 年収380万円を希望します」 is a desired salary.
pub const DESIRED_WORDS: &[&str] = &[
    "希望",
    "ほしい",
    "欲しい",
    "あれば",
    "望み",
    "目指",
    "いただきたい",
    "もらいたい",
];

/// Words that make a salary the current (or last) one.
pub const CURRENT_WORDS: &[&str] = &["現在", "現職", "今の", "前職", "現年収", "いま", "もらって"];

/// Words that make a yen amount monthly.
pub const MONTHLY_WORDS: &[&str] = &["月給", "月収", "月額", "手取り", "基本給"];

/// Stems of verbs and nouns that state a decrease or an increase: a ratio next to them is the
/// size of a change (三割削減 = 30% less), not a level.
pub const CHANGE_WORDS: &[&str] = &[
    "削減",
    "減ら",
    "減っ",
    "減少",
    "短縮",
    "縮め",
    "縮ま",
    "下げ",
    "下が",
    "低減",
    "圧縮",
    "抑え",
    "改善",
    "増や",
    "増え",
    "増加",
    "伸ば",
    "伸び",
    "向上",
    "上げ",
    "上が",
    "拡大",
    "アップ",
    "ダウン",
    "カット",
    "早",
];
