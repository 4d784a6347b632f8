//! Facts of the world behind `naitei plan`, as data. Each table names its source (a section of
//! shared/REFERENCE.md and the original source named there) and, where the rule changed, the
//! leaving dates it applies to.

use jiff::civil::{Date, date};

/// Upper bounds (exclusive) of the insured-period columns, in years. A value equal to a bound
/// belongs to the next column: 1.0 years is "1–5 years", 0.99 is "< 1 year".
/// Source: REFERENCE.md §3 (厚生労働省・ハローワーク「基本手当の所定給付日数」).
pub const INSURED_BOUNDS: [f64; 4] = [1.0, 5.0, 10.0, 20.0];

/// Index of the insured-period column (0: < 1 y, 1: 1–5 y, 2: 5–10 y, 3: 10–20 y, 4: ≥ 20 y).
pub fn insured_column(insured_years: f64) -> usize {
    INSURED_BOUNDS
        .iter()
        .position(|&bound| insured_years < bound)
        .unwrap_or(INSURED_BOUNDS.len())
}

/// 所定給付日数 for 一般の離職者 (自己都合・定年・契約満了), any age under 65, by insured-period column.
/// Source: REFERENCE.md §3 (ハローワーク「基本手当の所定給付日数」, 一般の離職者).
/// Below 1 year only 特定理由離職者 are eligible (6 months suffice); they get 90 days (第22条第1項: under 10
/// years, 90). Eligibility is checked apart from this table.
pub const GENERAL_DAYS: [Option<u32>; 5] = [Some(90), Some(90), Some(90), Some(120), Some(150)];

/// One row of the 特定受給資格者 table: ages `age_from..=age_to` at the leaving date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecificRow {
    pub age_from: u32,
    pub age_to: u32,
    /// Days by insured-period column; `None` where the table has "–" (cannot occur).
    pub days: [Option<u32>; 5],
}

/// 所定給付日数 for 特定受給資格者 (倒産・解雇など) and 特定理由離職者 refused a contract renewal, by age at
/// leaving × insured period. Source: 雇用保険法 第22条第1項・第23条第1項 (ハローワーク「基本手当の所定給付日数」,
/// 特定受給資格者及び一部の特定理由離職者); REFERENCE.md §3 as corrected 2026-11-30 (the earlier table had its
/// cells shifted one column). Under one insured year 第23条 does not apply, so that column is the 第22条 90 days.
/// In force for leaving dates from 2017-04-01; see [`SPECIFIC_BEFORE_2017`] for earlier ones.
pub const SPECIFIC_DAYS: [SpecificRow; 5] = [
    SpecificRow {
        age_from: 0,
        age_to: 29,
        days: [Some(90), Some(90), Some(120), Some(180), None],
    },
    SpecificRow {
        age_from: 30,
        age_to: 34,
        days: [Some(90), Some(120), Some(180), Some(210), Some(240)],
    },
    SpecificRow {
        age_from: 35,
        age_to: 44,
        days: [Some(90), Some(150), Some(180), Some(240), Some(270)],
    },
    SpecificRow {
        age_from: 45,
        age_to: 59,
        days: [Some(90), Some(180), Some(240), Some(270), Some(330)],
    },
    SpecificRow {
        age_from: 60,
        age_to: 64,
        days: [Some(90), Some(150), Some(180), Some(210), Some(240)],
    },
];

/// Cells of the specific table that had another value for leaving dates up to 2017-03-31: 30–34 and 35–44
/// with 1–5 insured years received 90 days. Source: REFERENCE.md §3 (雇用保険法等の一部を改正する法律
/// 平成28年法律第17号, 施行 2017-04-01).
pub const SPECIFIC_BEFORE_2017: [SpecificOverride; 2] = [
    SpecificOverride {
        age_from: 30,
        age_to: 34,
        column: 1,
        days: 90,
        leaving_until: date(2017, 3, 31),
    },
    SpecificOverride {
        age_from: 35,
        age_to: 44,
        column: 1,
        days: 90,
        leaving_until: date(2017, 3, 31),
    },
];

/// A cell of the specific table that had another value for earlier leaving dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecificOverride {
    pub age_from: u32,
    pub age_to: u32,
    pub column: usize,
    pub days: u32,
    /// Last leaving date the override applies to (inclusive).
    pub leaving_until: Date,
}

/// 特定理由離職者 refused a contract renewal they wanted get the 特定受給資格者 days for these leaving dates
/// (雇用保険法 附則第4条: a temporary measure since 2009-03-31; extended from 2022-03-31 to 2025-03-31 by the
/// 2022 revision (労基旬報 roukijp.jp), and to 2027-03-31 per REFERENCE.md §3 — that last extension could not
/// be checked against a second source here). The measure also covers self-quits with a 正当な理由 who qualify
/// only through the 6-month rule; their cell (< 1 year) is 90 days in both tables, so it changes nothing.
pub const RENEWAL_REFUSED_MEASURE: (Date, Date) = (date(2009, 3, 31), date(2027, 3, 31));

/// 所定給付日数 for 就職困難者 (障害者等): (age_from, age_to, days under 1 insured year, days from 1 year).
/// Source: REFERENCE.md §3 (ハローワーク「基本手当の所定給付日数」, 就職困難者).
pub const HARD_TO_EMPLOY_DAYS: [(u32, u32, u32, u32); 2] = [(0, 44, 150, 300), (45, 64, 150, 360)];

/// From this age at leaving, 基本手当 is replaced by 高年齢求職者給付金 (a lump sum).
/// Source: 雇用保険法 第37条の2 (高年齢被保険者); REFERENCE.md §3 tables stop at 64.
pub const BASIC_ALLOWANCE_MAX_AGE: u32 = 64;

/// 高年齢求職者給付金: a lump sum of this many days of 基本手当日額, by insured period (< 1 year, ≥ 1 year).
/// Eligible with 6 insured months in the year before leaving. Source: 雇用保険法 第37条の4; REFERENCE.md §3.
pub const SENIOR_LUMP_SUM_DAYS: (u32, u32) = (30, 50);

/// Minimum insured period for eligibility, in years: 12 months in the last 2 years (一般), 6 months in
/// the last year (特定受給資格者). Source: REFERENCE.md §3 (ハローワーク「受給要件」).
pub const MIN_INSURED_YEARS_GENERAL: f64 = 1.0;
pub const MIN_INSURED_YEARS_SPECIFIC: f64 = 0.5;

/// 待期期間: 7 days for everyone. Source: REFERENCE.md §3 (雇用保険法 第21条).
pub const WAITING_DAYS: i64 = 7;

/// 給付制限 for 自己都合 by leaving date. Source: REFERENCE.md §3 (厚生労働省「給付制限期間の見直し」
/// 2020-10-01, 雇用保険法改正 2025-04-01).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestrictionPeriod {
    /// First leaving date of the period (inclusive); `None` = since ever.
    pub from: Option<Date>,
    /// Last leaving date of the period (inclusive); `None` = still in force.
    pub until: Option<Date>,
    /// Months for a first or second 自己都合 departure within 5 years.
    pub months: u32,
    /// Months for the third and later 自己都合 departure within 5 years.
    pub months_repeat: u32,
    /// Whether taking qualifying 教育訓練 lifts the restriction (from 2025-04-01).
    pub lifted_by_training: bool,
    pub source: &'static str,
}

pub const SELF_QUIT_RESTRICTION: [RestrictionPeriod; 3] = [
    RestrictionPeriod {
        from: None,
        until: Some(date(2020, 9, 30)),
        months: 3,
        months_repeat: 3,
        lifted_by_training: false,
        source: "雇用保険法 第33条（2020年9月30日以前の離職: 3か月）",
    },
    RestrictionPeriod {
        from: Some(date(2020, 10, 1)),
        until: Some(date(2025, 3, 31)),
        months: 2,
        months_repeat: 3,
        lifted_by_training: false,
        source: "厚生労働省「給付制限期間の見直し」（2020年10月1日以降の離職: 5年間で2回まで2か月）",
    },
    RestrictionPeriod {
        from: Some(date(2025, 4, 1)),
        until: None,
        months: 1,
        months_repeat: 3,
        lifted_by_training: true,
        source: "雇用保険法改正（2025年4月1日以降の離職: 1か月、5年間で3回目以降は3か月、教育訓練で解除）",
    },
];

/// 給付制限 for 重責解雇 (dismissal for serious misconduct). Source: REFERENCE.md §3.
pub const MISCONDUCT_RESTRICTION_MONTHS: u32 = 3;

/// 受給期間 extension beyond one year for long entitlements. Source: REFERENCE.md §3 (雇用保険法 第20条).
pub const RECEIPT_PERIOD_EXTENSIONS: [(u32, i64); 2] = [(330, 30), (360, 60)];

/// 失業の認定: every 4 weeks, with at least 2 求職活動実績 in each period. Source: REFERENCE.md §3
/// (ハローワーク「失業の認定」).
pub const CERTIFICATION_INTERVAL_DAYS: i64 = 28;
pub const JOB_SEARCH_ACTIVITIES_PER_PERIOD: u32 = 2;

/// 受給期間延長: who can extend and by how much. Source: REFERENCE.md §3 (雇用保険法 第20条第1項・第2項,
/// ハローワーク「受給期間延長」).
pub const EXTENSION_UNABLE_TO_WORK_YEARS: u32 = 3;
pub const EXTENSION_RETIREMENT_YEARS: u32 = 1;
pub const EXTENSION_RETIREMENT_MIN_AGE: u32 = 60;

/// One year of the 基本手当日額 table (賃金日額 limits and the rate formula), revised every 1 August from
/// 毎月勤労統計 (雇用保険法 第18条). All amounts in yen per day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WageTable {
    /// First leaving date the table applies to (the table is used until the next one starts).
    pub from: Date,
    /// 賃金日額 floor (下限額).
    pub wage_floor: u32,
    /// Below this 賃金日額 the rate is 80%.
    pub rate80_below: u32,
    /// Above this 賃金日額 the rate is 50% (under 60 and 65+).
    pub rate50_above: u32,
    /// Above this 賃金日額 the rate is 45% (60–64), where `0.05w + senior_offset` also caps the amount.
    pub rate45_above: u32,
    pub senior_offset: u32,
    /// 賃金日額 caps by age band at leaving: (age_from, age_to, cap). 65+ use the under-30 cap.
    pub wage_caps: [(u32, u32, u32); 4],
    /// 再就職手当 caps on the daily amount: (under 60 and 65+, 60–64).
    pub reemployment_caps: (u32, u32),
    pub source: &'static str,
}

/// The dated tables, oldest first. Only 2025-08-01 is verified; earlier leaving dates use it with a note.
/// Sources: 厚生労働省「雇用保険の基本手当日額の変更」(2025-08-01) as reported by 朝日新聞 SmBiz (2025-08) and
/// うちだ社会保険労務士事務所 (2025-08-07): 賃金日額 floor 3,014, caps 14,510 / 16,110 / 17,740 / 16,940,
/// 基本手当日額 floor 2,411 and caps 7,255 / 8,055 / 8,870 / 7,623; the formula thresholds from 厚生労働省
/// 「雇用保険の基本手当（失業給付）を受給される皆さまへ 基本手当日額の計算方法」 as quoted by ライフマイスター
/// (y = 0.8w − 0.3{(w − 5,340)/7,800}w; 60–64: y = 0.8w − 0.35{(w − 5,340)/6,460}w or 0.05w + 4,720, the lower);
/// 再就職手当 daily caps 6,570 / 5,310 from REFERENCE.md §3.
pub const WAGE_TABLES: [WageTable; 1] = [WageTable {
    from: date(2025, 8, 1),
    wage_floor: 3_014,
    rate80_below: 5_340,
    rate50_above: 13_140,
    rate45_above: 11_800,
    senior_offset: 4_720,
    wage_caps: [
        (0, 29, 14_510),
        (30, 44, 16_110),
        (45, 59, 17_740),
        (60, 64, 16_940),
    ],
    reemployment_caps: (6_570, 5_310),
    source: "厚生労働省「雇用保険の基本手当日額の変更」（2025年8月1日から）",
}];

/// 再就職手当 rates by share of 所定給付日数 left the day before the new job starts:
/// (numerator, denominator, rate %). Source: REFERENCE.md §3 (ハローワーク「再就職手当」).
pub const REEMPLOYMENT_RATES: [(u32, u32, u32); 2] = [(2, 3, 70), (1, 3, 60)];

/// 地域別最低賃金 (hourly, yen) of one prefecture: the 令和6年度 (FY2024) amount and the 令和7年度 (FY2025)
/// amount with the day it took effect. Dates before `fy2025_from` use the FY2024 amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinimumWage {
    pub prefecture: &'static str,
    pub fy2024: u32,
    pub fy2025: u32,
    pub fy2025_from: Date,
}

/// All 47 prefectures. Source: 厚生労働省「令和7年度 地域別最低賃金 全国一覧」 as published by 東京都社会保険
/// 協会 (toms.or.jp, 2025) and ハイパーPC (2025-10), which agree on every amount and date; the 2025 range
/// 1,023–1,226円 and weighted average 1,121円 match REFERENCE.md §4. The FY2026 revision (from October 2026)
/// is not included: the check says so for later dates.
pub const MINIMUM_WAGES: [MinimumWage; 47] = [
    MinimumWage {
        prefecture: "北海道",
        fy2024: 1010,
        fy2025: 1075,
        fy2025_from: date(2025, 10, 4),
    },
    MinimumWage {
        prefecture: "青森県",
        fy2024: 953,
        fy2025: 1029,
        fy2025_from: date(2025, 11, 21),
    },
    MinimumWage {
        prefecture: "岩手県",
        fy2024: 952,
        fy2025: 1031,
        fy2025_from: date(2025, 12, 1),
    },
    MinimumWage {
        prefecture: "宮城県",
        fy2024: 973,
        fy2025: 1038,
        fy2025_from: date(2025, 10, 4),
    },
    MinimumWage {
        prefecture: "秋田県",
        fy2024: 951,
        fy2025: 1031,
        fy2025_from: date(2026, 3, 31),
    },
    MinimumWage {
        prefecture: "山形県",
        fy2024: 955,
        fy2025: 1032,
        fy2025_from: date(2025, 12, 23),
    },
    MinimumWage {
        prefecture: "福島県",
        fy2024: 955,
        fy2025: 1033,
        fy2025_from: date(2026, 1, 1),
    },
    MinimumWage {
        prefecture: "茨城県",
        fy2024: 1005,
        fy2025: 1074,
        fy2025_from: date(2025, 10, 12),
    },
    MinimumWage {
        prefecture: "栃木県",
        fy2024: 1004,
        fy2025: 1068,
        fy2025_from: date(2025, 10, 1),
    },
    MinimumWage {
        prefecture: "群馬県",
        fy2024: 985,
        fy2025: 1063,
        fy2025_from: date(2026, 3, 1),
    },
    MinimumWage {
        prefecture: "埼玉県",
        fy2024: 1078,
        fy2025: 1141,
        fy2025_from: date(2025, 11, 1),
    },
    MinimumWage {
        prefecture: "千葉県",
        fy2024: 1076,
        fy2025: 1140,
        fy2025_from: date(2025, 10, 3),
    },
    MinimumWage {
        prefecture: "東京都",
        fy2024: 1163,
        fy2025: 1226,
        fy2025_from: date(2025, 10, 3),
    },
    MinimumWage {
        prefecture: "神奈川県",
        fy2024: 1162,
        fy2025: 1225,
        fy2025_from: date(2025, 10, 4),
    },
    MinimumWage {
        prefecture: "新潟県",
        fy2024: 985,
        fy2025: 1050,
        fy2025_from: date(2025, 10, 2),
    },
    MinimumWage {
        prefecture: "富山県",
        fy2024: 998,
        fy2025: 1062,
        fy2025_from: date(2025, 10, 12),
    },
    MinimumWage {
        prefecture: "石川県",
        fy2024: 984,
        fy2025: 1054,
        fy2025_from: date(2025, 10, 8),
    },
    MinimumWage {
        prefecture: "福井県",
        fy2024: 984,
        fy2025: 1053,
        fy2025_from: date(2025, 10, 8),
    },
    MinimumWage {
        prefecture: "山梨県",
        fy2024: 988,
        fy2025: 1052,
        fy2025_from: date(2025, 12, 1),
    },
    MinimumWage {
        prefecture: "長野県",
        fy2024: 998,
        fy2025: 1061,
        fy2025_from: date(2025, 10, 3),
    },
    MinimumWage {
        prefecture: "岐阜県",
        fy2024: 1001,
        fy2025: 1065,
        fy2025_from: date(2025, 10, 18),
    },
    MinimumWage {
        prefecture: "静岡県",
        fy2024: 1034,
        fy2025: 1097,
        fy2025_from: date(2025, 11, 1),
    },
    MinimumWage {
        prefecture: "愛知県",
        fy2024: 1077,
        fy2025: 1140,
        fy2025_from: date(2025, 10, 18),
    },
    MinimumWage {
        prefecture: "三重県",
        fy2024: 1023,
        fy2025: 1087,
        fy2025_from: date(2025, 11, 21),
    },
    MinimumWage {
        prefecture: "滋賀県",
        fy2024: 1017,
        fy2025: 1080,
        fy2025_from: date(2025, 10, 5),
    },
    MinimumWage {
        prefecture: "京都府",
        fy2024: 1058,
        fy2025: 1122,
        fy2025_from: date(2025, 11, 21),
    },
    MinimumWage {
        prefecture: "大阪府",
        fy2024: 1114,
        fy2025: 1177,
        fy2025_from: date(2025, 10, 16),
    },
    MinimumWage {
        prefecture: "兵庫県",
        fy2024: 1052,
        fy2025: 1116,
        fy2025_from: date(2025, 10, 4),
    },
    MinimumWage {
        prefecture: "奈良県",
        fy2024: 986,
        fy2025: 1051,
        fy2025_from: date(2025, 11, 16),
    },
    MinimumWage {
        prefecture: "和歌山県",
        fy2024: 980,
        fy2025: 1045,
        fy2025_from: date(2025, 11, 1),
    },
    MinimumWage {
        prefecture: "鳥取県",
        fy2024: 957,
        fy2025: 1030,
        fy2025_from: date(2025, 10, 4),
    },
    MinimumWage {
        prefecture: "島根県",
        fy2024: 962,
        fy2025: 1033,
        fy2025_from: date(2025, 11, 17),
    },
    MinimumWage {
        prefecture: "岡山県",
        fy2024: 982,
        fy2025: 1047,
        fy2025_from: date(2025, 12, 1),
    },
    MinimumWage {
        prefecture: "広島県",
        fy2024: 1020,
        fy2025: 1085,
        fy2025_from: date(2025, 11, 1),
    },
    MinimumWage {
        prefecture: "山口県",
        fy2024: 979,
        fy2025: 1043,
        fy2025_from: date(2025, 10, 16),
    },
    MinimumWage {
        prefecture: "徳島県",
        fy2024: 980,
        fy2025: 1046,
        fy2025_from: date(2026, 1, 1),
    },
    MinimumWage {
        prefecture: "香川県",
        fy2024: 970,
        fy2025: 1036,
        fy2025_from: date(2025, 10, 18),
    },
    MinimumWage {
        prefecture: "愛媛県",
        fy2024: 956,
        fy2025: 1033,
        fy2025_from: date(2025, 12, 1),
    },
    MinimumWage {
        prefecture: "高知県",
        fy2024: 952,
        fy2025: 1023,
        fy2025_from: date(2025, 12, 1),
    },
    MinimumWage {
        prefecture: "福岡県",
        fy2024: 992,
        fy2025: 1057,
        fy2025_from: date(2025, 11, 16),
    },
    MinimumWage {
        prefecture: "佐賀県",
        fy2024: 956,
        fy2025: 1030,
        fy2025_from: date(2025, 11, 21),
    },
    MinimumWage {
        prefecture: "長崎県",
        fy2024: 953,
        fy2025: 1031,
        fy2025_from: date(2025, 12, 1),
    },
    MinimumWage {
        prefecture: "熊本県",
        fy2024: 952,
        fy2025: 1034,
        fy2025_from: date(2026, 1, 1),
    },
    MinimumWage {
        prefecture: "大分県",
        fy2024: 954,
        fy2025: 1035,
        fy2025_from: date(2026, 1, 1),
    },
    MinimumWage {
        prefecture: "宮崎県",
        fy2024: 952,
        fy2025: 1023,
        fy2025_from: date(2025, 11, 16),
    },
    MinimumWage {
        prefecture: "鹿児島県",
        fy2024: 953,
        fy2025: 1026,
        fy2025_from: date(2025, 11, 1),
    },
    MinimumWage {
        prefecture: "沖縄県",
        fy2024: 952,
        fy2025: 1023,
        fy2025_from: date(2025, 12, 1),
    },
];

/// From this date the FY2026 revision may be in force; the table does not have it.
pub const MINIMUM_WAGE_TABLE_UNTIL: Date = date(2026, 9, 30);

/// 割増賃金率 for 時間外労働 (労働基準法 第37条): 25% up to 60 hours a month, 50% beyond (the 50% applies to
/// small firms too from 2023-04-01). Source: REFERENCE.md §4.
pub const OVERTIME_PREMIUM: f64 = 1.25;
pub const OVERTIME_PREMIUM_OVER_60H: f64 = 1.50;
pub const OVERTIME_PREMIUM_THRESHOLD_HOURS: f64 = 60.0;

/// Selection stages in order, with the typical pass rate and the range seen.
/// Source: REFERENCE.md §1 (doda, リクナビNEXT surveys and agency data).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StageReference {
    pub stage: &'static str,
    pub name_ja: &'static str,
    pub typical: f64,
    pub low: f64,
    pub high: f64,
}

pub const STAGE_REFERENCE: [StageReference; 4] = [
    StageReference {
        stage: "document",
        name_ja: "書類選考",
        typical: 0.30,
        low: 0.10,
        high: 0.50,
    },
    StageReference {
        stage: "first",
        name_ja: "一次面接",
        typical: 0.30,
        low: 0.20,
        high: 0.40,
    },
    StageReference {
        stage: "second",
        name_ja: "二次面接",
        typical: 0.40,
        low: 0.30,
        high: 0.70,
    },
    StageReference {
        stage: "final",
        name_ja: "最終面接",
        typical: 0.50,
        low: 0.20,
        high: 0.80,
    },
];

/// Weight of the reference rate in the Beta prior, in pseudo-applications per stage: with fewer
/// decided cases than this the estimate stays nearer the reference than the seeker's own rate.
pub const PRIOR_STRENGTH: f64 = 10.0;

/// Share of applications assumed to go through each stage when the seeker's record says nothing
/// (書類, 一次, 二次, 最終). naitei's assumption, chosen to agree with REFERENCE.md §1: with the typical
/// rates, doda's ≈5% 応募→内定 (about 21 applications for one offer) is reached only if most 中途
/// selections have two interviews (一次 → 最終): 0.3 × 0.3 × 0.5 = 4.5%, whereas a 二次 at every company
/// gives 1.8%. A 二次 counts as soon as the seeker's record shows one.
pub const STAGE_SHARE_PRIOR: [f64; 4] = [1.0, 1.0, 0.0, 1.0];
/// Weight of [`STAGE_SHARE_PRIOR`], in pseudo-applications.
pub const STAGE_SHARE_PRIOR_STRENGTH: f64 = 2.0;

/// The weekly target never asks for more applications than this (a bound for absurd records).
pub const MAX_APPLICATIONS: u32 = 10_000;

/// The probability of at least one offer the weekly target aims for.
pub const TARGET_OFFER_PROBABILITY: f64 = 0.8;

/// Days from an application to an offer assumed when planning (naitei's assumption: 書類選考 about one
/// week and two or three interview rounds a week or two apart; can be changed in the profile).
pub const DEFAULT_SELECTION_LEAD_DAYS: i64 = 30;

/// Names of the sources, as a seeker reads them (publisher, title, date where the source gives one).
/// The section of REFERENCE.md each summarises is kept apart, in the plan's `reference` fields.
/// REFERENCE.md §3.
pub const SOURCE_BENEFIT_DAYS: &str =
    "雇用保険法 第22条・第23条、厚生労働省・ハローワーク「基本手当の所定給付日数」「受給要件」";
/// REFERENCE.md §3.
pub const SOURCE_SENIOR_LUMP_SUM: &str = "雇用保険法 第37条の2〜第37条の4（高年齢求職者給付金）";
/// REFERENCE.md §3 (the daily caps date from 2025-08-01).
pub const SOURCE_REEMPLOYMENT: &str =
    "厚生労働省・ハローワーク「再就職手当」（支給額の上限は2025年8月1日から）";
/// REFERENCE.md §2.
pub const SOURCE_RESUME_CONVENTIONS: &str =
    "転職情報サイト各社の職務経歴書の書き方（職務要約は200〜300字、実績は数字で）";
/// REFERENCE.md §1.
pub const SOURCE_APPLICATIONS: &str =
    "doda 転職成功者の平均応募社数（2019年）、リクルート・マイナビ転職の調査";
/// REFERENCE.md §6.
pub const SOURCE_QUALIFICATIONS: &str = "各資格の試験団体・教習所が公表する費用と時間";

/// Average applications of successful changers. Source: REFERENCE.md §1.
pub const AVERAGE_APPLICATIONS: [(&str, f64); 3] = [
    ("doda（2019年エージェントデータ）", 20.1),
    ("リクルート", 18.27),
    ("マイナビ転職", 8.4),
];

/// A salary fact with its source. Source: REFERENCE.md §4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SalaryFact {
    pub text: &'static str,
    pub source: &'static str,
}

pub const SALARY_FACT_ALL: SalaryFact = SalaryFact {
    text: "転職で賃金が上がった人 37.2%、下がった人 32.4%、変わらない人 28.8%",
    source: "厚生労働省「雇用動向調査」2023年",
};
pub const SALARY_FACT_55_59: SalaryFact = SalaryFact {
    text: "55〜59歳では賃金が下がった人が上がった人より多い",
    source: "厚生労働省「雇用動向調査」2023年",
};
pub const SALARY_FACT_MYNAVI: SalaryFact = SalaryFact {
    text: "転職で年収が上がった人 39.4%。40代男性は平均 +34.4万円、50代男性は平均 −2.3万円",
    source: "マイナビ 転職動向調査 2024年",
};
pub const SALARY_FACT_NEW_FIELD: SalaryFact = SalaryFact {
    text: "30代で未経験職種へ転職した人のうち年収が上がったのは 34.6%、下がったのは 51.2%",
    source: "ビズヒッツ 調査",
};
pub const SALARY_FACT_LATERAL: SalaryFact = SalaryFact {
    text: "40代以上の「異職種」転職の多くは既存の専門性の近くにとどまる。大きな職種転換は年収を下げやすく、年収を保つなら同職種×異業界か周辺職種（経験の横スライド）",
    source: "doda 40代以上の転職データ",
};

/// Realistic band of the new salary as a share of the current one, by relation of the target work to
/// the seeker's experience: (relation, low, high). naitei's assumption, derived from the direction of
/// the REFERENCE.md §4 figures (no source gives a band per category): 同職種 moves keep pay within a few
/// percent either way; 周辺職種 slightly lower; 未経験 usually lower (51.2% of 30s earned less).
pub const RELATION_BANDS: [(&str, f64, f64); 4] = [
    ("same", 0.95, 1.10),
    ("same-job", 0.95, 1.10),
    ("adjacent", 0.90, 1.05),
    ("new", 0.75, 0.95),
];

/// A desired salary up to this factor above the band's high end is a stretch, not unrealistic
/// (naitei's assumption: the bands are soft, and 34.6–39.4% of changers do earn more).
pub const STRETCH_FACTOR: f64 = 1.10;

/// A desired salary at or above this share of the current one counts as "keeping pay" (naitei's
/// assumption: within 5% is how seekers usually mean 現状維持).
pub const KEEP_PAY_SHARE: f64 = 0.95;

/// Age-band adjustment of the high end of the band (older changers see fewer raises): (age_from,
/// adjustment of the high end). naitei's assumption following マイナビ 2024 (50代男性 −2.3万円 on
/// average) and 雇用動向調査 2023 (at 55–59 falls outnumber rises).
pub const AGE_HIGH_ADJUSTMENT: [(u32, f64); 2] = [(50, -0.05), (55, -0.07)];

/// Hiring seasonality. Both views are kept because the sources disagree. Source: REFERENCE.md §5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HiringPeak {
    /// First and last month of the busy period (1–12; a period may wrap past December).
    pub from_month: i8,
    pub to_month: i8,
    pub label: &'static str,
    pub source: &'static str,
}

pub const HIRING_PEAKS: [HiringPeak; 5] = [
    HiringPeak {
        from_month: 2,
        to_month: 3,
        label: "4月入社に向けた採用の山",
        source: "転職ブログ・エージェント各社",
    },
    HiringPeak {
        from_month: 8,
        to_month: 9,
        label: "10月入社に向けた採用の山",
        source: "転職ブログ・エージェント各社",
    },
    HiringPeak {
        from_month: 9,
        to_month: 11,
        label: "求人数が9月から増え11月に最多",
        source: "doda 求人数推移 2022–23年",
    },
    HiringPeak {
        from_month: 3,
        to_month: 3,
        label: "求人数の小さな山（3月）",
        source: "doda 求人数推移 2022–23年（旧DODAデータでは3月・9月が1月の1.7倍）",
    },
    HiringPeak {
        from_month: 6,
        to_month: 6,
        label: "求人数の小さな山（6月）",
        source: "doda 求人数推移 2022–23年",
    },
];

/// A qualification often advised to middle and senior changers. Source: REFERENCE.md §6 (training
/// schools' and examiners' published fees and hours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Qualification {
    pub id: &'static str,
    pub name: &'static str,
    /// Fields of work the qualification opens (matched against the profile's `target_field`).
    pub fields: &'static [&'static str],
    /// Calendar days to finish: a course's length, or study hours at [`STUDY_HOURS_PER_WEEK`].
    pub duration: Duration,
    /// Cost in yen (min, max); `None` where REFERENCE.md gives no figure.
    pub cost: Option<(u32, u32)>,
    pub min_age: Option<u32>,
    /// Held once a year in this month (宅建: October); `None` = any time.
    pub exam_month: Option<i8>,
    pub notes: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duration {
    /// A course of fixed length in calendar days (min, max).
    CourseDays(i64, i64),
    /// Self-study hours (min, max).
    StudyHours(i64, i64),
}

/// Study pace assumed for self-study qualifications while job hunting (naitei's assumption).
pub const STUDY_HOURS_PER_WEEK: i64 = 15;

pub const QUALIFICATIONS: [Qualification; 7] = [
    Qualification {
        id: "forklift",
        name: "フォークリフト運転技能講習（1t以上）",
        fields: &["logistics", "manufacturing"],
        duration: Duration::CourseDays(4, 5),
        cost: Some((38_000, 45_000)),
        min_age: Some(18),
        exam_month: None,
        notes: "普通免許ありで31時間、なしで35時間（約5日）",
    },
    Qualification {
        id: "large-vehicle",
        name: "大型自動車免許",
        fields: &["driving", "logistics"],
        // REFERENCE gives the live-in course only; commuting takes longer.
        duration: Duration::CourseDays(14, 14),
        cost: Some((230_000, 355_000)),
        min_age: Some(21),
        exam_month: None,
        notes: "普通MTから技能30＋学科1時限、合宿なら約14日（通学はより長い）。21歳以上・運転経験3年以上",
    },
    Qualification {
        id: "care-initial",
        name: "介護職員初任者研修",
        fields: &["care"],
        duration: Duration::CourseDays(30, 120),
        cost: Some((50_000, 150_000)),
        min_age: None,
        exam_month: None,
        notes: "130時間、1〜4か月。無料で受けられる制度もある",
    },
    Qualification {
        id: "it-passport",
        name: "ITパスポート",
        fields: &["office", "it", "accounting"],
        duration: Duration::StudyHours(100, 150),
        cost: Some((7_500, 7_500)),
        min_age: None,
        exam_month: None,
        notes: "CBTでいつでも受験可、合格率 約50%",
    },
    Qualification {
        id: "boki-3",
        name: "日商簿記3級",
        fields: &["office", "accounting"],
        duration: Duration::StudyHours(50, 120),
        cost: None,
        min_age: None,
        exam_month: None,
        notes: "合格率 40〜50%",
    },
    Qualification {
        id: "boki-2",
        name: "日商簿記2級",
        fields: &["accounting"],
        duration: Duration::StudyHours(200, 300),
        cost: Some((5_500, 5_500)),
        min_age: None,
        exam_month: None,
        notes: "合格率 15〜25%",
    },
    Qualification {
        id: "takken",
        name: "宅地建物取引士（宅建）",
        fields: &["real_estate"],
        duration: Duration::StudyHours(300, 500),
        cost: Some((8_200, 8_200)),
        min_age: None,
        exam_month: Some(10),
        notes: "試験は年1回（10月）、合格率 15〜17%",
    },
];

/// Known target fields (the profile's `target_field`).
pub const TARGET_FIELDS: [(&str, &str); 8] = [
    ("logistics", "物流・倉庫"),
    ("driving", "ドライバー"),
    ("manufacturing", "製造"),
    ("care", "介護"),
    ("office", "事務"),
    ("accounting", "経理"),
    ("it", "IT"),
    ("real_estate", "不動産"),
];

/// Kinds of job-search services to register with (at least five in all). Examples name well-known
/// services; naitei has no tie to any of them.
pub const AGENT_KINDS: [(&str, &str); 6] = [
    (
        "ハローワーク",
        "受給手続きと同じ窓口。給付制限の最初の1か月はハローワークか許可を受けた職業紹介事業者経由の就職でないと再就職手当の対象にならない",
    ),
    (
        "総合型転職エージェント（例: doda、リクルートエージェント）",
        "求人数が多く、書類添削と面接対策を受けられる",
    ),
    (
        "ミドル・ハイクラス向けエージェント（例: JACリクルートメント）",
        "40代以上・管理職経験者向けの求人が多い",
    ),
    (
        "スカウト型サイト（例: ビズリーチ、doda X）",
        "職務経歴を登録して企業・ヘッドハンターから声がかかるのを待つ",
    ),
    (
        "業界・職種特化型エージェント",
        "志望する業界・職種に強い担当者から非公開求人を紹介してもらう",
    ),
    (
        "転職サイト（例: リクナビNEXT、マイナビ転職）",
        "自分で応募する窓口。応募数を確保する",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insured_columns_at_boundaries() {
        let cases = [
            (0.0, 0),
            (0.99, 0),
            (1.0, 1),
            (4.99, 1),
            (5.0, 2),
            (9.99, 2),
            (10.0, 3),
            (19.99, 3),
            (20.0, 4),
            (40.0, 4),
        ];
        for (years, column) in cases {
            assert_eq!(insured_column(years), column, "{years} years");
        }
    }

    #[test]
    fn specific_rows_cover_ages_without_gaps() {
        let mut next = 0;
        for row in SPECIFIC_DAYS {
            assert_eq!(row.age_from, next);
            next = row.age_to + 1;
        }
        assert_eq!(next, BASIC_ALLOWANCE_MAX_AGE + 1);
    }

    #[test]
    fn restriction_periods_are_contiguous() {
        for pair in SELF_QUIT_RESTRICTION.windows(2) {
            let until = pair[0].until.expect("only the last period is open");
            assert_eq!(until.tomorrow().unwrap(), pair[1].from.unwrap());
        }
    }

    #[test]
    fn stage_reference_typical_inside_range() {
        for s in STAGE_REFERENCE {
            assert!(s.low <= s.typical && s.typical <= s.high, "{}", s.stage);
        }
    }
}
