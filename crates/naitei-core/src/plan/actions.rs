//! The dated action plan: registrations, the benefit calendar, the weekly applications, hiring
//! peaks (both views of REFERENCE.md §5) and qualifications (§6).

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use super::benefit::Benefit;
use super::data::{
    AGENT_KINDS, Duration, HIRING_PEAKS, QUALIFICATIONS, SOURCE_APPLICATIONS,
    SOURCE_QUALIFICATIONS, SOURCE_RESUME_CONVENTIONS, STUDY_HOURS_PER_WEEK, TARGET_FIELDS,
};
use super::profile::Profile;
use super::salary::yen_text;
use super::weekly::WeeklyTarget;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    pub date: Date,
    /// Last day, for actions that span days (inclusive).
    pub end: Option<Date>,
    /// `register`, `review`, `claim`, `benefit`, `certification`, `reemployment`, `apply`,
    /// `hiring-peak`, `qualification`.
    pub kind: &'static str,
    pub title: String,
    pub detail: String,
    /// Where the fact behind the action comes from, for the seeker: publisher, title and date.
    pub source: Option<String>,
    /// The section of the project's reference notes (`REFERENCE.md §N`), for the CLI's JSON and
    /// maintainers; never shown to a seeker.
    pub reference: Option<&'static str>,
    /// The date is before the plan's "today" (kept for the record).
    pub past: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agent {
    pub kind: &'static str,
    pub why: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QualificationPlan {
    pub id: &'static str,
    pub name: &'static str,
    /// Time as in the source, e.g. "100〜150時間".
    pub time: String,
    pub cost_min: Option<u32>,
    pub cost_max: Option<u32>,
    /// Fits the profile's `target_field`; `None` when no field was given.
    pub fits_target: Option<bool>,
    /// Finish date when starting today, at the slow end of the time range.
    pub finish_by: Date,
    /// Finishes before the last day of 基本手当; `None` when there is no benefit.
    pub finishes_before_benefit_end: Option<bool>,
    pub age_ok: bool,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actions {
    /// Sorted by date.
    pub items: Vec<Action>,
    pub agents: Vec<Agent>,
    pub qualifications: Vec<QualificationPlan>,
    pub notes: Vec<String>,
}

fn add_days(day: Date, days: i64) -> Date {
    day.checked_add(days.days()).unwrap_or(day)
}

/// Number of agents and scout sites to register with.
pub const MIN_REGISTRATIONS: usize = 5;

fn month_start(year: i16, month: i8) -> Option<Date> {
    Date::new(year, month, 1).ok()
}

/// Busy periods of each view of hiring seasonality that overlap `from..=until`.
fn hiring_peaks(from: Date, until: Date) -> Vec<Action> {
    let mut items = Vec::new();
    for year in from.year() - 1..=until.year() {
        for peak in HIRING_PEAKS {
            let Some(start) = month_start(year, peak.from_month) else {
                continue;
            };
            let end_year = if peak.to_month < peak.from_month {
                year + 1
            } else {
                year
            };
            let Some(end) = month_start(end_year, peak.to_month).map(|d| d.last_of_month()) else {
                continue;
            };
            if end < from || start > until {
                continue;
            }
            items.push(Action {
                date: start,
                end: Some(end),
                kind: "hiring-peak",
                title: format!("採用の山: {}", peak.label),
                detail: "求人が増える時期です。この前までに職務経歴書を仕上げ、応募数を増やしてください。".to_string(),
                source: Some(format!("{}（時期は調査によって異なります）", peak.source)),
                reference: Some("REFERENCE.md §5"),
                past: false,
            });
        }
    }
    items
}

fn qualification_plans(
    profile: &Profile,
    benefit: &Benefit,
    today: Date,
) -> Vec<QualificationPlan> {
    let age = profile.age_on(today);
    QUALIFICATIONS
        .iter()
        .filter(|q| {
            profile
                .target_field
                .is_none_or(|field| q.fields.contains(&field))
        })
        .map(|q| {
            let (time, days) = match q.duration {
                Duration::CourseDays(min, max) if min == max => (format!("約{max}日"), max),
                Duration::CourseDays(min, max) => (format!("{min}〜{max}日"), max),
                Duration::StudyHours(min, max) => {
                    let weeks = (max + STUDY_HOURS_PER_WEEK - 1) / STUDY_HOURS_PER_WEEK;
                    (
                        format!("{min}〜{max}時間（週{STUDY_HOURS_PER_WEEK}時間なら約{weeks}週）"),
                        weeks * 7,
                    )
                }
            };
            let mut finish_by = add_days(today, days);
            if let Some(month) = q.exam_month {
                // Once-a-year exam: the first one after the study is done.
                let mut year = finish_by.year();
                if finish_by.month() > month {
                    year += 1;
                }
                finish_by = month_start(year, month).map_or(finish_by, |d| d.last_of_month());
            }
            QualificationPlan {
                id: q.id,
                name: q.name,
                time,
                cost_min: q.cost.map(|(min, _)| min),
                cost_max: q.cost.map(|(_, max)| max),
                fits_target: profile.target_field.map(|field| q.fields.contains(&field)),
                finish_by,
                finishes_before_benefit_end: benefit
                    .last_payment_date
                    .map(|last| finish_by <= last),
                age_ok: q.min_age.is_none_or(|min| age >= min),
                notes: q.notes.to_string(),
            }
        })
        .collect()
}

pub fn compute(
    profile: &Profile,
    benefit: &Benefit,
    weekly: &WeeklyTarget,
    today: Date,
) -> Actions {
    let mut items = Vec::new();
    let mut notes = Vec::new();

    items.push(Action {
        date: today,
        end: Some(add_days(today, 6)),
        kind: "register",
        title: format!("転職エージェント・スカウトサイトに{MIN_REGISTRATIONS}つ以上登録する"),
        detail: AGENT_KINDS
            .iter()
            .map(|(kind, _)| *kind)
            .collect::<Vec<_>>()
            .join("／"),
        source: None,
        reference: None,
        past: false,
    });
    items.push(Action {
        date: today,
        end: Some(add_days(today, 7)),
        kind: "review",
        title: "職務経歴書を点検して書き直す".to_string(),
        detail: "職務経歴書の点検で弱い行（課題・行動・数字の欠け）を見つけて直し、職務要約を200〜300字に整える".to_string(),
        source: Some(SOURCE_RESUME_CONVENTIONS.to_string()),
        reference: Some("REFERENCE.md §2"),
        past: false,
    });
    items.push(Action {
        // After a week of registering and rewriting the résumé, unless the window is shorter.
        date: add_days(today, 7).min(weekly.apply_until),
        end: Some(weekly.apply_until),
        kind: "apply",
        title: format!("毎週{}社に応募する", weekly.per_week),
        detail: format!(
            "{} までに合計{}社。書類・面接の結果を記録し、2週間ごとに通過率を見直す",
            weekly.apply_until, weekly.total_applications
        ),
        source: Some(SOURCE_APPLICATIONS.to_string()),
        reference: Some("REFERENCE.md §1"),
        past: false,
    });

    if benefit.eligible {
        let claim = benefit.claim_date;
        items.push(Action {
            date: claim,
            end: None,
            kind: "claim",
            title: "ハローワークで求職の申込みと受給手続き".to_string(),
            detail: "離職票・本人確認書類・写真・通帳を持参。この日が受給資格決定日".to_string(),
            source: None,
            reference: None,
            past: false,
        });
        let mut push = |day: Option<Date>, kind: &'static str, title: String, detail: String| {
            if let Some(day) = day {
                items.push(Action {
                    date: day,
                    end: None,
                    kind,
                    title,
                    detail,
                    source: None,
                    reference: None,
                    past: false,
                });
            }
        };
        push(
            benefit.waiting_end,
            "benefit",
            "待期（7日間）の終了".to_string(),
            String::new(),
        );
        if benefit.restriction_months > 0 {
            push(
                benefit.restriction_end,
                "benefit",
                format!("給付制限（{}か月）の終了", benefit.restriction_months),
                String::new(),
            );
        }
        let senior = benefit.kind == super::benefit::BenefitKind::SeniorLumpSum;
        push(
            benefit.payment_start,
            "benefit",
            if senior {
                "高年齢求職者給付金（一時金）の対象になる日".to_string()
            } else {
                "基本手当の支給対象の初日".to_string()
            },
            String::new(),
        );
        for r in &benefit.reemployment {
            push(
                Some(r.start_by),
                "reemployment",
                format!("再就職手当 {}% の期限（この日までに就職）", r.rate_percent),
                format!(
                    "就職日の前日に支給残日数が{}日以上あること",
                    r.min_days_left
                ),
            );
        }
        let cert_count = benefit.certification_dates.len();
        for (i, day) in benefit.certification_dates.iter().enumerate() {
            push(
                Some(*day),
                "certification",
                format!("失業の認定日（目安 {}/{cert_count}）", i + 1),
                format!(
                    "実際の日はハローワークが指定します。前回の認定日からの期間に求職活動の実績が{}回以上必要です",
                    benefit.job_search_activities_per_period
                ),
            );
        }
        push(
            benefit.last_payment_date,
            "benefit",
            "基本手当の最終日（見込み）".to_string(),
            format!("休まず受給した場合。所定給付日数 {} 日", benefit.days),
        );
        push(
            Some(benefit.receipt_period_end),
            "benefit",
            "受給期間の終了".to_string(),
            "これ以降は残りの日数があっても受け取れません".to_string(),
        );
    }

    let horizon = weekly
        .deadline
        .max(benefit.receipt_period_end.min(add_days(today, 365)))
        .max(add_days(today, 180));
    items.extend(hiring_peaks(today, horizon));

    let qualifications = qualification_plans(profile, benefit, today);
    if profile.target_field.is_none() {
        notes.push(
            "志望分野を選ぶと、その分野に合う資格だけに絞り、予定表に組み込みます。".to_string(),
        );
    } else {
        for q in qualifications
            .iter()
            .filter(|q| q.fits_target == Some(true) && q.age_ok)
        {
            let cost = match (q.cost_min, q.cost_max) {
                (Some(min), Some(max)) if min == max => {
                    format!("費用 約{}", yen_text(i64::from(min)))
                }
                (Some(min), Some(max)) => format!(
                    "費用 約{}〜{}",
                    yen_text(i64::from(min)),
                    yen_text(i64::from(max))
                ),
                _ => "費用は要確認".to_string(),
            };
            items.push(Action {
                date: today,
                end: Some(q.finish_by),
                kind: "qualification",
                title: format!("資格の準備を始める: {}", q.name),
                detail: format!("{}、{cost}。{}", q.time, q.notes),
                source: Some(SOURCE_QUALIFICATIONS.to_string()),
                reference: Some("REFERENCE.md §6"),
                past: false,
            });
        }
        let field = TARGET_FIELDS
            .iter()
            .find(|(id, _)| Some(*id) == profile.target_field)
            .map_or("", |(_, l)| *l);
        if qualifications.is_empty() {
            notes.push(format!("{field}向けの資格の情報はまだありません。"));
        }
    }

    for item in &mut items {
        item.past = item.end.unwrap_or(item.date) < today;
    }
    items.sort_by_key(|a| (a.date, a.end));

    Actions {
        items,
        agents: AGENT_KINDS
            .iter()
            .map(|(kind, why)| Agent { kind, why })
            .collect(),
        qualifications,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::build_plan;
    use jiff::civil::date;

    fn plan(extra: &str) -> crate::plan::Plan {
        let profile = Profile::from_toml(&format!(
            "birth_date = 1977-05-10\nleaving_date = 2026-09-30\ninsured_years = 25\nleaving_reason = \"self\"\nclaim_date = 2026-10-05\n{extra}"
        ))
        .unwrap();
        build_plan(&profile, date(2026, 11, 21), None)
    }

    #[test]
    fn items_are_sorted_and_cover_the_essentials() {
        let p = plan("");
        let items = &p.actions.items;
        assert!(items.windows(2).all(|w| w[0].date <= w[1].date));
        for kind in [
            "register",
            "review",
            "apply",
            "claim",
            "benefit",
            "reemployment",
            "hiring-peak",
        ] {
            assert!(items.iter().any(|a| a.kind == kind), "missing {kind}");
        }
        assert!(p.actions.agents.len() >= MIN_REGISTRATIONS);
        // The claim was before today, so it is kept as past.
        assert!(items.iter().find(|a| a.kind == "claim").unwrap().past);
    }

    #[test]
    fn both_seasonality_views_appear() {
        let p = plan("");
        let peaks: Vec<&Action> = p
            .actions
            .items
            .iter()
            .filter(|a| a.kind == "hiring-peak")
            .collect();
        assert!(
            peaks
                .iter()
                .any(|a| a.source.as_deref().unwrap().contains("doda"))
        );
        assert!(
            peaks
                .iter()
                .any(|a| a.source.as_deref().unwrap().contains("ブログ"))
        );
        // Feb–Mar 2027 (blogs) and the Sep→Nov rise of 2026 still running on 2026-11-21 (doda).
        assert!(
            peaks
                .iter()
                .any(|a| a.date == date(2027, 2, 1) && a.end == Some(date(2027, 3, 31)))
        );
        assert!(
            peaks
                .iter()
                .any(|a| a.date == date(2026, 9, 1) && a.end == Some(date(2026, 11, 30)))
        );
    }

    #[test]
    fn qualifications_filtered_by_field_and_checked_against_benefit_end() {
        let p = plan("target_field = \"logistics\"");
        let ids: Vec<&str> = p.actions.qualifications.iter().map(|q| q.id).collect();
        assert_eq!(ids, ["forklift", "large-vehicle"]);
        let forklift = &p.actions.qualifications[0];
        assert_eq!(forklift.finish_by, date(2026, 11, 26));
        assert_eq!(forklift.finishes_before_benefit_end, Some(true));
        assert!(p.actions.items.iter().any(|a| a.kind == "qualification"));

        let p = plan("target_field = \"real_estate\"");
        let takken = &p.actions.qualifications[0];
        // 500 h at 15 h a week = 34 weeks → 2027-07-17; the next October exam is 2027-10.
        assert_eq!(takken.finish_by, date(2027, 10, 31));
        assert_eq!(takken.finishes_before_benefit_end, Some(false));

        let p = plan("");
        assert_eq!(p.actions.qualifications.len(), QUALIFICATIONS.len());
        assert!(
            p.actions
                .qualifications
                .iter()
                .all(|q| q.fits_target.is_none())
        );
    }
}
