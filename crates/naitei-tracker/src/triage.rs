//! The adviser's home: the assigned seekers with what needs attention — a résumé version the adviser
//! has not commented on yet, lines of the latest version without a comment, the next interview and
//! the nearest benefit deadline (from the seeker's stored plan) — most urgent first.

use jiff::civil::Date;
use naitei_core::plan::{PlanError, Profile, benefit};
use naitei_core::text::date::JaDate;
use naitei_store::{DocumentKind, Store, User};
use serde::Serialize;

use crate::Result;

/// A dated item within this many days makes a seeker urgent.
pub const URGENT_DAYS: i64 = 7;

/// How much a seeker needs the adviser now, most pressing first (the order of the list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attention {
    /// An interview or a benefit deadline within [`URGENT_DAYS`].
    Urgent,
    /// A résumé version the adviser has not commented on.
    Review,
    /// A later interview or deadline.
    Upcoming,
    /// Nothing waiting.
    Calm,
}

impl Attention {
    pub fn label(self) -> &'static str {
        match self {
            Attention::Urgent => "至急",
            Attention::Review => "添削待ち",
            Attention::Upcoming => "予定あり",
            Attention::Calm => "対応なし",
        }
    }
}

/// The latest résumé version and its comments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResumeState {
    pub document_id: i64,
    pub label: String,
    pub created_on: String,
    /// Versions kept so far.
    pub versions: usize,
    /// The latest version is newer than the last one the adviser commented on (or the adviser has
    /// not commented on any).
    pub new_since_last_comment: bool,
    /// Non-blank lines of the latest version.
    pub lines: usize,
    /// Non-blank lines of the latest version without any comment.
    pub uncommented_lines: usize,
}

/// The seeker's next interview of an application still in selection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextInterview {
    pub application_id: i64,
    pub company: String,
    /// 一次面接 …
    pub round: String,
    pub date: Date,
    /// HH:MM, when known.
    pub time: Option<String>,
    pub days_until: i64,
}

/// The nearest date of the seeker's benefit calendar that must not be missed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BenefitDeadline {
    pub date: Date,
    /// What happens on that date, in Japanese (再就職手当 70% の期限 …).
    pub what: String,
    pub days_until: i64,
}

/// One assigned seeker on the adviser's home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeekerTriage {
    pub seeker: User,
    pub attention: Attention,
    /// Why, in Japanese: the interview, the benefit deadline, then the résumé.
    pub reasons: Vec<String>,
    pub resume: Option<ResumeState>,
    pub next_interview: Option<NextInterview>,
    pub benefit_deadline: Option<BenefitDeadline>,
    /// The stored plan could not be read (it is then left out, not guessed).
    pub plan_unreadable: bool,
}

impl SeekerTriage {
    /// The nearest dated item.
    fn nearest_days(&self) -> Option<i64> {
        [
            self.next_interview.as_ref().map(|i| i.days_until),
            self.benefit_deadline.as_ref().map(|d| d.days_until),
        ]
        .into_iter()
        .flatten()
        .min()
    }
}

fn days_between(from: Date, to: Date) -> i64 {
    (to - from).get_days().into()
}

async fn resume_state(
    store: &Store,
    adviser_id: i64,
    seeker_id: i64,
) -> Result<Option<ResumeState>> {
    let versions = store.documents_of(seeker_id, DocumentKind::Resume).await?;
    let Some(latest) = versions.last() else {
        return Ok(None);
    };
    let last = store
        .last_commented_version(adviser_id, seeker_id, DocumentKind::Resume)
        .await?;
    let commented: std::collections::HashSet<i64> = store
        .document_comments(latest.id)
        .await?
        .iter()
        .filter_map(|c| c.line)
        .collect();
    let mut lines = 0;
    let mut uncommented = 0;
    for (i, text) in latest.content.lines().enumerate() {
        if text.trim().is_empty() {
            continue;
        }
        lines += 1;
        if !commented.contains(&(i as i64 + 1)) {
            uncommented += 1;
        }
    }
    Ok(Some(ResumeState {
        document_id: latest.id,
        label: latest.label.clone(),
        created_on: latest.created_on.clone(),
        versions: versions.len(),
        new_since_last_comment: last.is_none_or(|v| latest.id > v),
        lines,
        uncommented_lines: uncommented,
    }))
}

async fn next_interview(
    store: &Store,
    seeker_id: i64,
    today: Date,
) -> Result<Option<NextInterview>> {
    let mut best: Option<NextInterview> = None;
    for app in store.applications_of(seeker_id).await? {
        if app.data.outcome != "pending" {
            continue;
        }
        for i in store.interviews(app.id).await? {
            let Some(date) = i.on_date.as_deref().and_then(|d| d.parse::<Date>().ok()) else {
                continue;
            };
            if date < today {
                continue;
            }
            let candidate = NextInterview {
                application_id: app.id,
                company: app.data.company.clone(),
                round: i.round.label().to_string(),
                date,
                time: i.start_time.clone(),
                days_until: days_between(today, date),
            };
            let key = |n: &NextInterview| (n.date, n.time.clone().unwrap_or_default());
            if best.as_ref().is_none_or(|b| key(&candidate) < key(b)) {
                best = Some(candidate);
            }
        }
    }
    Ok(best)
}

/// The nearest deadline of the benefit calendar on or after `today`, from the seeker's latest stored
/// plan profile (TOML). An error when the stored profile cannot be read.
pub fn nearest_benefit_deadline(
    profile_toml: &str,
    today: Date,
) -> std::result::Result<Option<BenefitDeadline>, PlanError> {
    let profile = Profile::from_toml(profile_toml)?;
    let b = benefit::compute(&profile, today);
    if !b.eligible {
        return Ok(None);
    }
    let mut dates: Vec<(Date, String)> = Vec::new();
    if !b.claim_date_assumed {
        dates.push((b.claim_date, "ハローワークでの受給手続き".to_string()));
    }
    for r in &b.reemployment {
        dates.push((
            r.start_by,
            format!("再就職手当 {}% の期限（この日までに就職）", r.rate_percent),
        ));
    }
    if let Some(last) = b.last_payment_date {
        dates.push((last, "基本手当の最終日（見込み）".to_string()));
    }
    dates.push((b.receipt_period_end, "受給期間の終了".to_string()));
    Ok(dates
        .into_iter()
        .filter(|(d, _)| *d >= today)
        .min_by_key(|(d, _)| *d)
        .map(|(date, what)| BenefitDeadline {
            date,
            what,
            days_until: days_between(today, date),
        }))
}

fn when(days: i64) -> String {
    match days {
        0 => "今日".to_string(),
        1 => "明日".to_string(),
        n => format!("{n}日後"),
    }
}

/// The seekers assigned to `adviser_id` with what needs attention as of `today`, most urgent first:
/// by [`Attention`], then by the nearest dated item, then by the uncommented lines.
pub async fn adviser_triage(
    store: &Store,
    adviser_id: i64,
    today: Date,
) -> Result<Vec<SeekerTriage>> {
    let mut list = Vec::new();
    for seeker in store.seekers_of(adviser_id).await? {
        let resume = resume_state(store, adviser_id, seeker.id).await?;
        let next_interview = next_interview(store, seeker.id, today).await?;
        let (benefit_deadline, plan_unreadable) = match store
            .documents_of(seeker.id, DocumentKind::Profile)
            .await?
            .pop()
        {
            None => (None, false),
            Some(doc) => match nearest_benefit_deadline(&doc.content, today) {
                Ok(d) => (d, false),
                Err(_) => (None, true),
            },
        };

        let mut reasons = Vec::new();
        let soon = |days: i64| days <= URGENT_DAYS;
        if let Some(i) = &next_interview {
            let time = i
                .time
                .as_deref()
                .map(|t| format!(" {t}"))
                .unwrap_or_default();
            reasons.push(format!(
                "{}に{}（{}、{}{time}）",
                when(i.days_until),
                i.round,
                i.company,
                JaDate(i.date)
            ));
        }
        if let Some(d) = &benefit_deadline {
            reasons.push(format!(
                "{}: {}（{}）",
                when(d.days_until),
                d.what,
                JaDate(d.date)
            ));
        }
        if let Some(r) = &resume {
            if r.new_since_last_comment {
                reasons.push(format!(
                    "まだコメントしていない職務経歴書の版があります（{}、{}）",
                    r.label, r.created_on
                ));
            }
            if r.uncommented_lines > 0 {
                reasons.push(format!(
                    "最新版のコメントのない行: {}行（全{}行）",
                    r.uncommented_lines, r.lines
                ));
            }
        }
        if plan_unreadable {
            reasons.push(
                "保存された計画を読めません（本人に計画の入力し直しを頼んでください）".to_string(),
            );
        }
        let mut entry = SeekerTriage {
            seeker,
            attention: Attention::Calm,
            reasons,
            resume,
            next_interview,
            benefit_deadline,
            plan_unreadable,
        };
        entry.attention = match entry.nearest_days() {
            Some(days) if soon(days) => Attention::Urgent,
            _ if entry
                .resume
                .as_ref()
                .is_some_and(|r| r.new_since_last_comment) =>
            {
                Attention::Review
            }
            Some(_) => Attention::Upcoming,
            None => Attention::Calm,
        };
        list.push(entry);
    }
    list.sort_by_key(|t| {
        (
            t.attention,
            t.nearest_days().unwrap_or(i64::MAX),
            std::cmp::Reverse(t.resume.as_ref().map_or(0, |r| r.uncommented_lines)),
            t.seeker.id,
        )
    });
    Ok(list)
}
