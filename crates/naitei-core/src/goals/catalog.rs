//! The knowledge behind `naitei goals`, as data: metrics (what to count, how to take a baseline
//! this week, a realistic improvement band, a time frame), the typical actions that move them, and
//! a table of common duties by job family → metrics and actions.
//!
//! Sources and rationale:
//! - The metric families (処理時間, ミス件数, リードタイム, コスト, 売上, 件数) and actions
//!   (チェックリスト化, テンプレート化, 電子化, マクロ/RPA/生成AI での自動化, 手順の標準化) are those named
//!   in issue #9 and in REFERENCE.md §2 ("at least one quantified result (前年比, 計画比, %, 円, 時間,
//!   件)"); the duty keywords are the words job seekers write in 職務経歴書 for each job family.
//! - The improvement bands are naitei's own conservative rules of thumb for a first improvement
//!   by one person in about three months (a checklist or double check removes most repeated
//!   mistakes; a template or macro removes a part of the handling time, not all of it; sales and
//!   counts move slowly). They are not survey figures: the output shows them as a band and says
//!   that the baseline the seeker measures decides the real target.
//! - Deadlines: 8–13 weeks, so that a seeker who stays "a few months" (issue #9) has a result to
//!   write before applying.

use serde::Serialize;

/// Job families of the duty table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Office,
    Accounting,
    HrGa,
    Sales,
    Logistics,
    Manufacturing,
    Retail,
    Care,
    CallCenter,
    It,
    /// Fallback for duties the table does not know.
    General,
}

impl Family {
    pub const ALL: [Family; 10] = [
        Family::Office,
        Family::Accounting,
        Family::HrGa,
        Family::Sales,
        Family::Logistics,
        Family::Manufacturing,
        Family::Retail,
        Family::Care,
        Family::CallCenter,
        Family::It,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Family::Office => "事務",
            Family::Accounting => "経理",
            Family::HrGa => "人事・総務",
            Family::Sales => "営業",
            Family::Logistics => "物流・倉庫",
            Family::Manufacturing => "製造",
            Family::Retail => "販売・店舗",
            Family::Care => "介護",
            Family::CallCenter => "コールセンター",
            Family::It => "IT",
            Family::General => "共通",
        }
    }
}

/// Whether the metric should go down (time, mistakes, cost) or up (sales, counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Down,
    Up,
}

/// How a value of the metric is written (the unit and its period).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// 1件30分
    MinutesPerCase,
    /// 月20時間
    HoursPerMonth,
    /// 月8件
    CasesPerMonth,
    /// 1日120件
    CasesPerDay,
    /// 1日300個
    PiecesPerDay,
    /// 3日
    Days,
    /// 4時間
    Hours,
    /// 月50万円
    ManYenPerMonth,
    /// 3%
    Percent,
}

impl Unit {
    /// The value written with its unit, as in a résumé line.
    pub fn text(self, v: f64) -> String {
        let n = number_text(v);
        match self {
            Unit::MinutesPerCase => format!("1件{n}分"),
            Unit::HoursPerMonth => format!("月{n}時間"),
            Unit::CasesPerMonth => format!("月{n}件"),
            Unit::CasesPerDay => format!("1日{n}件"),
            Unit::PiecesPerDay => format!("1日{n}個"),
            Unit::Days => format!("{n}日"),
            Unit::Hours => format!("{n}時間"),
            Unit::ManYenPerMonth => format!("月{n}万円"),
            Unit::Percent => format!("{n}%"),
        }
    }

    /// Short unit label for tables (分/件, 件/月 …).
    pub fn label(self) -> &'static str {
        match self {
            Unit::MinutesPerCase => "分/件",
            Unit::HoursPerMonth => "時間/月",
            Unit::CasesPerMonth => "件/月",
            Unit::CasesPerDay => "件/日",
            Unit::PiecesPerDay => "個/日",
            Unit::Days => "日",
            Unit::Hours => "時間",
            Unit::ManYenPerMonth => "万円/月",
            Unit::Percent => "%",
        }
    }

    pub fn from_label(label: &str) -> Option<Unit> {
        ALL_UNITS.iter().copied().find(|u| u.label() == label)
    }
}

const ALL_UNITS: [Unit; 9] = [
    Unit::MinutesPerCase,
    Unit::HoursPerMonth,
    Unit::CasesPerMonth,
    Unit::CasesPerDay,
    Unit::PiecesPerDay,
    Unit::Days,
    Unit::Hours,
    Unit::ManYenPerMonth,
    Unit::Percent,
];

/// A number without a needless fraction: 8, 12.5, 0.3.
pub fn number_text(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A kind of measurable result.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Metric {
    pub id: &'static str,
    /// The metric family shown to the user (処理時間, ミス件数 …).
    pub label: &'static str,
    pub unit: Unit,
    pub direction: Direction,
    /// How to take the baseline this week.
    pub baseline_method: &'static str,
    /// Realistic change from the baseline, in percent of it (low, high).
    pub improvement: (u32, u32),
    /// A typical baseline, only to illustrate the band in the target text.
    pub example_baseline: f64,
    /// Weeks from today to the deadline.
    pub weeks: i64,
    /// The clause of the drafted achievement that states the situation, `{what}` and `{value}`
    /// filled in; it ends before 「ため」.
    pub situation: &'static str,
    /// What the result clause calls the metric (処理時間を…).
    pub short: &'static str,
    /// The verb of the result clause (短縮した, 削減した, 伸ばした …).
    pub verb: &'static str,
}

pub const METRICS: &[Metric] = &[
    Metric {
        id: "time",
        label: "処理時間",
        unit: Unit::MinutesPerCase,
        direction: Direction::Down,
        baseline_method: "今週、1件ごとに始めと終わりの時刻をメモし、5件以上の平均（分）を出す",
        improvement: (30, 50),
        example_baseline: 30.0,
        weeks: 8,
        situation: "{what}に{value}かかっていた",
        short: "処理時間",
        verb: "短縮した",
    },
    Metric {
        id: "hours",
        label: "作業時間",
        unit: Unit::HoursPerMonth,
        direction: Direction::Down,
        baseline_method: "今週の作業時間を毎日記録し、週の合計を4倍して月の時間にする",
        improvement: (20, 40),
        example_baseline: 20.0,
        weeks: 8,
        situation: "{what}に{value}かかっていた",
        short: "作業時間",
        verb: "削減した",
    },
    Metric {
        id: "errors",
        label: "ミス件数",
        unit: Unit::CasesPerMonth,
        direction: Direction::Down,
        baseline_method: "過去1か月の差し戻し・訂正・指摘の件数を履歴やメールから数え、今週からは起きるたびに記録する",
        improvement: (50, 80),
        example_baseline: 10.0,
        weeks: 12,
        situation: "{what}が{value}発生していた",
        short: "発生件数",
        verb: "削減した",
    },
    Metric {
        id: "lead",
        label: "リードタイム",
        unit: Unit::Days,
        direction: Direction::Down,
        baseline_method: "今週から始まる案件の受付日と完了日を記録し、過去1か月分も記録から拾って平均日数を出す",
        improvement: (20, 40),
        example_baseline: 5.0,
        weeks: 12,
        situation: "{what}に{value}かかっていた",
        short: "所要日数",
        verb: "短縮した",
    },
    Metric {
        id: "response",
        label: "リードタイム",
        unit: Unit::Hours,
        direction: Direction::Down,
        baseline_method: "今週の受付時刻と回答時刻を記録し、平均の時間を出す",
        improvement: (30, 50),
        example_baseline: 8.0,
        weeks: 8,
        situation: "{what}に{value}かかっていた",
        short: "所要時間",
        verb: "短縮した",
    },
    Metric {
        id: "cost",
        label: "コスト",
        unit: Unit::ManYenPerMonth,
        direction: Direction::Down,
        baseline_method: "直近3か月の請求書・購入履歴から月平均の金額（万円）を出す",
        improvement: (10, 20),
        example_baseline: 50.0,
        weeks: 13,
        situation: "{what}が{value}発生していた",
        short: "費用",
        verb: "削減した",
    },
    Metric {
        id: "sales",
        label: "売上",
        unit: Unit::ManYenPerMonth,
        direction: Direction::Up,
        baseline_method: "直近3か月の売上実績（担当分）から月平均（万円）を出し、前年同月とも比べる",
        improvement: (5, 15),
        example_baseline: 300.0,
        weeks: 13,
        situation: "{what}が{value}で伸び悩んでいた",
        short: "売上",
        verb: "伸ばした",
    },
    Metric {
        id: "throughput",
        label: "件数",
        unit: Unit::CasesPerDay,
        direction: Direction::Up,
        baseline_method: "今週5日間、1日に処理した件数を終業時に記録し、平均を出す",
        improvement: (10, 30),
        example_baseline: 100.0,
        weeks: 8,
        situation: "{what}が{value}にとどまっていた",
        short: "処理件数",
        verb: "増やした",
    },
    Metric {
        id: "pieces",
        label: "件数",
        unit: Unit::PiecesPerDay,
        direction: Direction::Up,
        baseline_method: "今週5日間、1日の生産数（良品）を日報から拾い、平均を出す",
        improvement: (5, 15),
        example_baseline: 300.0,
        weeks: 12,
        situation: "{what}が{value}にとどまっていた",
        short: "生産数",
        verb: "増やした",
    },
    Metric {
        id: "count",
        label: "件数",
        unit: Unit::CasesPerMonth,
        direction: Direction::Up,
        baseline_method: "直近3か月の実績を記録から数え、月平均の件数を出す",
        improvement: (10, 30),
        example_baseline: 10.0,
        weeks: 13,
        situation: "{what}が{value}にとどまっていた",
        short: "件数",
        verb: "増やした",
    },
    Metric {
        id: "defect-rate",
        label: "不良率",
        unit: Unit::Percent,
        direction: Direction::Down,
        baseline_method: "今週の検査記録から、不良数 ÷ 生産数（%）を出す",
        improvement: (30, 50),
        example_baseline: 3.0,
        weeks: 13,
        situation: "{what}が{value}に上っていた",
        short: "不良率",
        verb: "低減した",
    },
    Metric {
        id: "resolution-rate",
        label: "一次解決率",
        unit: Unit::Percent,
        direction: Direction::Up,
        baseline_method: "今週の対応記録から、その場で解決した件数 ÷ 全件数（%）を出す",
        improvement: (10, 20),
        example_baseline: 60.0,
        weeks: 12,
        situation: "{what}が{value}にとどまっていた",
        short: "一次解決率",
        verb: "向上させた",
    },
];

/// A typical action that moves a metric.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Action {
    pub id: &'static str,
    /// The action family shown to the user (チェックリスト化 …).
    pub label: &'static str,
    /// What to do, in one sentence.
    pub how: &'static str,
    /// The action clause of the drafted achievement (連用形, followed by 「、」).
    pub phrase: &'static str,
}

pub const ACTIONS: &[Action] = &[
    Action {
        id: "checklist",
        label: "チェックリスト化",
        how: "ミスが起きた箇所を確認項目にして1枚のチェックリストにまとめ、提出前に必ず使う",
        phrase: "確認項目をチェックリストにまとめて運用し",
    },
    Action {
        id: "double-check",
        label: "手順の標準化",
        how: "ミスの多い工程だけに、別の人が確認するダブルチェックの手順を決める",
        phrase: "ダブルチェックの手順を導入し",
    },
    Action {
        id: "template",
        label: "テンプレート化",
        how: "よく使う書式と文面をテンプレートにし、入力する欄だけを埋めれば済むようにする",
        phrase: "書式と文面のテンプレートを整備し",
    },
    Action {
        id: "digitize",
        label: "電子化",
        how: "紙の書類をスキャンまたは電子の様式に置き換え、共有フォルダで検索できるようにする",
        phrase: "紙の書類を電子化し",
    },
    Action {
        id: "macro",
        label: "マクロでの自動化",
        how: "毎回同じ手順の集計や転記を Excel のマクロ（関数）にする",
        phrase: "Excelマクロで集計と転記を自動化し",
    },
    Action {
        id: "rpa",
        label: "RPAでの自動化",
        how: "システム間の定型の入力を RPA ツールに任せ、人は確認だけをする",
        phrase: "RPAで定型の入力を自動化し",
    },
    Action {
        id: "genai",
        label: "生成AIでの自動化",
        how: "文面の下書きを生成AIで作り、人が確認して仕上げる手順にする（個人情報は入れない）",
        phrase: "生成AIで下書きを作る手順を導入し",
    },
    Action {
        id: "standardize",
        label: "手順の標準化",
        how: "人によって違う手順を一つに決め、手順書にして共有する",
        phrase: "手順書を作成して作業手順を標準化し",
    },
    Action {
        id: "faq",
        label: "テンプレート化",
        how: "よくある質問と回答をFAQにまとめ、回答の文面をそろえる",
        phrase: "よくある質問と回答をFAQにまとめて共有し",
    },
    Action {
        id: "calendar",
        label: "手順の標準化",
        how: "日程調整を共有カレンダーと決まった文面に一本化し、往復の連絡を減らす",
        phrase: "日程調整を共有カレンダーに一本化し",
    },
    Action {
        id: "layout",
        label: "手順の標準化",
        how: "よく出る物を出荷口の近くに置き、ロケーション表示を見直して歩く距離を減らす",
        phrase: "保管場所の配置とロケーション表示を見直し",
    },
    Action {
        id: "barcode",
        label: "電子化",
        how: "手書きの記録をバーコード（ハンディ端末）での読み取りに置き換える",
        phrase: "バーコードでの読み取りを導入し",
    },
    Action {
        id: "route",
        label: "手順の標準化",
        how: "配送ルートと積み合わせを見直し、便数と距離を減らす",
        phrase: "配送ルートと積み合わせを見直し",
    },
    Action {
        id: "setup",
        label: "手順の標準化",
        how: "段取り替えの作業を、機械を止める前にできる準備と止めてからの作業に分け、準備を先に済ませる",
        phrase: "段取り替えの手順を見直し",
    },
    Action {
        id: "preventive",
        label: "チェックリスト化",
        how: "故障の前ぶれを点検表にして毎日確認し、部品を壊れる前に替える",
        phrase: "点検表を作成して予防保全を始め",
    },
    Action {
        id: "target-list",
        label: "テンプレート化",
        how: "見込み客を業種・規模で絞ったリストにし、優先度の高い順に連絡する",
        phrase: "見込み客のリストを作成して優先順位を付け",
    },
    Action {
        id: "proposal",
        label: "テンプレート化",
        how: "提案書のひな形と事例集を作り、顧客ごとに変える部分だけを書く",
        phrase: "提案書のひな形と事例集を作成し",
    },
    Action {
        id: "followup",
        label: "手順の標準化",
        how: "既存顧客への定期連絡の予定表を作り、訪問と追加提案の間隔をそろえる",
        phrase: "既存顧客への定期連絡の予定表を作成し",
    },
    Action {
        id: "script",
        label: "テンプレート化",
        how: "トークスクリプトを、うまくいった通話の言い回しで書き直す",
        phrase: "トークスクリプトを改訂し",
    },
    Action {
        id: "display",
        label: "手順の標準化",
        how: "売れ筋を目線の高さに置き、POPと陳列を週ごとに見直す",
        phrase: "売場の陳列とPOPを見直し",
    },
    Action {
        id: "upsell",
        label: "テンプレート化",
        how: "一緒に買われる商品の声かけの言葉を決め、全員で使う",
        phrase: "おすすめ商品の声かけの手順を作成し",
    },
    Action {
        id: "ordering",
        label: "テンプレート化",
        how: "過去の販売・使用量から発注量の目安表を作り、勘に頼る発注をやめる",
        phrase: "過去の実績から発注量の目安表を作成し",
    },
    Action {
        id: "shift",
        label: "テンプレート化",
        how: "希望の集め方とシフト表の作り方を決まった様式にする",
        phrase: "シフト表の様式と作成ルールを見直し",
    },
    Action {
        id: "handoff",
        label: "手順の標準化",
        how: "申し送りの様式を統一し、伝える項目を決める",
        phrase: "申し送りの様式を統一し",
    },
    Action {
        id: "knowledge",
        label: "手順の標準化",
        how: "対応の履歴と解決方法をナレッジとして記録し、検索できるようにする",
        phrase: "対応履歴をナレッジとして整備し",
    },
    Action {
        id: "test-automation",
        label: "RPAでの自動化",
        how: "繰り返す確認を自動テストにし、変更のたびに自動で流す",
        phrase: "回帰テストを自動化し",
    },
    Action {
        id: "monitoring",
        label: "手順の標準化",
        how: "監視の設定と障害対応の手順書を見直し、前ぶれの段階で気づけるようにする",
        phrase: "監視設定と障害対応の手順書を見直し",
    },
    Action {
        id: "script-auto",
        label: "マクロでの自動化",
        how: "繰り返す設定作業をスクリプトにして自動化する",
        phrase: "設定作業をスクリプトで自動化し",
    },
];

/// One goal a duty suggests: the metric, what exactly is measured, and the action.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct GoalSpec {
    pub metric: &'static str,
    /// The thing measured, as it reads in the drafted achievement (請求書の記載ミス).
    pub what: &'static str,
    pub action: &'static str,
}

/// A common duty of a job family, recognised by its keywords.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct DutyEntry {
    pub id: &'static str,
    pub family: Family,
    /// The duty in a few words (請求書の発行).
    pub duty: &'static str,
    /// Base forms of nouns or noun compounds (as IPADIC cuts them, joined) that name the duty.
    pub keywords: &'static [&'static str],
    pub goals: &'static [GoalSpec],
}

const fn g(metric: &'static str, what: &'static str, action: &'static str) -> GoalSpec {
    GoalSpec {
        metric,
        what,
        action,
    }
}

pub const DUTIES: &[DutyEntry] = &[
    // 事務
    DutyEntry {
        id: "office-data-entry",
        family: Family::Office,
        duty: "データ入力",
        keywords: &[
            "データ入力",
            "入力",
            "転記",
            "受注データ",
            "打ち込み",
            "データ",
        ],
        goals: &[
            g("errors", "入力ミス", "double-check"),
            g("time", "データ入力", "template"),
            g("hours", "データ入力の作業", "rpa"),
        ],
    },
    DutyEntry {
        id: "office-documents",
        family: Family::Office,
        duty: "書類の作成・管理",
        keywords: &[
            "書類",
            "文書",
            "ファイリング",
            "保管",
            "資料作成",
            "資料",
            "議事録",
            "契約書",
        ],
        goals: &[
            g("time", "書類の作成", "template"),
            g("hours", "書類の検索と保管の作業", "digitize"),
            g("errors", "書類の不備", "checklist"),
        ],
    },
    DutyEntry {
        id: "office-reception",
        family: Family::Office,
        duty: "電話・来客対応",
        keywords: &[
            "電話応対",
            "電話対応",
            "電話",
            "来客",
            "来客対応",
            "受付",
            "取次",
            "取り次ぎ",
        ],
        goals: &[
            g("errors", "電話の取り次ぎミス", "template"),
            g("response", "折り返しの連絡", "standardize"),
        ],
    },
    DutyEntry {
        id: "office-scheduling",
        family: Family::Office,
        duty: "スケジュール調整",
        keywords: &["スケジュール", "スケジュール調整", "日程調整", "日程"],
        goals: &[
            g("time", "日程調整", "calendar"),
            g("errors", "日程の重複や連絡漏れ", "checklist"),
        ],
    },
    DutyEntry {
        id: "office-orders",
        family: Family::Office,
        duty: "受発注業務",
        keywords: &["受発注", "受注", "受注処理", "注文", "出荷指示"],
        goals: &[
            g("errors", "受発注の入力ミス", "double-check"),
            g("time", "受注処理", "template"),
            g("lead", "受注から出荷指示まで", "standardize"),
        ],
    },
    DutyEntry {
        id: "office-quotes",
        family: Family::Office,
        duty: "見積書の作成",
        keywords: &["見積書", "見積", "見積もり"],
        goals: &[
            g("time", "見積書の作成", "template"),
            g("lead", "見積の依頼から提出まで", "standardize"),
            g("errors", "見積書の記載ミス", "checklist"),
        ],
    },
    // 経理
    DutyEntry {
        id: "acct-invoice",
        family: Family::Accounting,
        duty: "請求書の発行",
        keywords: &["請求書", "請求", "請求書発行", "請求業務"],
        goals: &[
            g("errors", "請求書の記載ミス", "checklist"),
            g("time", "請求書の作成", "template"),
            g("hours", "請求書の発行と送付の作業", "digitize"),
        ],
    },
    DutyEntry {
        id: "acct-receivables",
        family: Family::Accounting,
        duty: "入金管理",
        keywords: &[
            "入金",
            "入金確認",
            "入金管理",
            "売掛金",
            "消込",
            "債権",
            "債権管理",
        ],
        goals: &[
            g("hours", "入金消込の作業", "macro"),
            g("errors", "入金の照合ミス", "checklist"),
        ],
    },
    DutyEntry {
        id: "acct-expenses",
        family: Family::Accounting,
        duty: "経費精算",
        keywords: &["経費精算", "経費", "精算", "立替", "交通費"],
        goals: &[
            g("errors", "経費精算の差し戻し", "template"),
            g("time", "経費精算の確認", "standardize"),
            g("hours", "経費精算の作業", "digitize"),
        ],
    },
    DutyEntry {
        id: "acct-closing",
        family: Family::Accounting,
        duty: "月次決算・仕訳",
        keywords: &["決算", "月次決算", "仕訳", "記帳", "帳簿", "月次", "会計"],
        goals: &[
            g("lead", "月次決算の締め", "standardize"),
            g("errors", "仕訳の修正", "checklist"),
            g("hours", "仕訳入力の作業", "macro"),
        ],
    },
    DutyEntry {
        id: "acct-payments",
        family: Family::Accounting,
        duty: "支払業務",
        keywords: &["支払", "支払い", "振込", "買掛金", "支払業務"],
        goals: &[
            g("errors", "振込の誤り", "double-check"),
            g("hours", "支払業務の作業", "rpa"),
        ],
    },
    // 人事・総務
    DutyEntry {
        id: "hr-recruiting",
        family: Family::HrGa,
        duty: "採用業務",
        keywords: &[
            "採用",
            "面接",
            "応募者",
            "求人",
            "採用活動",
            "新卒採用",
            "中途採用",
        ],
        goals: &[
            g("lead", "応募から面接まで", "calendar"),
            g("count", "求人への応募", "template"),
            g("cost", "採用広告費", "standardize"),
        ],
    },
    DutyEntry {
        id: "hr-onboarding",
        family: Family::HrGa,
        duty: "入退社・社会保険の手続き",
        keywords: &[
            "入社手続き",
            "入退社",
            "社会保険",
            "手続き",
            "雇用契約",
            "労務",
        ],
        goals: &[
            g("time", "入社の手続き", "checklist"),
            g("errors", "手続き書類の不備", "checklist"),
            g("lead", "入社の連絡から手続きの完了まで", "digitize"),
        ],
    },
    DutyEntry {
        id: "hr-attendance",
        family: Family::HrGa,
        duty: "勤怠管理・給与計算",
        keywords: &["勤怠", "勤怠管理", "給与計算", "給与", "打刻", "労働時間"],
        goals: &[
            g("hours", "勤怠の集計作業", "macro"),
            g("errors", "勤怠の打刻漏れ", "checklist"),
        ],
    },
    DutyEntry {
        id: "ga-supplies",
        family: Family::HrGa,
        duty: "備品・消耗品の管理",
        keywords: &["備品", "備品管理", "消耗品", "総務", "庶務", "社用車"],
        goals: &[
            g("cost", "消耗品の購入費", "ordering"),
            g("hours", "備品の発注と管理の作業", "digitize"),
        ],
    },
    DutyEntry {
        id: "hr-training",
        family: Family::HrGa,
        duty: "研修・教育",
        keywords: &["研修", "教育", "新人教育", "育成", "人材育成", "OJT"],
        goals: &[
            g("lead", "新人が独り立ちするまで", "standardize"),
            g("errors", "新人の作業ミス", "checklist"),
        ],
    },
    // 営業
    DutyEntry {
        id: "sales-new",
        family: Family::Sales,
        duty: "新規開拓",
        keywords: &[
            "新規開拓",
            "開拓",
            "新規",
            "テレアポ",
            "飛び込み",
            "アポイント",
            "新規顧客",
        ],
        goals: &[
            g("count", "新規アポイントの件数", "target-list"),
            g("sales", "新規顧客からの売上", "proposal"),
        ],
    },
    DutyEntry {
        id: "sales-existing",
        family: Family::Sales,
        duty: "既存顧客への営業",
        keywords: &[
            "ルート営業",
            "既存顧客",
            "既存",
            "顧客",
            "取引先",
            "得意先",
            "法人営業",
            "営業",
        ],
        goals: &[
            g("sales", "担当顧客の売上", "followup"),
            g("count", "既存顧客からの追加受注", "proposal"),
        ],
    },
    DutyEntry {
        id: "sales-proposal",
        family: Family::Sales,
        duty: "提案・商談",
        keywords: &[
            "提案",
            "商談",
            "企画書",
            "提案書",
            "プレゼン",
            "成約",
            "契約",
        ],
        goals: &[
            g("count", "商談の成約件数", "proposal"),
            g("time", "提案書の作成", "template"),
            g("lead", "初回商談から成約まで", "followup"),
        ],
    },
    DutyEntry {
        id: "sales-admin",
        family: Family::Sales,
        duty: "営業報告・顧客管理",
        keywords: &["日報", "営業報告", "顧客管理", "案件管理", "報告書"],
        goals: &[
            g("hours", "日報と顧客情報の入力作業", "genai"),
            g("errors", "案件の連絡漏れ", "checklist"),
        ],
    },
    // 物流・倉庫
    DutyEntry {
        id: "log-picking",
        family: Family::Logistics,
        duty: "ピッキング・出荷",
        keywords: &[
            "ピッキング",
            "出荷",
            "梱包",
            "仕分け",
            "仕分",
            "出荷作業",
            "流通加工",
        ],
        goals: &[
            g("throughput", "ピッキングの処理件数", "layout"),
            g("errors", "誤出荷", "double-check"),
            g("lead", "受注から出荷まで", "standardize"),
        ],
    },
    DutyEntry {
        id: "log-receiving",
        family: Family::Logistics,
        duty: "入荷・検品",
        keywords: &["入荷", "検品", "入庫", "荷受け", "荷受"],
        goals: &[
            g("time", "入荷の検品", "barcode"),
            g("errors", "検品の見落とし", "checklist"),
        ],
    },
    DutyEntry {
        id: "log-inventory",
        family: Family::Logistics,
        duty: "在庫管理・棚卸し",
        keywords: &[
            "在庫",
            "在庫管理",
            "棚卸し",
            "棚卸",
            "ロケーション",
            "倉庫管理",
        ],
        goals: &[
            g("errors", "帳簿と実在庫の差異", "barcode"),
            g("hours", "棚卸しの作業", "barcode"),
        ],
    },
    DutyEntry {
        id: "log-slips",
        family: Family::Logistics,
        duty: "出荷伝票・送り状の作成",
        keywords: &["伝票", "出荷伝票", "送り状", "納品書"],
        goals: &[
            g("time", "出荷伝票の作成", "template"),
            g("errors", "伝票の記載ミス", "checklist"),
            g("hours", "伝票の作成と転記の作業", "rpa"),
        ],
    },
    DutyEntry {
        id: "log-delivery",
        family: Family::Logistics,
        duty: "配送の手配",
        keywords: &[
            "配送",
            "配車",
            "運送",
            "配送業者",
            "ドライバー",
            "輸送",
            "配達",
        ],
        goals: &[
            g("cost", "配送費", "route"),
            g("errors", "配送の手配ミス", "checklist"),
            g("time", "配送の手配", "template"),
        ],
    },
    DutyEntry {
        id: "log-handling",
        family: Family::Logistics,
        duty: "荷役・フォークリフト作業",
        keywords: &[
            "フォークリフト",
            "荷役",
            "積み込み",
            "積込",
            "荷下ろし",
            "搬入",
        ],
        goals: &[
            g("time", "トラックへの積み込み", "standardize"),
            g("errors", "荷物の破損", "checklist"),
        ],
    },
    // 製造
    DutyEntry {
        id: "mfg-assembly",
        family: Family::Manufacturing,
        duty: "組立・加工",
        keywords: &[
            "組立",
            "組み立て",
            "加工",
            "製造",
            "生産",
            "ライン",
            "製造ライン",
            "溶接",
        ],
        goals: &[
            g("pieces", "ラインの生産数", "standardize"),
            g("defect-rate", "組立工程の不良率", "checklist"),
        ],
    },
    DutyEntry {
        id: "mfg-inspection",
        family: Family::Manufacturing,
        duty: "検査・品質管理",
        keywords: &["検査", "品質", "品質管理", "不良", "外観検査", "品証"],
        goals: &[
            g("errors", "不良品の流出", "checklist"),
            g("time", "製品の検査", "standardize"),
        ],
    },
    DutyEntry {
        id: "mfg-equipment",
        family: Family::Manufacturing,
        duty: "段取り・設備保全",
        keywords: &[
            "段取り",
            "段取",
            "設備",
            "保全",
            "設備保全",
            "機械",
            "オペレーター",
            "メンテナンス",
        ],
        goals: &[
            g("time", "段取り替え", "setup"),
            g("errors", "設備の故障停止", "preventive"),
        ],
    },
    // 販売・店舗
    DutyEntry {
        id: "retail-register",
        family: Family::Retail,
        duty: "レジ業務",
        keywords: &["レジ", "会計", "レジ締め", "レジ業務"],
        goals: &[
            g("errors", "レジの違算", "checklist"),
            g("hours", "レジ締めの作業", "standardize"),
        ],
    },
    DutyEntry {
        id: "retail-floor",
        family: Family::Retail,
        duty: "接客・売場づくり",
        keywords: &[
            "接客",
            "販売",
            "売場",
            "陳列",
            "品出し",
            "売場づくり",
            "POP",
        ],
        goals: &[
            g("sales", "担当売場の売上", "display"),
            g("count", "セット販売の件数", "upsell"),
        ],
    },
    DutyEntry {
        id: "retail-ordering",
        family: Family::Retail,
        duty: "発注・在庫",
        keywords: &["発注", "廃棄", "ロス", "発注業務", "仕入"],
        goals: &[
            g("cost", "廃棄ロス", "ordering"),
            g("hours", "発注の作業", "ordering"),
        ],
    },
    DutyEntry {
        id: "retail-store",
        family: Family::Retail,
        duty: "店舗運営・シフト管理",
        keywords: &[
            "店長",
            "店舗運営",
            "シフト",
            "シフト管理",
            "アルバイト",
            "スタッフ",
            "店舗",
        ],
        goals: &[
            g("hours", "シフト作成の作業", "shift"),
            g("cost", "人件費", "shift"),
        ],
    },
    // 介護
    DutyEntry {
        id: "care-assist",
        family: Family::Care,
        duty: "身体介助",
        keywords: &[
            "介助",
            "入浴介助",
            "食事介助",
            "排泄介助",
            "身体介護",
            "介護",
            "介護業務",
        ],
        goals: &[
            g("errors", "介助中のヒヤリハット", "checklist"),
            g("time", "入浴介助", "standardize"),
        ],
    },
    DutyEntry {
        id: "care-records",
        family: Family::Care,
        duty: "介護記録・申し送り",
        keywords: &["介護記録", "記録", "申し送り", "ケアプラン", "日誌"],
        goals: &[
            g("hours", "介護記録の作成作業", "digitize"),
            g("errors", "申し送りの漏れ", "handoff"),
        ],
    },
    DutyEntry {
        id: "care-transport",
        family: Family::Care,
        duty: "送迎",
        keywords: &["送迎", "送迎業務"],
        goals: &[
            g("time", "送迎", "route"),
            g("errors", "送迎の時間遅れ", "checklist"),
        ],
    },
    // コールセンター
    DutyEntry {
        id: "cc-inbound",
        family: Family::CallCenter,
        duty: "問い合わせ対応",
        keywords: &[
            "受電",
            "問い合わせ",
            "問合せ",
            "問い合せ",
            "入電",
            "インバウンド",
            "カスタマーサポート",
        ],
        goals: &[
            g("time", "問い合わせの対応", "faq"),
            g("resolution-rate", "問い合わせの一次解決率", "knowledge"),
            g("errors", "回答の誤り", "faq"),
        ],
    },
    DutyEntry {
        id: "cc-outbound",
        family: Family::CallCenter,
        duty: "架電（アウトバウンド）",
        keywords: &["架電", "アウトバウンド", "発信", "コール"],
        goals: &[
            g("count", "アポイントの獲得件数", "script"),
            g("throughput", "架電の件数", "target-list"),
        ],
    },
    DutyEntry {
        id: "cc-complaints",
        family: Family::CallCenter,
        duty: "クレーム対応",
        keywords: &["クレーム", "苦情", "エスカレーション", "クレーム対応"],
        goals: &[
            g("errors", "同じ原因のクレーム", "knowledge"),
            g("response", "クレームへの一次回答", "standardize"),
        ],
    },
    // IT
    DutyEntry {
        id: "it-helpdesk",
        family: Family::It,
        duty: "ヘルプデスク",
        keywords: &[
            "ヘルプデスク",
            "社内問い合わせ",
            "キッティング",
            "アカウント",
            "PC",
            "社内SE",
        ],
        goals: &[
            g("response", "社内の問い合わせへの回答", "faq"),
            g("time", "PCのキッティング", "script-auto"),
        ],
    },
    DutyEntry {
        id: "it-dev",
        family: Family::It,
        duty: "システム開発",
        keywords: &[
            "開発",
            "実装",
            "プログラミング",
            "コードレビュー",
            "設計",
            "システム開発",
            "改修",
        ],
        goals: &[
            g("errors", "リリース後の不具合", "test-automation"),
            g("lead", "機能の依頼からリリースまで", "standardize"),
        ],
    },
    DutyEntry {
        id: "it-ops",
        family: Family::It,
        duty: "運用・保守",
        keywords: &[
            "運用保守",
            "保守",
            "障害",
            "障害対応",
            "監視",
            "インフラ",
            "サーバー",
            "運用",
        ],
        goals: &[
            g("errors", "システム障害", "monitoring"),
            g("response", "障害の復旧", "standardize"),
            g("hours", "定型の運用作業", "script-auto"),
        ],
    },
    DutyEntry {
        id: "it-test",
        family: Family::It,
        duty: "テスト・検証",
        keywords: &["テスト", "検証", "QA", "テスト設計"],
        goals: &[
            g("hours", "回帰テストの作業", "test-automation"),
            g("errors", "テスト漏れによる不具合", "checklist"),
        ],
    },
];

/// Goals for a duty the table does not know: the two metrics every duty has (issue #9).
pub const FALLBACK: &[(&str, &str)] = &[("time", "standardize"), ("errors", "checklist")];

pub fn metric(id: &str) -> Option<&'static Metric> {
    METRICS.iter().find(|m| m.id == id)
}

pub fn action(id: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_references_resolve() {
        let mut ids = HashSet::new();
        for e in DUTIES {
            assert!(ids.insert(e.id), "duplicate duty id {}", e.id);
            assert!(e.goals.len() >= 2, "{} needs at least two goals", e.id);
            for spec in e.goals {
                assert!(metric(spec.metric).is_some(), "{}: {}", e.id, spec.metric);
                assert!(action(spec.action).is_some(), "{}: {}", e.id, spec.action);
            }
        }
        for (m, a) in FALLBACK {
            assert!(metric(m).is_some() && action(a).is_some());
        }
        let metric_ids: HashSet<_> = METRICS.iter().map(|m| m.id).collect();
        assert_eq!(metric_ids.len(), METRICS.len());
        let action_ids: HashSet<_> = ACTIONS.iter().map(|a| a.id).collect();
        assert_eq!(action_ids.len(), ACTIONS.len());
    }

    #[test]
    fn every_family_has_duties() {
        for family in Family::ALL {
            let n = DUTIES.iter().filter(|e| e.family == family).count();
            assert!(n >= 2, "{} has {n} duties", family.label());
        }
    }

    #[test]
    fn bands_are_ordered_and_every_unit_round_trips() {
        for m in METRICS {
            assert!(
                m.improvement.0 < m.improvement.1 && m.improvement.1 < 100,
                "{}",
                m.id
            );
            assert!(m.weeks > 0 && m.example_baseline > 0.0);
        }
        for u in ALL_UNITS {
            assert_eq!(Unit::from_label(u.label()), Some(u));
        }
        assert_eq!(number_text(8.0), "8");
        assert_eq!(number_text(12.5), "12.5");
        assert_eq!(Unit::MinutesPerCase.text(30.0), "1件30分");
    }
}
