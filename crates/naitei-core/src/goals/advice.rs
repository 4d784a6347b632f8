//! Stay or go: whether to apply now, apply while building a result in the current job, or build
//! a result first. Advice, shown as such, never a verdict on the person: every recommendation
//! names the facts it comes from and what would change it.
//!
//! The facts: tenure in the current job (the last job block with an open period, 〜現在/在職中),
//! employment type, how many achievement lines have all three parts (課題・行動・数字), whether the
//! seeker is already out of work (a profile whose leaving_date is past: someone out of work
//! cannot "stay"), and the seeker's funnel when the tracker has one.
//!
//! Rationale (REFERENCE.md): 一次面接 checks 定着性 and reproducible skills (§1), so a short stay
//! is a risk at interview; recruiters flag a résumé with no numbers or a task catalogue (§2),
//! so a seeker with no complete achievement line tends to fail 書類選考; a 書類選考 rate below the
//! band (naitei diagnose) says the same from the seeker's own record.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use serde::Serialize;

use crate::funnel::{Diagnosis, Stage, Verdict};
use crate::plan::Profile;

/// Under this many months in the current job, leaving reads as a short stay (短期離職).
pub const SHORT_TENURE_MONTHS: u32 = 12;
/// A leaving date this close leaves no time to build a result first.
pub const LEAVING_SOON_DAYS: i64 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recommendation {
    ApplyNow,
    ApplyWhileBuilding,
    BuildFirst,
}

impl Recommendation {
    pub fn id(self) -> &'static str {
        match self {
            Recommendation::ApplyNow => "apply-now",
            Recommendation::ApplyWhileBuilding => "apply-while-building",
            Recommendation::BuildFirst => "build-first",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Recommendation::ApplyNow => "今すぐ応募してよい時期です",
            Recommendation::ApplyWhileBuilding => "応募しながら、今の職場で実績を作りましょう",
            Recommendation::BuildFirst => "まず今の職場で数字の実績を作ってから応募しましょう",
        }
    }
}

/// The current job as read from the résumé.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurrentJob {
    pub company: Option<String>,
    pub period: Option<String>,
    pub employment: Option<String>,
    /// First day of the starting month.
    pub start: Option<Date>,
    /// The period is open (〜現在, 在職中). False when the résumé has no open period and the
    /// last job block stands in for the current job.
    pub open: bool,
    pub tenure_months: Option<u32>,
    /// 1-based line of the job block's heading.
    pub line: usize,
}

/// Everything the recommendation is decided from.
#[derive(Debug, Clone, Default)]
pub struct Facts<'a> {
    pub current_job: Option<&'a CurrentJob>,
    /// Achievement lines with 課題・行動・数字 in the whole résumé, and in the current job.
    pub complete_total: usize,
    pub complete_current: usize,
    pub profile: Option<&'a Profile>,
    pub funnel: Option<&'a Diagnosis>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub recommendation: Recommendation,
    /// The recommendation in Japanese.
    pub headline: String,
    /// Why, one fact per entry.
    pub reasons: Vec<String>,
    /// What would change the recommendation.
    pub would_change: Vec<String>,
    /// Advice, not a verdict.
    pub notice: String,
}

pub const NOTICE: &str = "これは判断の材料を並べた助言です。あなたの価値を判定するものではありません。決めるのはあなたです。";

static PERIOD_START_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})|(令和|平成|昭和|[RHS])\s*(\d{1,2}|元)").expect("valid regex")
});
static MONTH_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[年/.\-]\s*(\d{1,2})").expect("valid regex"));

/// The first month of a period (2023年4月〜現在, 令和5年4月〜, R5.4〜, 2023/04 - 現在).
pub fn period_start(period: &str) -> Option<Date> {
    let c = PERIOD_START_RE.captures(period)?;
    let year: i16 = if let Some(y) = c.get(1) {
        y.as_str().parse().ok()?
    } else {
        let era = crate::text::date::Era::named(c.get(2)?.as_str())?;
        let n = c.get(3)?.as_str();
        era.year(if n == "元" { 1 } else { n.parse().ok()? })?
    };
    let rest = &period[c.get(0)?.end()..];
    let month: i8 = MONTH_RE.captures(rest)?.get(1)?.as_str().parse().ok()?;
    Date::new(year, month, 1).ok()
}

/// Whether a period is still running (〜現在, 在職中, or nothing after the separator).
pub fn period_is_open(period: &str) -> bool {
    let p = period.trim();
    ["現在", "在職中", "現職", "至る"]
        .iter()
        .any(|w| p.contains(w))
        || p.ends_with(['〜', '~', '-', '–', '―', 'ー'])
        || p.ends_with("から")
}

/// Whole months from `start` to `today` (0 when today is before the start).
pub fn months_between(start: Date, today: Date) -> u32 {
    let months = (i32::from(today.year()) - i32::from(start.year())) * 12
        + i32::from(today.month())
        - i32::from(start.month())
        - i32::from(today.day() < start.day());
    u32::try_from(months).unwrap_or(0)
}

fn tenure_text(months: u32) -> String {
    match (months / 12, months % 12) {
        (0, m) => format!("{m}か月"),
        (y, 0) => format!("{y}年"),
        (y, m) => format!("{y}年{m}か月"),
    }
}

fn is_fixed_term(employment: &str) -> bool {
    ["契約", "派遣", "嘱託", "アルバイト", "パート"]
        .iter()
        .any(|w| employment.contains(w))
}

/// Decides the recommendation and spells out the reasons.
pub fn advise(facts: &Facts<'_>, today: Date) -> Advice {
    let mut reasons = Vec::new();
    let mut would_change = Vec::new();

    // Out of work: there is no job to stay in.
    if let Some(p) = facts.profile
        && p.leaving_date <= today
    {
        reasons.push(format!(
            "プロフィールの離職日（{}）を過ぎています。今の職場で実績を作る選択肢はないので、応募を進める時期です。",
            p.leaving_date
        ));
        if facts.complete_total == 0 {
            reasons.push("職務経歴書に、課題・行動・数字のそろった実績の行がまだありません。前の職場で工夫したこと（作業時間・ミス件数・件数の変化）を思い出して書き足すと、書類選考が通りやすくなります。".to_string());
        } else {
            reasons.push(format!(
                "課題・行動・数字のそろった実績が {} 行あります。面接ではこれを軸に話せます。",
                facts.complete_total
            ));
        }
        would_change.push("再就職の時期に余裕があり、職業訓練などで新しい実績を作れる場合は、それを加えてから応募する手もあります。".to_string());
        return finish(Recommendation::ApplyNow, reasons, would_change);
    }

    let job = facts.current_job;
    let tenure = job.and_then(|j| j.tenure_months);
    let employment = job
        .and_then(|j| j.employment.clone())
        .or_else(|| facts.profile.and_then(|p| p.employment_type.clone()));
    let short = tenure.is_some_and(|m| m < SHORT_TENURE_MONTHS);
    let leaving_soon = facts.profile.and_then(|p| {
        let days = (p.leaving_date - today).get_days();
        (p.leaving_date > today && i64::from(days) <= LEAVING_SOON_DAYS).then_some(p.leaving_date)
    });

    match (job, tenure) {
        (Some(j), Some(m)) if j.open => reasons.push(format!(
            "今の職場（{}）での在籍は {}（{} から）です。{}",
            j.company.as_deref().unwrap_or("現職"),
            tenure_text(m),
            j.start.map_or(String::new(), |d| format!("{}年{}月", d.year(), d.month())),
            if short {
                "1年未満での退職は、一次面接で定着性（すぐ辞めないか）を問われやすくなります。"
            } else {
                "短期離職と見られる心配は小さい長さです。"
            }
        )),
        (Some(j), _) if !j.open => reasons.push(
            "職務経歴書に「〜現在」「在職中」の職歴が見つからないため、最後の職歴を今の仕事として扱いました。".to_string(),
        ),
        (Some(_), _) => reasons.push(
            "今の職場の入社年月が読み取れないため、在籍期間は判断に使っていません。".to_string(),
        ),
        (None, _) => reasons.push(
            "職務経歴書から職歴が読み取れないため、在籍期間は判断に使っていません。".to_string(),
        ),
    }
    if let Some(e) = &employment {
        if is_fixed_term(e) {
            reasons.push(format!(
                "雇用形態は{e}です。契約の更新時期が決まっていることが多いので、次の更新の2〜3か月前には応募を始め、それまでに実績を一つ作ると空白期間を作らずに済みます。"
            ));
        } else {
            reasons.push(format!("雇用形態は{e}です。"));
        }
    }
    reasons.push(match (facts.complete_total, facts.complete_current) {
        (0, _) => "課題・行動・数字のそろった実績の行がまだありません。業務の列挙だけの職務経歴書は書類選考で不利になりやすく、面接でも「何ができる人か」が伝わりにくくなります。".to_string(),
        (n, 0) => format!(
            "課題・行動・数字のそろった実績は {n} 行ありますが、今の職場の実績はまだありません。面接では今の仕事について必ず聞かれます。"
        ),
        (n, c) => format!(
            "課題・行動・数字のそろった実績が {n} 行（うち今の職場で {c} 行）あります。"
        ),
    });
    if let Some(date) = leaving_soon {
        reasons.push(format!(
            "離職予定日（{date}）まで{}日ほどしかなく、実績を作ってから応募する時間は取りにくい状況です。",
            (date - today).get_days()
        ));
    }

    // The seeker's own record, when there is one.
    let mut documents_weak = false;
    let mut interviews_weak = false;
    let mut offers = 0;
    if let Some(d) = facts.funnel.filter(|d| d.applications > 0) {
        offers = d.offers;
        let doc_stage = d.stages.iter().find(|s| s.stage == Stage::Document);
        documents_weak = doc_stage.is_some_and(|s| s.verdict == Verdict::Below);
        let documents_fine =
            doc_stage.is_some_and(|s| matches!(s.verdict, Verdict::Within | Verdict::Above));
        interviews_weak = documents_fine
            && matches!(
                d.bottleneck,
                Some(Stage::First | Stage::Second | Stage::Final)
            );
        reasons.push(format!(
            "応募の記録: {} 社に応募し、内定 {} 件。{}",
            d.applications,
            d.offers,
            if documents_weak {
                "書類選考の通過率が目安より低く、職務経歴書の実績が足りないことを示しています。".to_string()
            } else if interviews_weak {
                "書類選考は通っていて、つまずいているのは面接です。実績づくりより面接の準備が先です。".to_string()
            } else {
                match d.bottleneck {
                    Some(stage) => format!("つまずいている段階: {}。", stage.label()),
                    None => "はっきりしたつまずきはまだ見えません。".to_string(),
                }
            }
        ));
    }

    let no_results = facts.complete_total == 0;
    let recommendation = if offers > 0 {
        reasons.push(
            "すでに内定が出ています。今の職場に残るかどうかは、内定の条件と比べて決められます。"
                .to_string(),
        );
        Recommendation::ApplyNow
    } else if no_results && leaving_soon.is_none() && !interviews_weak {
        Recommendation::BuildFirst
    } else if no_results || short || facts.complete_current == 0 || documents_weak {
        Recommendation::ApplyWhileBuilding
    } else {
        Recommendation::ApplyNow
    };

    match recommendation {
        Recommendation::BuildFirst => {
            reasons.push("今の仕事の中で数字で測れる目標を立て、2〜3か月で結果を一つ作ると、「課題→行動→数字」で語れる実績になります（下の目標を参照）。".to_string());
            would_change.push("課題・行動・数字のそろった実績が1行できたら（naitei goals draft で下書きできます）、「応募しながら実績づくり」に変わります。".to_string());
            would_change.push("書類選考は通っていて面接でつまずいている記録があれば（naitei track）、面接の準備を優先する助言に変わります。".to_string());
            would_change.push("離職日が決まっていて3か月以内なら、実績を待たずに応募を始める助言に変わります（プロフィールの leaving_date）。".to_string());
        }
        Recommendation::ApplyWhileBuilding => {
            reasons.push("応募は進めつつ、今の仕事で目標を一つ決めて数字を記録すると、面接の時点で「取り組み中の改善」として話せます。".to_string());
            if short {
                would_change.push(format!(
                    "在籍が{SHORT_TENURE_MONTHS}か月を超え、今の職場の実績が1行できたら「今すぐ応募」に変わります。"
                ));
            } else {
                would_change.push("今の職場で課題・行動・数字のそろった実績が1行できたら「今すぐ応募」に変わります。".to_string());
            }
            if documents_weak {
                would_change.push("職務経歴書を直したあとの書類選考の通過率が目安の範囲に入れば、「今すぐ応募」に近づきます。".to_string());
            }
        }
        Recommendation::ApplyNow => {
            would_change.push("書類選考の通過率が目安を下回り続けるなら（naitei diagnose）、実績を書き足しながらの応募に切り替えましょう。".to_string());
        }
    }
    finish(recommendation, reasons, would_change)
}

fn finish(
    recommendation: Recommendation,
    reasons: Vec<String>,
    would_change: Vec<String>,
) -> Advice {
    Advice {
        recommendation,
        headline: recommendation.label().to_string(),
        reasons,
        would_change,
        notice: NOTICE.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn job(start: Date, employment: &str, today: Date) -> CurrentJob {
        CurrentJob {
            company: Some("株式会社テスト".into()),
            period: None,
            employment: Some(employment.into()),
            start: Some(start),
            open: true,
            tenure_months: Some(months_between(start, today)),
            line: 1,
        }
    }

    #[test]
    fn reads_period_starts_in_both_calendars() {
        assert_eq!(period_start("2023年4月〜現在"), Some(date(2023, 4, 1)));
        assert_eq!(period_start("令和5年4月～在職中"), Some(date(2023, 4, 1)));
        assert_eq!(period_start("R5.4 - 現在"), Some(date(2023, 4, 1)));
        assert_eq!(period_start("2019/10〜2023/3"), Some(date(2019, 10, 1)));
        assert!(period_is_open("2023年4月〜現在"));
        assert!(period_is_open("2023年4月〜"));
        assert!(!period_is_open("2017年4月〜2023年3月"));
        assert_eq!(months_between(date(2023, 4, 1), date(2026, 11, 21)), 43);
        assert_eq!(months_between(date(2026, 4, 1), date(2026, 3, 1)), 0);
    }

    /// The persona of issue #9: 24, 契約社員 in 事務, two years, no achievement → build first.
    #[test]
    fn recommendations_follow_the_facts() {
        let today = date(2026, 11, 21);
        let two_years = job(date(2024, 11, 1), "契約社員", today);
        let facts = Facts {
            current_job: Some(&two_years),
            ..Facts::default()
        };
        let a = advise(&facts, today);
        assert_eq!(a.recommendation, Recommendation::BuildFirst);
        assert!(
            a.reasons.iter().any(|r| r.contains("2年")),
            "{:?}",
            a.reasons
        );
        assert!(a.reasons.iter().any(|r| r.contains("契約社員")));
        assert!(!a.would_change.is_empty());

        let with_result = Facts {
            complete_total: 1,
            complete_current: 1,
            ..facts.clone()
        };
        assert_eq!(
            advise(&with_result, today).recommendation,
            Recommendation::ApplyNow
        );

        let old_results_only = Facts {
            complete_total: 2,
            complete_current: 0,
            ..facts.clone()
        };
        assert_eq!(
            advise(&old_results_only, today).recommendation,
            Recommendation::ApplyWhileBuilding
        );

        let short = job(date(2026, 5, 1), "正社員", today);
        let short_facts = Facts {
            current_job: Some(&short),
            complete_total: 1,
            complete_current: 1,
            ..Facts::default()
        };
        let a = advise(&short_facts, today);
        assert_eq!(a.recommendation, Recommendation::ApplyWhileBuilding);
        assert!(a.reasons.iter().any(|r| r.contains("定着性")));
    }

    #[test]
    fn someone_out_of_work_cannot_stay() {
        let profile = Profile::from_toml(
            "birth_date = 2002-05-10\nleaving_date = 2026-09-30\ninsured_years = 2\nleaving_reason = \"contract_end\"",
        )
        .unwrap();
        let today = date(2026, 11, 21);
        let facts = Facts {
            profile: Some(&profile),
            ..Facts::default()
        };
        let a = advise(&facts, today);
        assert_eq!(a.recommendation, Recommendation::ApplyNow);
        assert!(a.reasons[0].contains("2026-09-30"));
        // The same profile before the leaving date, 9 days away: no time to build first.
        let a = advise(&facts, date(2026, 9, 21));
        assert_eq!(a.recommendation, Recommendation::ApplyWhileBuilding);
        assert!(a.reasons.iter().any(|r| r.contains("離職予定日")));
    }
}
