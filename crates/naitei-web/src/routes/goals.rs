//! Goals in the current job (今の仕事の目標): stay or go, measurable goals per duty, the measured
//! baseline and results, and the achievement line drafted from them. Page and API.
//!
//! The page's goals are the seeker's own: they are kept as one document of kind `goals` per
//! seeker (JSON: the duties entered and the saved goals with their measurements; the newest
//! version counts), since the tracker's goal table belongs to the command line's single user.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use naitei_core::goals::GoalsReport;
use naitei_core::goals::catalog::{Unit, number_text};
use naitei_core::goals::draft::{DraftInput, draft};
use naitei_core::goals::status;
use naitei_store::{DocumentKind, MeasurementKind, NewDocument, NewGoal, NewMeasurement};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::{render, see_other};
use super::{ErrorBody, value};
use crate::access::Seeker;
use crate::auth::Viewer;
use crate::extract::{ApiJson, PageForm};
use crate::logic::{self, cancellable};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/goals", get(goals_page).post(goals_propose))
        .route("/goals/save", post(goals_save))
        .route("/goals/measure", post(goals_measure))
        .route("/goals/remove", post(goals_remove))
        .routes(routes!(goals))
}

// ---------------------------------------------------------------------------------------------
// Page

/// What the page keeps for a seeker.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct GoalsDoc {
    /// Where the goals came from: the duties entered, or the latest résumé.
    #[serde(default)]
    source: Source,
    #[serde(default)]
    goals: Vec<SavedGoal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Source {
    /// `resume`, or empty for the duties below.
    #[serde(default)]
    from: String,
    /// The month the current job began (2022年4月).
    #[serde(default)]
    start: String,
    /// One duty a line.
    #[serde(default)]
    duties: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct SavedGoal {
    goal: NewGoal,
    #[serde(default)]
    measurements: Vec<NewMeasurement>,
}

async fn load_doc(state: &AppState, seeker: &Seeker) -> Result<GoalsDoc, AppError> {
    Ok(state
        .data
        .documents_of(seeker, DocumentKind::Goals)
        .await?
        .pop()
        .and_then(|d| serde_json::from_str(&d.content).ok())
        .unwrap_or_default())
}

async fn save_doc(state: &AppState, viewer: &Viewer, doc: &GoalsDoc) -> Result<(), AppError> {
    let content = serde_json::to_string(doc).map_err(|e| AppError::Internal(e.to_string()))?;
    let row = NewDocument {
        application_id: None,
        kind: DocumentKind::Goals,
        label: DocumentKind::Goals.label().into(),
        created_on: state.today().to_string(),
        content,
    };
    state.data.add_document(viewer, &row).await?;
    Ok(())
}

/// The month a job began, as the résumé writes it (2022年4月), from 2022年4月, 2022/4 or 2022-04.
fn start_month(text: &str) -> Option<String> {
    let s = naitei_core::text::normalize::Normalized::new(text.trim()).text;
    let digits: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match digits.as_slice() {
        [y, m, ..] if (1950..=2100).contains(y) && (1..=12).contains(m) => {
            Some(format!("{y}年{m}月"))
        }
        _ => None,
    }
}

/// The text the goals engine reads: the latest résumé, or the duties entered written as the
/// current job of a résumé. `Err` is a message for the form, with the field it belongs to.
async fn source_text(
    state: &AppState,
    seeker: &Seeker,
    source: &Source,
) -> Result<Result<String, (&'static str, String)>, AppError> {
    if source.from == "resume" {
        return Ok(state
            .data
            .documents_of(seeker, DocumentKind::Resume)
            .await?
            .pop()
            .map(|d| d.content)
            .ok_or((
                "resume",
                "職務経歴書がまだ保存されていません。業務を下の欄に入れるか、先に職務経歴書を保存してください".into(),
            )));
    }
    let duties: Vec<&str> = source
        .duties
        .lines()
        .map(|l| l.trim().trim_start_matches(['-', '・', '*', '●']).trim())
        .filter(|l| !l.is_empty())
        .collect();
    if duties.is_empty() {
        return Ok(Err((
            "duties",
            "今の仕事の業務を1行に1つずつ入れてください（例: 請求書の作成と発行）".into(),
        )));
    }
    let Some(start) = start_month(&source.start) else {
        return Ok(Err((
            "start",
            "今の職場で働き始めた年月を入れてください（例: 2022年4月）".into(),
        )));
    };
    let mut text = format!("# 職務経歴書\n\n## 職務経歴\n\n### 現在の職場（{start}〜現在）\n\n");
    for d in duties {
        text.push_str(&format!("- {d}\n"));
    }
    Ok(Ok(text))
}

/// The goals report for a text, with the seeker's saved 計画 (whether they have left) and funnel.
async fn report_of(
    state: &AppState,
    seeker: &Seeker,
    text: String,
) -> Result<GoalsReport, AppError> {
    logic::within_engine_budget(&[&text])?;
    let profile = super::plan::saved_profile(state, seeker)
        .await?
        .and_then(|t| naitei_core::plan::Profile::from_toml(&t).ok());
    let diagnosis = logic::diagnosis_of(state, seeker).await?;
    let config = state.config.engine.clone();
    let today = state.today();
    cancellable(move |c| {
        let funnel = (diagnosis.applications > 0).then_some(&diagnosis);
        naitei_core::goals::build_cancellable(
            &text,
            &naitei_core::goals::Context {
                today,
                profile: profile.as_ref(),
                funnel,
                config: &config,
            },
            c,
        )
    })
    .await
}

/// A saved goal as the page shows it: its values with their unit, its progress and, once a
/// result is better than the baseline, the achievement line drafted from them.
fn saved_view(index: usize, s: &SavedGoal) -> Value {
    let g = &s.goal;
    let unit = Unit::from_label(&g.unit);
    let shown =
        |v: f64| unit.map_or_else(|| format!("{} {}", number_text(v), g.unit), |u| u.text(v));
    let progress = status(
        &g.direction,
        s.measurements.iter().map(|m| (m.kind, m.value.as_str())),
    );
    let line = match (progress.baseline_value, progress.result_value) {
        (Some(baseline), Some(result)) => Some(draft(&DraftInput {
            metric: &g.metric,
            what: &g.measure,
            action: &g.action,
            baseline,
            result,
        })),
        _ => None,
    };
    let measurements: Vec<Value> = s
        .measurements
        .iter()
        .map(|m| {
            context! {
                kind => m.kind.label(),
                value => m.value.parse::<f64>().map(shown).unwrap_or_else(|_| m.value.clone()),
                on_date => m.on_date,
            }
        })
        .collect();
    context! {
        index,
        duty => g.duty,
        metric => g.metric_label,
        measure => g.measure,
        unit => g.unit,
        action => g.action_label,
        target => g.target,
        deadline => g.deadline,
        measurements,
        has_baseline => progress.baseline_value.is_some(),
        improvement => progress.improvement_percent,
        draft => line.as_ref().and_then(|l| l.as_ref().ok()),
        draft_problem => line.as_ref().and_then(|l| l.as_ref().err()).map(|e| e.to_string()),
    }
}

/// The page: the saved goals, the source form, and the report when there is one. `problem` is
/// a form's mistake: (the field, the message); `measure` the measurement form's inputs.
async fn goals_html(
    state: &AppState,
    viewer: &Viewer,
    source: &Source,
    report: Option<&GoalsReport>,
    problem: Option<(&str, String)>,
    measure: Value,
) -> Result<Html<String>, AppError> {
    let doc = load_doc(state, &Seeker::own(viewer)).await?;
    let saved: Vec<Value> = doc
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| saved_view(i, g))
        .collect();
    let has_resume = !state
        .data
        .documents_of(&Seeker::own(viewer), DocumentKind::Resume)
        .await?
        .is_empty();
    // A proposed goal already saved shows as such instead of a second save button.
    let report = report.map(|r| {
        let goals: Vec<Value> = r
            .goals
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let kept = doc.goals.iter().any(|s| {
                    s.goal.duty == g.duty
                        && s.goal.metric == g.metric_id
                        && s.goal.measure == g.measure
                });
                context! { index => i, kept, ..Value::from_serialize(g) }
            })
            .collect();
        context! {
            headline => r.headline, reasons => r.reasons, notice => r.notice,
            recommendation => r.recommendation.label(),
            current_job => Value::from_serialize(&r.current_job),
            goals,
        }
    });
    let (problem_field, problem) = match problem {
        Some((f, m)) => (Some(f), Some(m)),
        None => (None, None),
    };
    render(
        state,
        Some(viewer),
        "goals",
        None,
        "goals.html",
        context! {
            source => Value::from_serialize(source),
            has_resume, saved, report, problem_field, problem, measure,
            today => state.today().to_string(),
        },
    )
}

/// The page with the report of the saved source (if any).
async fn show(
    state: &AppState,
    viewer: &Viewer,
    source: &Source,
    problem: Option<(&str, String)>,
    measure: Value,
) -> Result<Html<String>, AppError> {
    let report = match source_text(state, &Seeker::own(viewer), source).await? {
        Ok(text) if source != &Source::default() => {
            Some(report_of(state, &Seeker::own(viewer), text).await?)
        }
        _ => None,
    };
    goals_html(state, viewer, source, report.as_ref(), problem, measure).await
}

async fn goals_page(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, AppError> {
    let doc = load_doc(&state, &Seeker::own(&viewer)).await?;
    show(&state, &viewer, &doc.source, None, Value::UNDEFINED).await
}

/// 「目標を立てる」: the report for the duties entered (or the latest résumé), which is kept as
/// the page's source.
async fn goals_propose(
    State(state): State<AppState>,
    form: PageForm<Source>,
) -> Result<Response, AppError> {
    let viewer = &form.viewer;
    let source = &form.data;
    match source_text(&state, &Seeker::own(viewer), source).await? {
        Ok(text) => {
            let report = report_of(&state, &Seeker::own(viewer), text).await?;
            let mut doc = load_doc(&state, &Seeker::own(viewer)).await?;
            if doc.source != *source {
                doc.source = source.clone();
                save_doc(&state, viewer, &doc).await?;
            }
            Ok(goals_html(
                &state,
                viewer,
                source,
                Some(&report),
                None,
                Value::UNDEFINED,
            )
            .await?
            .into_response())
        }
        Err(problem) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            goals_html(
                &state,
                viewer,
                source,
                None,
                Some(problem),
                Value::UNDEFINED,
            )
            .await?,
        )
            .into_response()),
    }
}

#[derive(Deserialize)]
struct Pick {
    /// The index of the proposed goal in the report of the saved source.
    index: usize,
}

/// 「この目標を保存」: keeps one proposed goal of the saved source's report.
async fn goals_save(
    State(state): State<AppState>,
    form: PageForm<Pick>,
) -> Result<Response, AppError> {
    let viewer = &form.viewer;
    let mut doc = load_doc(&state, &Seeker::own(viewer)).await?;
    let text = match source_text(&state, &Seeker::own(viewer), &doc.source).await? {
        Ok(t) => t,
        Err((_, m)) => return Err(AppError::Invalid(m)),
    };
    let report = report_of(&state, &Seeker::own(viewer), text).await?;
    let Some(goal) = report.goals.get(form.data.index) else {
        return Err(AppError::Invalid(
            "その目標は見つかりません。ページを開き直してから選んでください".into(),
        ));
    };
    let goal = naitei_tracker::goals::new_goal(goal, "web", &state.today().to_string());
    let kept = doc.goals.iter().any(|s| {
        s.goal.duty == goal.duty && s.goal.metric == goal.metric && s.goal.measure == goal.measure
    });
    if !kept {
        doc.goals.push(SavedGoal {
            goal,
            measurements: Vec::new(),
        });
        save_doc(&state, viewer, &doc).await?;
    }
    Ok(see_other(format!("/goals#goal-{}", doc.goals.len() - 1)))
}

#[derive(Deserialize)]
struct MeasureForm {
    index: usize,
    /// `baseline` | `result`
    #[serde(default)]
    kind: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    on_date: String,
}

/// 「記録する」: a measured baseline or result of a saved goal; a mistake is shown next to the
/// goal's form with what was typed.
async fn goals_measure(
    State(state): State<AppState>,
    form: PageForm<MeasureForm>,
) -> Result<Response, AppError> {
    let viewer = &form.viewer;
    let f = &form.data;
    let mut doc = load_doc(&state, &Seeker::own(viewer)).await?;
    if f.index >= doc.goals.len() {
        return Err(AppError::Invalid(
            "その目標は見つかりません。ページを開き直してください".into(),
        ));
    }
    let checked = (|| {
        let kind = MeasurementKind::from_code(&f.kind)
            .map_err(|_| "基準値か結果かを選んでください".to_owned())?;
        if f.value.trim().is_empty() {
            return Err("測った値を入れてください（例: 8）".to_owned());
        }
        let value = naitei_tracker::goals::parse_value(&f.value)?;
        let on_date = match naitei_tracker::fields::opt(&f.on_date) {
            Some(d) => naitei_tracker::fields::date(&d)?.to_string(),
            None => state.today().to_string(),
        };
        Ok(NewMeasurement {
            kind,
            value: number_text(value),
            on_date,
            note: None,
        })
    })();
    match checked {
        Ok(m) => {
            doc.goals[f.index].measurements.push(m);
            save_doc(&state, viewer, &doc).await?;
            Ok(see_other(format!("/goals#goal-{}", f.index)))
        }
        Err(message) => {
            let measure = context! {
                index => f.index, kind => f.kind, value => f.value, on_date => f.on_date, error => message,
            };
            let html = show(&state, viewer, &doc.source, None, measure).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}

/// 「目標を削除」: removes a saved goal with its records.
async fn goals_remove(
    State(state): State<AppState>,
    form: PageForm<Pick>,
) -> Result<Response, AppError> {
    let viewer = &form.viewer;
    let mut doc = load_doc(&state, &Seeker::own(viewer)).await?;
    if form.data.index < doc.goals.len() {
        doc.goals.remove(form.data.index);
        save_doc(&state, viewer, &doc).await?;
    }
    Ok(see_other("/goals".into()))
}

// ---------------------------------------------------------------------------------------------
// API

#[derive(Deserialize, ToSchema)]
pub struct GoalsRequest {
    /// 職務経歴書の本文
    resume: String,
    /// プロフィール（TOML、docs/plan.md）。離職済みかどうかの判断に使う
    #[serde(default)]
    profile: Option<String>,
    /// 基準日 YYYY-MM-DD（既定: 今日）
    #[serde(default)]
    today: Option<String>,
}

/// 今の職場に残るか応募するかの助言と、業務ごとの数字で測れる目標（`naitei goals --format json`）
#[utoipa::path(post, path = "/api/v1/goals", tag = "engines", request_body = GoalsRequest,
    responses((status = 200, description = "recommendation, reasons, goals（line, metric, baseline, target, deadline, action）…", body = serde_json::Value),
              (status = 422, description = "プロフィールや基準日の誤り", body = ErrorBody)))]
async fn goals(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(req): ApiJson<GoalsRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    let profile = match req.profile.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(p) => Some(
            naitei_core::plan::Profile::from_toml(p)
                .map_err(|e| AppError::Invalid(format!("プロフィール: {e}")))?,
        ),
        None => None,
    };
    let today = match req
        .today
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(t) => logic::parse_date(t).map_err(|e| AppError::Invalid(format!("基準日: {e}")))?,
        None => state.today(),
    };
    logic::within_engine_budget(&[&req.resume])?;
    let diagnosis = logic::diagnosis_of(&state, &Seeker::own(&viewer)).await?;
    let config = state.config.engine.clone();
    let report = cancellable(move |c| {
        let funnel = (diagnosis.applications > 0).then_some(&diagnosis);
        naitei_core::goals::build_cancellable(
            &req.resume,
            &naitei_core::goals::Context {
                today,
                profile: profile.as_ref(),
                funnel,
                config: &config,
            },
            c,
        )
    })
    .await?;
    value(&report)
}
