//! Word lists the line analysis uses, by meaning. They hold base forms (原形) of predicates and
//! nouns as IPADIC gives them, never whole sentences. Sources: the definitions in SPEC.md
//! ("problem", "action", "result") and REFERENCE.md §2 (recruiters' reading of achievements).

/// Holding a responsibility, not an act: 「〜を担当」「〜に従事」.
pub const DUTY: &[&str] = &[
    "担当",
    "従事",
    "参画",
    "配属",
    "入社",
    "所属",
    "在籍",
    "勤務",
    "経験",
    "務める",
    "勤める",
    "携わる",
    "担う",
    "受け持つ",
    "歴任",
    "就任",
    "異動",
    "転勤",
    "退職",
    "着任",
    "兼務",
    "常駐",
    "出向",
    "就業",
    "参加",
    "受講",
    // Sitting in on a meeting or a negotiation (「交渉に同席」) is being there, not acting.
    "同席",
    "出席",
    "陪席",
    // Taking over a store, a team or a duty (「赤字の店舗を引き継ぎ」) is holding it; what was
    // done with it comes next.
    "引き継ぐ",
];

/// Routine work verbs: an act only when reported as done once (past tense: 引き継ぎを行った),
/// a duty in the present or as a bare noun (勤怠管理を行う, 請求書の作成).
pub const ROUTINE: &[&str] = &[
    "行う",
    "実施",
    "管理",
    "運用",
    "対応",
    "入力",
    "処理",
    "受付",
    "発注",
    "集計",
    "調整",
    "補助",
    "支援",
    "サポート",
    "手配",
    "点検",
    "確認",
    "チェック",
    "案内",
    "接客",
    "販売",
    "保守",
    "監視",
    "記帳",
    "照合",
    "発行",
    "送付",
    "整理",
    "報告",
    "説明",
    "訪問",
    "営業",
    "開拓",
    "提供",
    "教育",
    "指導",
    "教える",
    "同行",
    // Passing on what is known (「朝礼で物量を共有」「内容を職員に伝達」): the routine of a post
    // unless told as done once.
    "共有",
    "伝達",
    "周知",
];

/// Results: the clause that holds one of these measures the outcome (its number is the result).
pub const OUTCOME: &[&str] = &[
    "削減",
    "短縮",
    "向上",
    "増加",
    "達成",
    "獲得",
    "改善",
    "低減",
    "減少",
    "拡大",
    "伸長",
    "増収",
    "増益",
    "抑制",
    "圧縮",
    "受賞",
    "表彰",
    "突破",
    "上回る",
    "減らす",
    "増やす",
    "伸ばす",
    "高める",
    "上げる",
    "下げる",
    "縮める",
    "抑える",
    "なくす",
    "無くす",
    // 「二重予約はなくなり」: the trouble went away, an outcome (not an act).
    "なくなる",
    "無くなる",
    "減る",
    "増える",
    "上がる",
    "下がる",
    "伸びる",
    "維持",
    "半減",
    "倍増",
    "解消",
    "実現",
    "記録",
    "成功",
    "貢献",
    "回収",
    "受注",
    "縮小",
    "軽減",
    "達する",
    "導く",
    "成約",
    "黒字化",
    "効率化",
    "短くする",
    "削る",
    "節約",
    "削除",
    "撲滅",
    "ゼロ",
    "浮く",
    "減",
    "増",
    "アップ",
    "ダウン",
    "カット",
    "生む",
    "生み出す",
    "出す",
    "稼ぐ",
    "防ぐ",
    "防止",
    "回避",
    "上昇",
    "得る",
    "回復",
    "引き上げる",
    "戻す",
    "増す",
    "早める",
    "早期化",
    "前倒し",
    "入賞",
    "独り立ち",
    "ひとり立ち",
    "合格",
    "戦力化",
    "黒字転換",
    "済む",
    "引き上げ",
    "引き下げ",
    "引き下げる",
    "竣工",
    "完工",
    "継続",
    "完了",
    "早まる",
    "縮まる",
    "高まる",
    // 「12社と取引を再開」: what was stopped started again — the count is of outcomes.
    "再開",
    // 「予算内に収め」「原価を3.5%下回って」「月商300万円の売場に成長」: a level kept or reached is
    // the outcome (the mirror of 上回る, 超える). Not 確保: 「30分を相談の時間として確保」 is an act.
    "収める",
    "下回る",
    "成長",
];

/// Outcomes of people the seeker trained or led, when a count of them is the subject
/// (「登用した3名が、その後店長に昇格」「新人2名が独り立ち」): the count is the result. Not outcomes
/// by themselves: 「主任に昇格」 of the seeker is a career fact.
pub const OUTCOME_FOR_PEOPLE: &[&str] =
    &["昇格", "昇進", "独り立ち", "ひとり立ち", "戦力化", "合格"];

/// Nouns that name an outcome inside a noun phrase (120万円のコスト削減).
pub const OUTCOME_NOUN: &[&str] = &[
    "削減",
    "短縮",
    "向上",
    "増加",
    "改善",
    "低減",
    "減少",
    "拡大",
    "増収",
    "増益",
    "圧縮",
    "効率化",
    "節約",
    "アップ",
    "ダウン",
    "カット",
    "売上",
    "利益",
    "受注",
    "契約",
    "成約",
];

/// What presses on the work when it rises or shrinks (「仕入れ値が上がる中で」「工期が縮まる中で」):
/// prices and costs, and the time allowed. Matched at the end of the noun before が.
pub const PRESSED_NOUNS: &[&str] = &[
    "価格",
    "値",
    "費",
    "コスト",
    "単価",
    "原価",
    "相場",
    "料金",
    "工期",
    "納期",
    "期間",
    "期限",
];

/// The changes that press (base forms; 上がり続ける is read as 上がる).
pub const PRESSING_CHANGE: &[&str] = &[
    "上がる",
    "上昇",
    "高騰",
    "値上がり",
    "膨らむ",
    "増える",
    "増加",
    "縮まる",
    "短縮",
    "迫る",
];

/// Situations, not acts: existence, time passing, things happening by themselves.
pub const STATE: &[&str] = &[
    // Receiving (「感謝の言葉をいただいた」) is what others gave, not the seeker's act.
    "いただく",
    "頂く",
    "もらう",
    "賜る",
    // A promotion is a career fact or the outcome of people the seeker trained
    // (OUTCOME_FOR_PEOPLE), never the seeker's act.
    "昇格",
    "昇進",
    "ある",
    "いる",
    "なる",
    "かかる",
    "続く",
    "起きる",
    "起こる",
    "生じる",
    "発生",
    "多発",
    "頻発",
    "遅れる",
    "滞る",
    "不足",
    "分かれる",
    "残る",
    "手間取る",
    "困る",
    "悩む",
    "混乱",
    "集中",
    "偏る",
    "属人化",
    "形骸化",
    "煩雑化",
    "長期化",
    "複雑化",
    "老朽化",
    "散在",
    "重なる",
    "追う",
    "追われる",
    "埋もれる",
    "見える",
    "思う",
    "考える",
    "感じる",
    "できる",
    "わかる",
    "分かる",
    "異なる",
    "違う",
    "伴う",
    "よる",
    "低迷",
    "停滞",
    "伸び悩む",
    "低下",
    "悪化",
    "急増",
    "増大",
    "頼る",
    "依存",
    "使う",
    "止まる",
    "する",
    "向ける",
    "対する",
    "関する",
    "基づく",
    "通じる",
    "おける",
    "際する",
    "わたる",
    "沿う",
    "含む",
    "相次ぐ",
    "落ち込む",
    "出る",
    "受ける",
    "超える",
];

/// Effort without a concrete act: a recruiter cannot see what was done.
pub const EFFORT: &[&str] = &[
    "努める",
    "心がける",
    "心掛ける",
    "意識",
    "励む",
    "尽力",
    "邁進",
    "取り組む",
    "頑張る",
    "専念",
    "注力",
    "努力",
    "精進",
    "牽引",
    // Learning (「施工図の作成を学んだ」) is the seeker's growth, not an act on the work.
    "学ぶ",
];

/// Nouns and adjective stems that describe a difficulty (the 課題 of an achievement).
pub const TROUBLE: &[&str] = &[
    "ミス",
    "誤り",
    "漏れ",
    "抜け",
    "遅れ",
    "遅延",
    "不足",
    "減少",
    "低下",
    "悪化",
    "増加",
    "急増",
    "多発",
    "頻発",
    "属人",
    "属人化",
    "手間",
    "負担",
    "残業",
    "長時間",
    "非効率",
    "煩雑",
    "複雑",
    "二重",
    "重複",
    "行き違い",
    "ばらつき",
    "ばらばら",
    "バラバラ",
    "停滞",
    "滞留",
    "離職",
    "クレーム",
    "苦情",
    "トラブル",
    "事故",
    "不良",
    "ロス",
    "廃棄",
    "欠品",
    "赤字",
    "前年割れ",
    "割れ",
    "課題",
    "問題",
    "懸念",
    "混乱",
    "散在",
    "分散",
    "手作業",
    "手書き",
    "老朽",
    "未整備",
    "不明確",
    "不在",
    "形骸化",
    "人手",
    "待ち",
    "停止",
    "困難",
    "無駄",
    "低迷",
    "伸び悩み",
    "不満",
    "不便",
    "不安定",
    "リスク",
    "逼迫",
    "ひっ迫",
    "ボトルネック",
    "過多",
    "過剰",
    "超過",
    "紛失",
    "誤配",
    "誤送",
    "未回収",
    "延滞",
    "解約",
    "流出",
    "退職",
    "欠員",
    "競合",
    "縮小",
    "撤退",
    "閉鎖",
    "値上げ",
    "高騰",
    "コロナ",
    "改正",
    "変更",
    "拡大",
    "急拡大",
    "新設",
    "増員",
    "繁忙",
    "要望",
    "指摘",
    "要請",
    "声",
];

/// Adjectives that describe a bad situation when they are the predicate of a cause clause.
pub const TROUBLE_ADJ: &[&str] = &[
    "多い",
    "少ない",
    "長い",
    "遅い",
    "高い",
    "低い",
    "古い",
    "難しい",
    "悪い",
    "煩わしい",
    "大きい",
    "弱い",
];

/// Words that introduce the explicit 課題 of an achievement.
pub const PROBLEM_NOUN: &[&str] = &[
    "課題",
    "問題",
    "懸念",
    "リスク",
    "悩み",
    "ボトルネック",
    "弱み",
    "背景",
];

/// Aims: 「〜防止のため」「〜削減のため」 names what the act is for, not a cause (SPEC: a purpose
/// clause is no problem), even when a trouble word (事故, 離職) stands before it.
pub const PURPOSE_NOUN: &[&str] = &[
    "防止",
    "予防",
    "対策",
    "削減",
    "低減",
    "短縮",
    "向上",
    "改善",
    "解消",
    "効率化",
    "強化",
    "定着",
    "促進",
    "確保",
    "撲滅",
    "抑制",
];

/// Markers after a noun that make it a cause: 〜の減少により, 〜を受けて, 〜に伴い.
pub const CAUSE_AFTER_NOUN: &[&str] = &[
    "により",
    "によって",
    "による",
    "を受け",
    "に伴い",
    "に伴っ",
    "のため",
    "が原因",
];

/// Change and creation nouns: in a noun ending (体言止め) they report an act, not a duty
/// (「マニュアルを改訂。」「RPAを導入。」); any other noun ending names a duty (「都内を中心に乗務。」).
pub const CHANGE: &[&str] = &[
    "導入",
    "改訂",
    "改定",
    "刷新",
    "見直し",
    "提案",
    "構築",
    "再構築",
    "立ち上げ",
    "整備",
    "標準化",
    "統一",
    "移行",
    "切り替え",
    "切替",
    "企画",
    "開発",
    "設計",
    "再設計",
    "新設",
    "開設",
    "策定",
    "考案",
    "発案",
    "廃止",
    "統合",
    "集約",
    "変更",
    "追加",
    "改修",
    "改良",
    "改革",
    "改編",
    "確立",
    "創設",
    "起案",
    "作成",
    "制作",
    "作製",
    "設置",
    "発足",
    "転換",
    "交渉",
    "分析",
    "調査",
    "導出",
    "試作",
    "実装",
    "整理",
    "再編",
];

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// All trouble words of two or more characters, searched at once in a clause's text.
pub static TROUBLE_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(TROUBLE.iter().filter(|t| t.chars().count() >= 2)).expect("valid patterns")
});

/// Old media of work (「紙の申請書で行っていた依頼を」「FAXで受けていた注文を」): reported in a past
/// modifier, they name the state a change replaced, which the labels and advisers read as the
/// problem. Only there (see `states_trouble`): 「FAXで注文を受け、入力した」 is a duty.
/// Outcomes that claim a share in something without saying what changed (「売上の向上に貢献」).
pub const VAGUE_OUTCOME: &[&str] = &["貢献", "寄与", "役立つ", "つながる", "繋がる"];

/// Outcomes of a trouble going away (base forms): the clause that ends in one reports a result.
pub const GONE: &[&str] = &[
    "なくなる",
    "無くなる",
    "消える",
    "解消",
    "減る",
    "減少",
    "ゼロ",
];

/// Verbs that replace a way of working (base forms): 「〜ていたのを、…に変えた」 names the old way.
pub const REPLACE_OLD: &[&str] = &[
    "変える",
    "改める",
    "切り替える",
    "切替える",
    "置き換える",
    "替える",
    "移す",
    "移行",
    "一本化",
    "統一",
    "集約",
    "見直す",
    "廃止",
    "やめる",
    "止める",
    "刷新",
    "まとめる",
    "自動化",
    "電子化",
    "システム化",
];

/// How things were when the seeker came (入社当時, 従来は): a line opened by one of these and
/// holding no act tells the old situation.
pub const BEFORE_FRAME: &[&str] = &[
    "入社当時",
    "入社当初",
    "入社時",
    "入職当時",
    "入職当初",
    "入職時",
    "着任当時",
    "着任当初",
    "着任時",
    "配属当時",
    "配属当初",
    "配属時",
    "異動当初",
    "就任当時",
    "就任当初",
    "以前は",
    "従来は",
    "かつては",
    "当時は",
    "それまでは",
    "これまでは",
];

pub const OLD_MEDIUM: &[&str] = &["紙", "FAX", "ファクス", "ファックス", "口頭", "手入力"];

/// The problem nouns, searched at once before each is looked at in place.
pub static PROBLEM_NOUN_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(PROBLEM_NOUN).expect("valid patterns"));

/// The words of [`TROUBLE_PRED`] that are found inside a text as written (two or more
/// characters, not ending in a dictionary-form kana: 属人化, 滞っ), searched at once.
pub static TROUBLE_PRED_IN_TEXT: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(
        TROUBLE_PRED
            .iter()
            .filter(|p| p.chars().count() >= 2 && !p.ends_with(['る', 'う', 'む', 'す', 'く'])),
    )
    .expect("valid patterns")
});

/// The words of [`RESOLVE_SELF`], searched at once before each is looked at in place.
pub static RESOLVE_SELF_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(RESOLVE_SELF).expect("valid patterns"));

/// The words of [`RECURRING`], searched at once in a clause's text.
pub static RECURRING_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(RECURRING).expect("valid patterns"));

/// Predicates that describe a state of trouble when they modify a noun or report a
/// situation: 「属人化していた請求チェック」「紙とメールに分かれていた受注の流れ」「滞っていた回収」
/// 「売上が落ち込んでいた店舗」. Base forms (サ変 nouns as their noun). Source: the problem
/// definition of SPEC.md (…が属人化し, …が続く中で) and the layouts of issue 13.
pub const TROUBLE_PRED: &[&str] = &[
    "超える",
    "減る",
    "苦労",
    "違う",
    "異なる",
    "割れる",
    "滞る",
    "分かれる",
    "分断",
    "散在",
    "乱立",
    "混在",
    "重複",
    "属人化",
    "形骸化",
    "煩雑化",
    "複雑化",
    "長期化",
    "老朽化",
    "遅れる",
    "落ち込む",
    // 客数が落ち / 売上が落ちた: a drop, as 落ち込む.
    "落ちる",
    "伸び悩む",
    "低迷",
    "停滞",
    "悪化",
    "低下",
    "多発",
    "頻発",
    "急増",
    "増大",
    "膨らむ",
    "溜まる",
    "たまる",
    "偏る",
    "依存",
    "頼る",
    "手間取る",
    "埋もれる",
    "途切れる",
    "滞留",
    "不足",
    "欠ける",
    "漏れる",
    "崩れる",
    "混乱",
    "孤立",
    "放置",
    "遅延",
    "逼迫",
    "かさむ",
    "嵩む",
    "相次ぐ",
    "限る",
    "追う",
    "追われる",
    "困る",
    "悩む",
    "苦戦",
    "減少",
    "離れる",
    "離職",
    "赤字",
    // A market or demand that cooled (市場が冷え込む下で): a downturn the seeker worked under.
    "冷え込む",
];

/// Trouble words that are changes rather than troubles when they modify a noun (新設された
/// 部署, 拡大した事業): they make a cause (〜の新設に伴い) but not a troubled object.
pub const NEUTRAL_IN_MODIFIER: &[&str] = &[
    "新設",
    "増員",
    "拡大",
    "急拡大",
    "変更",
    "改正",
    "要望",
    "指摘",
    "要請",
    "声",
    "競合",
];

/// Resolution predicates: their object names the problem when it holds a trouble word
/// (「二重入力を解消」「ばらつきを是正」「遅れを立て直し」).
pub const RESOLVE: &[&str] = &[
    "なくす",
    "無くす",
    "解消",
    "是正",
    "解決",
    "立て直す",
    "立て直し",
    "再設計",
    "標準化",
    "改める",
    "打開",
    "払拭",
    "脱却",
    "一掃",
    "再建",
    "正常化",
    "平準化",
    "可視化",
    "一本化",
    "撤廃",
];

/// What follows an explicit problem noun (課題, 問題) when it frames the action:
/// 「〜の課題に対し」「〜という問題を解決するため」.
pub const PROBLEM_FRAME_AFTER: &[&str] = &[
    "に対し",
    "に対処",
    "に対応",
    "を解決",
    "の解決",
    "解決",
    "を踏まえ",
    "を受け",
    "を解消",
    "の解消",
    "を改善",
    "の改善",
];

/// Performance figures named right before their number (「新規開拓15社」「新規売上4,200万円」
/// 「販売台数 年間82台」「転職決定人数 42名」): the number is what the seeker achieved, even with no
/// verb. Scale nouns (担当顧客数, 従業員数, 予算) are not here.
pub const OUTCOME_METRIC: &[&str] = &[
    // 「新規12社と契約」「新規15社」: new clients counted.
    "新規",
    "新規開拓",
    "開拓",
    "新規獲得",
    "獲得",
    "獲得数",
    "新規売上",
    "個人売上",
    "売上実績",
    "受注",
    "受注額",
    "受注件数",
    "成約",
    "成約数",
    "成約件数",
    "契約件数",
    "新規契約",
    "販売台数",
    "販売実績",
    "決定人数",
    "決定数",
    "入賞",
    "表彰",
    "粗利",
    "達成率",
];

/// Change nouns that report an act on the seeker's initiative even in a bare noun ending with
/// no を (「規程の改定」「訓練の企画」「手順書の整備」). Routine making (作成, 整理, 分析) is not here:
/// 「請求書の作成」 is a duty.
pub const INITIATIVE: &[&str] = &[
    "改定",
    "改訂",
    "刷新",
    "導入",
    "策定",
    "立ち上げ",
    "企画",
    "新設",
    "構築",
    "再構築",
    "標準化",
    "自動化",
    "整備",
    "見直し",
    "提案",
    "考案",
    "一本化",
    "効率化",
];

/// Resolution verbs that name a trouble by themselves: what is 立て直し-ed or 是正-d was in
/// trouble (「■安城駅前店の立て直し」).
pub const RESOLVE_SELF: &[&str] = &["立て直す", "立て直し", "再建", "打開", "是正", "脱却"];

/// Clean records written right after a period (「17年間無事故・無違反」「3年連続無遅刻無欠勤」): keeping
/// the record for that long is the measured outcome, the period its number.
pub const CLEAN_RECORD: &[&str] = &[
    "無事故",
    "無違反",
    "無災害",
    "無遅刻",
    "無欠勤",
    "無遅刻無欠勤",
    "無クレーム",
    "ノーミス",
    "ミスゼロ",
    "事故ゼロ",
];

/// Fixed intervals of routine work (「月次の集計表を作成」「毎月の請求書を発行」): what is made at such
/// an interval is the job itself, not a change the seeker brought.
pub const RECURRING: &[&str] = &[
    "月次",
    "毎月",
    "日次",
    "毎日",
    "週次",
    "毎週",
    "定期的",
    "日々の",
];
