//! Phrase lexicons of the answer coach, by meaning. Sources: SPEC.md capability 2 (what
//! interviewers flag), REFERENCE.md §1 (question order, 1–2 minutes per answer).
//! Entries are parts of words or short phrases matched on the normalized text, never whole
//! answers.

/// Words that name the seeker's employment status or a wish for stability.
pub const STATUS: &[&str] = &[
    "正社員",
    "非正規",
    "正規雇用",
    "契約更新",
    "有期雇用",
    "雇っていただ",
    "雇用が不安定",
    "派遣の契約",
    "パートのまま",
    "アルバイトのまま",
    "腰を落ち着け",
    "正社員登用",
];

/// Stability words: a status reason only together with working or income (安定して働ける,
/// 安定した収入), not when they describe the company (大手で安定しており).
pub const STABILITY: &[&str] = &[
    "安定",
    "長く働",
    "長く勤め",
    "安心して働",
    "働き続け",
    "長く安心",
];
pub const STABILITY_CONTEXT: &[&str] = &[
    "働け", "働き", "働く", "働い", "勤め", "雇用", "収入", "職場",
];

/// Phrases that say the seeker will contribute (the future half of a strong answer).
pub const CONTRIBUTION: &[&str] = &[
    "貢献",
    "役立て",
    "役に立て",
    "活か",
    "生か",
    "発揮",
    "還元",
    "力にな",
    "戦力",
    "成果を出",
    "成果を上げ",
    "改善し",
    "高め",
    "減らし",
    "伸ばし",
    "広げ",
    "強化",
    "支援",
    "進め",
    "取り組み",
    "提案",
    "担い",
    "つなげ",
    "対応し",
    "両立",
    "立ち上げ",
    "横展開",
    "定着",
    "向上",
    "短縮",
    "削減",
    "防ぐ",
    "防ぎ",
    "増やし",
    "整え",
    "作り",
    "つくり",
];

/// What follows a contribution phrase when it is about the future: volition, potential,
/// intention (活かしたい, 活かせる, 貢献できます, 進めたいと考えています).
pub const FUTURE_MARKERS: &[&str] = &[
    "たい",
    "ます",
    "できる",
    "でき",
    "せる",
    "せます",
    "いけ",
    "考え",
    "つもり",
    "よう",
    "します",
    "ていく",
];

/// Learning as the point of the answer: being taught, training, starting from zero.
pub const LEARNING: &[&str] = &[
    "教えていただ",
    "教えてもら",
    "教わり",
    "教わって",
    "教われ",
    "勉強させていただ",
    "学ばせていただ",
    "研修で",
    "研修制度で",
    "研修を通じ",
    "一から",
    "イチから",
    "一人前",
    "未経験ですが",
    "未経験の分野ですが",
    "未経験の業務も",
    "経験はありませんが",
    "経験がありませんが",
    "経験がないので",
    "挑戦したい",
    "挑戦してみたい",
    "チャレンジしたい",
    "チャレンジしてみたい",
    "成長したい",
    "成長させていただ",
    "育てていただ",
    "吸収したい",
    "学びたい",
    "覚えます",
    "覚えたい",
    "勉強したい",
];

/// What a complaint is about.
pub const NEGATIVE_TOPIC: &[&str] = &[
    "上司",
    "同僚",
    "先輩",
    "周り",
    "人間関係",
    "給料",
    "給与",
    "年収",
    "賃金",
    "昇給",
    "残業",
    "休日",
    "休み",
    "有給",
    "評価",
    "待遇",
    "方針",
    "経営",
    "社長",
    "将来性",
    "教育",
    "指示",
    "体制",
    "雰囲気",
];

/// How a complaint is phrased.
pub const NEGATIVE_PREDICATE: &[&str] = &[
    "ない",
    "なかっ",
    "ず",
    "にくい",
    "にくく",
    "低",
    "安く",
    "安い",
    "超え",
    "合わ",
    "悪",
    "ひど",
    "不公平",
    "不満",
    "不安",
    "疑問",
    "納得でき",
    "限界",
    "つら",
    "辛",
    "きつ",
    "厳し",
    "難し",
    "あいまい",
    "曖昧",
    "理不尽",
    "当たり前",
    "頻繁",
    "変わり",
];

/// Quantity words that are a complaint only for some topics: 残業が多い is, 休日が多い is not.
pub const NEGATIVE_AMOUNT: &[(&[&str], &[&str])] = &[
    (
        &["残業", "休日出勤", "業務量", "仕事量", "ノルマ", "転勤"],
        &["多い", "多く", "多かっ", "多すぎ"],
    ),
    (
        &[
            "休み",
            "休日",
            "有給",
            "給料",
            "給与",
            "昇給",
            "賞与",
            "ボーナス",
            "人手",
            "人員",
        ],
        &["少な"],
    ),
];

/// Complaints that need no topic.
pub const NEGATIVE_EXPLICIT: &[&str] = &[
    "パワハラ",
    "セクハラ",
    "モラハラ",
    "いじめ",
    "ブラック",
    "サービス残業",
    "不当",
    "てくれなかった",
    "てもらえない",
    "てもらえなかった",
    "てくれない",
];

/// Abstract virtues: strong only with an example or a number.
pub const VIRTUES: &[&str] = &[
    "協調性",
    "責任感",
    "コミュニケーション能力",
    "コミュニケーション力",
    "真面目",
    "まじめ",
    "誠実",
    "一生懸命",
    "粘り強",
    "努力家",
    "素直",
    "明るさ",
    "明るい性格",
    "気配り",
    "向上心",
    "行動力",
    "リーダーシップ",
    "チームワーク",
    "計画性",
    "柔軟性",
    "忍耐力",
    "誰とでも",
    "最後までやり遂げ",
    "責任を持って",
    "積極性",
    "前向き",
];

/// Experience stated as such (経験があります, 経験しており).
pub const EXPERIENCE: &[&str] = &[
    "経験があり",
    "経験しており",
    "経験してきま",
    "経験している",
    "経験しています",
    "経験を積",
    "した経験",
    "てきた経験",
    "た実績",
];

/// Decisions about the job change itself: a past act, but not evidence of work done.
pub const META_DECISION: &[&str] = &[
    "転職",
    "退職",
    "応募",
    "志望",
    "決意",
    "決め",
    "辞め",
    "入社し",
];

/// Conditions-only reverse questions (逆質問) that say nothing about the work.
pub const CONDITIONS: &[&str] = &[
    "残業",
    "休み",
    "休日",
    "有給",
    "給与",
    "給料",
    "年収",
    "福利厚生",
    "ボーナス",
    "賞与",
    "昇給",
];
