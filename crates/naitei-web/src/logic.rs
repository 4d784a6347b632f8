//! What the API and the pages share: validating tracker input, loading an application with its
//! log, the funnel diagnosis and the consistency checks of one seeker. Engines that take CPU
//! time run on the blocking pool so the server stays responsive.

use naitei_core::compare::{self, Conflict};
use naitei_core::funnel::{
    Channel, Diagnosis, EventResult, FunnelRecord, Outcome, QuestionKind, Relation, Stage,
    apply_event, diagnose, parse_channel,
};
use naitei_store::{
    Application, ApplicationData, Comment, Interview, InterviewPatch, NewEvent, NewQuestion,
    Question, StageEvent,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{AppError, AppState};

/// Runs CPU-bound engine work off the async runtime.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// The fields of an application as entered in a form or sent to the API. Empty strings are
/// "not given"; codes or Japanese names are accepted (`agent` or `転職エージェント`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
pub struct ApplicationInput {
    /// 会社名（必須）
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub position: String,
    /// hellowork | agent | scout | direct | referral（`agent:NAME` も可）
    #[serde(default)]
    pub channel: String,
    /// エージェント名・スカウトサイト名
    #[serde(default)]
    pub channel_name: String,
    /// same | same-job | adjacent | new
    #[serde(default)]
    pub relation: String,
    /// 応募日（YYYY-MM-DD、2024/4/1、令和6年4月1日）。空なら今日
    #[serde(default)]
    pub applied_on: String,
    /// 提示年収（万円）
    #[serde(default)]
    pub offered_salary: String,
    #[serde(default)]
    pub posting: String,
    #[serde(default)]
    pub notes: String,
    /// 編集時のみ: document | first | second | final | offer
    #[serde(default)]
    pub furthest_stage: String,
    /// 編集時のみ: pending | failed | withdrawn | accepted | declined
    #[serde(default)]
    pub outcome: String,
}

/// Validation messages per field, in Japanese.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FieldErrors(pub Vec<(String, String)>);

impl FieldErrors {
    fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push((field.to_owned(), message.into()));
    }
    pub fn into_error(self) -> AppError {
        AppError::Invalid(
            self.0
                .iter()
                .map(|(_, m)| m.as_str())
                .collect::<Vec<_>>()
                .join("／"),
        )
    }
}

fn opt(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

pub fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    naitei_core::plan::fields::parse_date(text)
}

/// A salary in 万円: `450`, `450万`, `450万円`, `4,500,000円`.
pub fn parse_salary(input: &str) -> Result<Option<i64>, String> {
    let s: String = input
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !matches!(c, ',' | '，' | ' '))
        .collect();
    if s.is_empty() {
        return Ok(None);
    }
    let bad = || format!("年収「{input}」を読めません（万円の数字で。例: 450 または 450万円）");
    if let Some(n) = s.strip_suffix("万円").or_else(|| s.strip_suffix('万')) {
        return n.parse().map(Some).map_err(|_| bad());
    }
    let n: i64 = s
        .strip_suffix('円')
        .unwrap_or(&s)
        .parse()
        .map_err(|_| bad())?;
    Ok(Some(if n >= 10_000 { (n + 5_000) / 10_000 } else { n }))
}

impl ApplicationInput {
    pub fn from_data(d: &ApplicationData) -> Self {
        ApplicationInput {
            company: d.company.clone(),
            position: d.position.clone(),
            channel: d.channel.clone(),
            channel_name: d.channel_name.clone().unwrap_or_default(),
            relation: d.relation.clone(),
            applied_on: d.applied_on.clone(),
            offered_salary: d.offered_salary.map(|s| s.to_string()).unwrap_or_default(),
            posting: d.posting.clone().unwrap_or_default(),
            notes: d.notes.clone().unwrap_or_default(),
            furthest_stage: d.furthest_stage.clone(),
            outcome: d.outcome.clone(),
        }
    }

    /// Checks every field; on success the stored values (codes, ISO dates, 万円).
    /// `current` is the application being edited (its stage and outcome are kept unless given).
    pub fn validate(
        &self,
        today: jiff::civil::Date,
        current: Option<&ApplicationData>,
    ) -> Result<ApplicationData, FieldErrors> {
        let mut errors = FieldErrors::default();
        let company = self.company.trim();
        if company.is_empty() {
            errors.add("company", "会社名を入力してください");
        } else if company.chars().count() > 200 {
            errors.add("company", "会社名が長すぎます（200文字まで）");
        }
        let (channel, mut channel_name) = match parse_channel(self.channel.trim()) {
            Ok(c) => c,
            Err(e) => {
                errors.add("channel", format!("応募経路を選んでください（{e}）"));
                (Channel::Direct, None)
            }
        };
        if let Some(n) = opt(&self.channel_name) {
            channel_name = Some(n);
        }
        let relation = self
            .relation
            .trim()
            .parse::<Relation>()
            .unwrap_or_else(|e| {
                errors.add("relation", format!("経験との関係を選んでください（{e}）"));
                Relation::Same
            });
        let applied_on = match opt(&self.applied_on) {
            None => today,
            Some(s) => parse_date(&s).unwrap_or_else(|| {
                errors.add(
                    "applied_on",
                    format!("応募日「{s}」を読めません（例: 2024-04-01、2024/4/1、令和6年4月1日）"),
                );
                today
            }),
        };
        let offered_salary = parse_salary(&self.offered_salary).unwrap_or_else(|m| {
            errors.add("offered_salary", m);
            None
        });
        let stage = match opt(&self.furthest_stage) {
            Some(s) => s.parse::<Stage>().unwrap_or_else(|e| {
                errors.add("furthest_stage", format!("段階: {e}"));
                Stage::Document
            }),
            None => current
                .and_then(|c| c.furthest_stage.parse().ok())
                .unwrap_or(Stage::Document),
        };
        let outcome = match opt(&self.outcome) {
            Some(s) => s.parse::<Outcome>().unwrap_or_else(|e| {
                errors.add("outcome", format!("状況: {e}"));
                Outcome::Pending
            }),
            None => current
                .and_then(|c| c.outcome.parse().ok())
                .unwrap_or(Outcome::Pending),
        };
        if !outcome.allowed_at(stage) {
            errors.add(
                "outcome",
                format!(
                    "{}の段階で状況「{}」は使えません",
                    stage.label(),
                    outcome.label()
                ),
            );
        }
        if !errors.0.is_empty() {
            return Err(errors);
        }
        Ok(ApplicationData {
            company: company.to_owned(),
            position: self.position.trim().to_owned(),
            channel: channel.code().to_owned(),
            channel_name,
            relation: relation.code().to_owned(),
            applied_on: applied_on.to_string(),
            furthest_stage: stage.code().to_owned(),
            outcome: outcome.code().to_owned(),
            offered_salary,
            posting: opt(&self.posting),
            notes: opt(&self.notes),
        })
    }
}

/// A stage event as entered.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct EventInput {
    /// document | first | second | final | offer
    #[serde(default)]
    pub stage: String,
    /// pending | passed | failed | withdrawn | accepted | declined
    #[serde(default)]
    pub result: String,
    /// 日付（空なら今日）
    #[serde(default)]
    pub on_date: String,
    #[serde(default)]
    pub note: String,
}

/// Records a stage event on an application (the caller has checked ownership).
pub async fn record_event(
    state: &AppState,
    id: i64,
    input: &EventInput,
) -> Result<Application, AppError> {
    let stage: Stage = input
        .stage
        .trim()
        .parse()
        .map_err(|e| AppError::Invalid(format!("段階: {e}")))?;
    let result: EventResult = input
        .result
        .trim()
        .parse()
        .map_err(|e| AppError::Invalid(format!("結果: {e}")))?;
    let on = match opt(&input.on_date) {
        None => state.today(),
        Some(s) => parse_date(&s).ok_or_else(|| {
            AppError::Invalid(format!("日付「{s}」を読めません（例: 2024-04-01）"))
        })?,
    };
    let app = state.store.application(id).await?;
    let current = (
        app.data
            .furthest_stage
            .parse::<Stage>()
            .unwrap_or(Stage::Document),
        app.data
            .outcome
            .parse::<Outcome>()
            .unwrap_or(Outcome::Pending),
    );
    let (furthest, outcome) =
        apply_event(current, stage, result).map_err(|e| AppError::Invalid(e.to_string()))?;
    let event = NewEvent {
        stage: stage.code().to_owned(),
        on_date: on.to_string(),
        result: result.code().to_owned(),
        note: opt(&input.note),
    };
    let patch = InterviewPatch {
        on_date: Some(on.to_string()),
        ..InterviewPatch::default()
    };
    let interview =
        (stage.is_interview() && result == EventResult::Pending).then_some((stage.code(), &patch));
    state
        .store
        .record_event(id, &event, furthest.code(), outcome.code(), interview)
        .await?;
    Ok(state.store.application(id).await?)
}

/// A question asked in an interview, with the answer given.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct QuestionInput {
    /// first | second | final
    #[serde(default)]
    pub round: String,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub answer: String,
    /// reason | motive | pr | strength | weakness | success | failure | reverse | other（空なら質問文から推定）
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub memo: String,
}

pub async fn add_question(
    state: &AppState,
    id: i64,
    input: &QuestionInput,
) -> Result<i64, AppError> {
    let round: Stage = input
        .round
        .trim()
        .parse()
        .map_err(|e| AppError::Invalid(format!("面接の回: {e}")))?;
    if !round.is_interview() {
        return Err(AppError::Invalid(
            "面接の回は一次・二次・最終のどれかを選んでください".into(),
        ));
    }
    let question = input.question.trim();
    if question.is_empty() {
        return Err(AppError::Invalid("質問を入力してください".into()));
    }
    let kind = match opt(&input.kind) {
        Some(k) => k
            .parse::<QuestionKind>()
            .map_err(|e| AppError::Invalid(format!("質問の種類: {e}")))?,
        None => naitei_core::answer::QuestionKind::from_heading(question)
            .and_then(|k| k.id().parse().ok())
            .unwrap_or(QuestionKind::Other),
    };
    let q = NewQuestion {
        kind: kind.code().to_owned(),
        question: question.to_owned(),
        answer: input.answer.trim().to_owned(),
        memo: opt(&input.memo),
    };
    let (_, qid) = state
        .store
        .add_question(id, round.code(), &InterviewPatch::default(), &q)
        .await?;
    Ok(qid)
}

#[derive(Debug, Clone, Serialize)]
pub struct InterviewLog {
    #[serde(flatten)]
    pub interview: Interview,
    pub round_label: &'static str,
    pub questions: Vec<QuestionLog>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionLog {
    #[serde(flatten)]
    pub question: Question,
    pub kind_label: &'static str,
    pub comments: Vec<Comment>,
}

/// Two rounds' answers to questions of the same kind that contradict each other.
#[derive(Debug, Clone, Serialize)]
pub struct ConsistencyWarning {
    pub kind_label: &'static str,
    pub first_round: &'static str,
    pub second_round: &'static str,
    pub conflicts: Vec<Conflict>,
}

/// An application with its timeline and interview log, as the API returns it.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationDetail {
    pub application: Application,
    pub owner_id: i64,
    pub events: Vec<StageEvent>,
    pub interviews: Vec<InterviewLog>,
    pub consistency: Vec<ConsistencyWarning>,
}

pub fn stage_label(code: &str) -> &'static str {
    code.parse::<Stage>().map(|s| s.label()).unwrap_or("その他")
}

pub async fn application_detail(
    state: &AppState,
    id: i64,
    owner_id: i64,
) -> Result<ApplicationDetail, AppError> {
    let application = state.store.application(id).await?;
    let events = state.store.events(id).await?;
    let comments = state.store.application_comments(id).await?;
    let mut interviews = Vec::new();
    for interview in state.store.interviews(id).await? {
        let questions = state
            .store
            .questions(interview.id)
            .await?
            .into_iter()
            .map(|q| QuestionLog {
                kind_label: q
                    .kind
                    .parse::<QuestionKind>()
                    .map(|k| k.label())
                    .unwrap_or("その他"),
                comments: comments
                    .iter()
                    .filter(|c| c.question_id == Some(q.id))
                    .cloned()
                    .collect(),
                question: q,
            })
            .collect();
        interviews.push(InterviewLog {
            round_label: stage_label(&interview.round),
            interview,
            questions,
        });
    }
    interviews.sort_by_key(|i| {
        i.interview
            .round
            .parse::<Stage>()
            .map(|s| s as u8)
            .unwrap_or(9)
    });
    let consistency = consistency(&interviews).await?;
    Ok(ApplicationDetail {
        application,
        owner_id,
        events,
        interviews,
        consistency,
    })
}

/// Compares the answers to questions of the same kind in two different rounds.
async fn consistency(interviews: &[InterviewLog]) -> Result<Vec<ConsistencyWarning>, AppError> {
    let mut pairs = Vec::new();
    for (i, a) in interviews.iter().enumerate() {
        for b in &interviews[i + 1..] {
            for qa in &a.questions {
                for qb in &b.questions {
                    if qa.question.kind == qb.question.kind
                        && !qa.question.answer.trim().is_empty()
                        && !qb.question.answer.trim().is_empty()
                    {
                        pairs.push((
                            qa.kind_label,
                            a.round_label,
                            b.round_label,
                            qa.question.answer.clone(),
                            qb.question.answer.clone(),
                        ));
                    }
                }
            }
        }
    }
    blocking(move || {
        pairs
            .into_iter()
            .filter_map(|(kind_label, first_round, second_round, x, y)| {
                let c = compare::compare(&x, &y);
                (!c.consistent).then_some(ConsistencyWarning {
                    kind_label,
                    first_round,
                    second_round,
                    conflicts: c.conflicts,
                })
            })
            .collect()
    })
    .await
}

/// The funnel diagnosis of one seeker's applications.
pub async fn diagnosis_of(state: &AppState, user_id: i64) -> Result<Diagnosis, AppError> {
    let rows = state.store.funnel_rows_of(user_id).await?;
    let records: Vec<FunnelRecord> = rows
        .iter()
        .filter_map(|d| {
            Some(FunnelRecord {
                furthest_stage: d.furthest_stage.parse().ok()?,
                outcome: d.outcome.parse().ok()?,
                channel: parse_channel(&d.channel).ok()?.0,
                relation: d.relation.parse().ok()?,
                offered_salary: d.offered_salary,
            })
        })
        .collect();
    Ok(diagnose(&records))
}

/// The plan for a profile (TOML), with the seeker's own funnel when there is one.
pub async fn plan_for(
    state: &AppState,
    user_id: i64,
    profile_toml: &str,
    today: Option<&str>,
) -> Result<naitei_core::plan::Plan, AppError> {
    use naitei_core::plan::{FunnelCounts, Profile, build_plan};
    let profile = Profile::from_toml(profile_toml)
        .map_err(|e| AppError::Invalid(format!("プロフィール: {e}")))?;
    let today = match today.and_then(opt) {
        Some(t) => parse_date(&t)
            .ok_or_else(|| AppError::Invalid(format!("基準日「{t}」を読めません（YYYY-MM-DD）")))?,
        None => state.today(),
    };
    let diagnosis = diagnosis_of(state, user_id).await?;
    let funnel = (diagnosis.applications > 0).then(|| FunnelCounts::from_diagnosis(&diagnosis));
    blocking(move || build_plan(&profile, today, funnel.as_ref())).await
}
