//! Word classes of the answer coach. The signals themselves come from sentence structure
//! ([`super::structure`]: who acts, on what, and when); these lists only say what a word *means*
//! — a class of verbs or nouns, each with its rationale. Entries are words or word stems,
//! never clauses of particular answers. Sources: SPEC.md capability 2 (what interviewers flag),
//! REFERENCE.md §1 (question order, 1–2 minutes per answer, about 300 characters a minute).

/// Heads that report a state of mind, a perception or the job change itself: a past 「〜と
/// 思いました」「求人を拝見しました」「転職を決めました」 says nothing about work done, and a
/// future one is not an act for the company. Matched on the base form of the head.
pub const MENTAL: &[&str] = &[
    "思う",
    "考える",
    "感じる",
    "惹く",
    "惹かれる",
    "引く",
    "引かれる",
    "共感",
    "拝見",
    "見る",
    "聞く",
    "知る",
    "読む",
    "決める",
    "決意",
    "決心",
    "希望",
    "志望",
    "応募",
    "転職",
    "退職",
    "辞める",
    "入社",
    "就職",
    "入る",
    "望む",
    "願う",
    "目指す",
    "憧れる",
    "魅力",
    "抱く",
    "持つ",
    "いる",
    "ある",
    "なる",
    "できる",
    "言う",
    "申す",
    "従う",
    "申し上げる",
    "いただく",
    "思い立つ",
    "学ぶ",
    "気づく",
    "気付く",
    "痛感",
    "実感",
    "理解",
    "反省",
    "悩む",
    "迷う",
    "探す",
    "受ける",
    "始める",
    "頑張る",
    "がんばる",
    "努める",
    "励む",
    "存じる",
    "伺う",
    // 「より注意して仕事をする」: attention, not an act on a thing.
    "注意",
    "考え直す",
    "移る",
    "過ごす",
    "いう",
];

/// Objects that name what went wrong, not a thing acted on, when the verb is a bare する／犯す
/// (「ミスをした」「失敗をしてしまった」; 「出荷ミスを減らした」 is an act).
pub const MISHAP: &[&str] = &["ミス", "失敗", "間違い"];

/// Heads that state a lesson drawn from a failure (「確認の大切さを学びました」「甘さを痛感
/// しました」): answer-no-follow-up quotes them when what changed afterwards is missing.
pub const LEARNT: &[&str] = &["学ぶ", "気づく", "気付く", "痛感", "反省", "実感"];

/// Words that mark leaving the current job: a wish followed by them is the reason for the move.
pub const LEAVING: &[&str] = &["転職", "退職", "辞め", "離職"];

/// A future time point: with it a progressive (「10年後には役員になっています」) is a promise.
pub const FUTURE_TIME: &[&str] = &["年後", "年以内", "後には"];

/// Changing one's own situation (「環境を変えたい」): a wish about the seeker, not work, so no
/// contribution or work wish; as a past act on a thing of work (「勤務の動きを変えました」
/// 「手順を変えた」) it is an episode, so it is not in [`MENTAL`].
pub const SELF_CHANGE: &[&str] = &["変える"];

/// Generic heads of a wish that name no work: 「正社員として働きたい」「御社に入りたい」
/// 「頑張りたい」 (SPEC.md: a reason with no work in it is the status-only pattern).
pub const GENERIC: &[&str] = &[
    "働く",
    "働ける",
    "勤める",
    "勤務",
    "就く",
    "続ける",
    "落ち着ける",
    "築く",
    "安定",
    "安心",
];

/// The seeker's own abilities and assets: the object of 「経験を活かす」「強みを発揮する」 says
/// what is used, not what will be done with it (README of eval/answers: a bare 「経験を活かして
/// 貢献したい」 names no contribution).
pub const ABILITY: &[&str] = &[
    "経験",
    "強み",
    "長所",
    "スキル",
    "能力",
    "知識",
    "力",
    "柔軟性",
    "行動力",
    "営業力",
    "専門性",
    "ノウハウ",
    "資格",
    "持ち味",
    "姿勢",
    "意欲",
    "やる気",
    "熱意",
    "自信",
    "キャリア",
    "実績",
    "経歴",
];

/// Targets too vague to name work: 「御社の発展に」「即戦力として」「一員として」「成果を出す」.
pub const VAGUE: &[&str] = &[
    "発展",
    "成長",
    "役",
    "全力",
    "戦力",
    "即戦力",
    "一員",
    "会社",
    "組織",
    "チーム",
    "皆様",
    "皆さん",
    "期待",
    "方針",
    "成果",
    "結果",
    "前職",
    "現職",
    "これまで",
    "今まで",
    "自分",
    "自身",
    "私",
    "早期",
    "貢献",
    "仕事",
    "業務",
    "何事",
    "一日",
    // When, not what: 「初日から成果を出す」.
    "初日",
    // A count, not a thing: 「一つのことを専門的にやりたい」「一つの会社で活かしたい」.
    "一つ",
    "年目",
    "以内",
    "業界",
    "トップ",
    "こと",
    "もの",
    "色々",
    "いろいろ",
    "様々",
    "さまざま",
    "精一杯",
    "一生懸命",
    "分野",
    "ペース",
    "社会",
    "人",
    "魅力",
    "先輩",
    "上司",
    "周り",
    "周囲",
    // An idiom's body part, not a thing (「腰を据えて」).
    "腰",
    // An initiative left unnamed (「満足度向上のための取り組みを行い」).
    "取り組み",
    "方々",
];

/// Heads that report reaching a target, not what was done (「目標を達成しました」「成果を出して
/// きました」: the README of eval/answers counts an episode, not a claimed outcome).
pub const OUTCOME_ONLY: &[&str] = &[
    "達成",
    "上回る",
    "超える",
    // The same verb in its other spelling (「部署の垣根を越えて」).
    "越える",
    "出す",
    "収める",
    "受賞",
    "表彰",
    "獲得",
    "果たす",
    // Getting a project through or past a difficulty reports the outcome, not what was done
    // (「プロジェクトを成功させた」「困難を乗り越えた」「繁忙期を乗り切った」).
    "成功",
    "乗り越える",
    "乗り切る",
    "いただく",
];

/// Certainty markers of an unsupported promise (issue 17: empty confidence must not score high).
pub const OVERCLAIM: &[&str] = &[
    "必ず",
    "間違いなく",
    "絶対",
    "確実に",
    "確信",
    "自信があります",
    "てみせます",
    "誰にも負け",
];

/// Heads of acquiring ability for oneself (learning is not contribution; SPEC.md: a learning
/// posture reads as 甘え for a mid-career hire).
pub const LEARN: &[&str] = &[
    "学ぶ",
    "勉強",
    "成長",
    "吸収",
    "習得",
    "身につける",
    "身に付ける",
    "覚える",
    "教わる",
    "積む",
    "磨く",
];

/// Heads whose meaning is giving one's ability to someone: a future one is a contribution
/// wherever it stands (「経験を活かしたい」「貢献できます」「お役に立てる」). Stems, matched on
/// the head with the word before it.
pub const CONTRIBUTE: &[&str] = &[
    "貢献",
    "役立",
    "役に立",
    "活か",
    "生か",
    "発揮",
    "還元",
    "寄与",
    "活躍",
    "尽く",
    "力にな",
    "戦力にな",
];

/// Words that point at the hiring organisation or the job itself: a future act of the seeker
/// in a sentence that names them is directed at the company (「御社で新規開拓に取り組みたい」).
pub const COMPANY: &[&str] = &[
    "御社",
    "貴社",
    "貴院",
    "御院",
    "貴園",
    "貴校",
    "貴法人",
    "貴行",
    "御行",
    "貴店",
    "貴事務所",
    "貴局",
    "入社後",
    "入社したら",
    "入社してから",
    "配属",
    "このポジション",
    "本ポジション",
    "即戦力",
];

/// Employment conditions: employment form, pay, hours, holidays, benefits, stability, place.
/// A reason made only of these is the status-only pattern of SPEC.md capability 2.
pub const CONDITION: &[&str] = &[
    "正社員",
    "正規",
    "雇用",
    "契約社員",
    "派遣",
    "パート",
    "アルバイト",
    "安定",
    "長く働",
    "長く勤",
    "給与",
    "給料",
    "年収",
    "収入",
    "月給",
    "賞与",
    "ボーナス",
    "昇給",
    "手当",
    "残業",
    "定時",
    "休日",
    "休み",
    "有給",
    "休暇",
    "福利厚生",
    "待遇",
    "時給",
    "休め",
    "条件",
    "勤務時間",
    "勤務地",
    "通勤",
    "家から近",
    "転勤",
    "土日",
    "退職金",
    "ワークライフバランス",
];

/// What a complaint is about: people, pay, hours, evaluation and the employer's management.
pub const NEGATIVE_TOPIC: &[&str] = &[
    "上司",
    "同僚",
    "先輩",
    "後輩",
    "部下",
    "社長",
    // The people a failure is blamed on, and the colloquial word for superiors.
    "リーダー",
    "上の人",
    "経営陣",
    "人間関係",
    "職場",
    "会社",
    "前職",
    "現職",
    "指示",
    "人手",
    "残業",
    "休日",
    "休み",
    "有給",
    "評価",
    "待遇",
    "方針",
    "経営",
    "社風",
    "体制",
    "雰囲気",
    "労働時間",
    "勤務時間",
    "業務量",
    "仕事量",
    "ノルマ",
    "帰宅",
];

/// Words that by themselves denote harassment, overwork, unfair treatment or blame.
pub const TROUBLE: &[&str] = &[
    "パワハラ",
    // Being shouted at: harassment named by its act (「毎日怒鳴られる」).
    "怒鳴",
    "セクハラ",
    "モラハラ",
    "いじめ",
    "ブラック",
    "サービス残業",
    "理不尽",
    "終電",
    "深夜まで",
    "徹夜",
    "休日出勤",
    "激務",
    "過重",
    "長時間労働",
    "体調を崩",
    "報われ",
    "のせい",
    "騙",
];

/// Predicates of trouble when said of a topic above (stems: 悪かった, 厳しさ, 難しさ).
pub const TROUBLE_PREDICATE: &[&str] = &[
    "悪",
    "ひど",
    "酷",
    "厳し",
    "難し",
    "つら",
    "辛",
    "きつ",
    "苦し",
    "低",
    "安",
    "疑問",
    "不安",
    "合わ",
    "合い",
    "曖昧",
    "あいまい",
    "嫌",
    "悩む",
    "悩ん",
    "悩まさ",
    "不公平",
    "不当",
    "不満",
    "衝突",
    "揉め",
    "もめ",
    "対立",
    "折り合い",
    "限界",
    "疲れ",
    "問題",
    "甘",
    // A superior's way judged wrong or slow (「やり方がおかしい」「判断が遅く」).
    "おかし",
    // The adjective only: the seeker's own 遅れ／遅刻 is no complaint.
    "遅い",
    "遅く",
    "遅かっ",
    "変わり",
];

/// Amounts that are trouble only for some topics: 残業が多い is, 休日が多い is not.
pub const TROUBLE_AMOUNT: &[(&[&str], &[&str])] = &[
    (
        &[
            "残業",
            "休日出勤",
            "業務量",
            "仕事量",
            "ノルマ",
            "転勤",
            "労働時間",
            "勤務時間",
        ],
        &["多", "長"],
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

/// People other than the seeker: a clause with one of them as subject is not the seeker's act.
pub const THIRD_PARTY: &[&str] = &[
    "上司",
    "同僚",
    "先輩",
    "後輩",
    "部下",
    "社長",
    "会社",
    "経営陣",
    "周り",
    "部長",
    "課長",
    "店長",
    "チーム",
];

/// Heads of being taught or trained (with 〜ていただく／〜てもらう／〜させていただく the company
/// is valued as a place to be taught).
pub const TAUGHT: &[&str] = &[
    "教える",
    "指導",
    "育てる",
    "育成",
    "教育",
    "学ぶ",
    "勉強",
    "成長",
    "鍛える",
    "経験",
    "研修",
    "フォロー",
    "サポート",
];

/// The employer's training offer, valued as a reason (研修制度が充実している).
pub const TRAINING: &[&str] = &[
    "研修",
    "教育制度",
    "教育体制",
    "育成制度",
    "育成体制",
    "指導体制",
    "フォロー体制",
    "サポート体制",
    "資格取得支援",
    "OJT",
];

/// Starting from nothing (一から学ぶ): with a learning head, a learning posture.
pub const FROM_ZERO: &[&str] = &["一から", "イチから", "ゼロから", "0から", "基礎から"];

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
    "積極性",
];

/// What a 失敗体験 answer reports as changed afterwards (a lesson alone — 「大切さを学びました」
/// 「反省しています」 — is not a change; README of eval/answers: failure needs lesson and change).
pub const LESSON: &[&str] = &[
    "以来",
    "以降",
    "それからは",
    "今では",
    "その後は",
    "再発防止",
    "ようにして",
    "ようにな",
    "心がけて",
    "心掛けて",
    "徹底して",
    "改めました",
    "見直しました",
    "見直して",
    "その後、",
    "変えました",
    "今も続け",
];

/// How a 短所 answer says the weakness is managed.
pub const MANAGED: &[&str] = &[
    "ようにして",
    "ようにな",
    "工夫",
    "心がけ",
    "心掛け",
    "意識し",
    "意識する",
    "対策",
    "克服",
    "改善",
    "補",
    "習慣",
    "ことで",
    "気をつけ",
    "気を付け",
    "努めて",
];

/// 逆質問 that any posting or the company's site answers: they show no interest in the work.
pub const POSTING_FACTS: &[&str] = &[
    "事業内容",
    "何をしている",
    "企業理念",
    "経営理念",
    "設立",
    "従業員数",
    "社員数",
    "本社",
    "資本金",
    "売上高",
    "何の会社",
    "どんな会社",
    // What the company does is on its site: 「どんな事業をしている会社ですか」.
    "どんな事業",
    "どのような事業",
    "主力",
    "求人票",
    "募集要項",
    "面接の結果",
    "選考結果",
    "合否",
];

/// 逆質問 declining to ask (no interest).
pub const NO_QUESTION: &[&str] = &[
    "特にありません",
    "特にございません",
    "特にないです",
    "特にない",
    "大丈夫です",
    "十分理解",
    "すべて理解",
    "全て理解",
    "疑問は解消",
];

/// 逆質問 about the work itself (a real question that aligns the picture of the job).
pub const WORK_TOPIC: &[&str] = &[
    "業務",
    "仕事",
    "入社後",
    "配属",
    "チーム",
    "部署",
    "評価",
    "期待",
    "活躍",
    "課題",
    "目標",
    "役割",
    "一日の流れ",
    "1日の流れ",
    "求められ",
    "スキル",
    "プロジェクト",
    "取り組",
    "最初",
    "方針",
    "今後",
    "身につけておく",
    "準備",
    "キャリア",
    "メンバー",
];

/// Questions a seeker can ask to align the picture of the work (REFERENCE.md: 二次面接 checks
/// fit with the work; the seeds' advice for 逆質問).
pub const SUGGESTED_QUESTIONS: [&str; 3] = [
    "入社後の最初の3か月で、どのような役割や成果を期待されていますか。",
    "配属予定のチームの体制と、日々の業務の進め方を教えていただけますか。",
    "このポジションで活躍している方に共通する仕事の進め方は何でしょうか。",
];
