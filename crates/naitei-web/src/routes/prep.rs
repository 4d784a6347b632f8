//! The second-interview prep sheet (二次面接の準備): the application's stored 求人票 against the
//! seeker's latest résumé and the answers logged in its 一次面接 — each requirement with its
//! evidence or an honest gap, the move and its salary realism, likely questions and 逆質問 —
//! and the interview script (面接の台本) drafted from the résumé and kept as the prepared
//! answers of the application's 二次面接. Page (and its print view) and API.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use naitei_core::funnel::{DocumentKind, QuestionKind, Relation, Round};
use naitei_core::prep::matching::EvidenceKind;
use naitei_core::prep::{LoggedAnswer, RequirementMatch, Sheet, Strength};
use naitei_tracker::answers::{LoggedQuestion, ScoredApplication, score_answers};
use naitei_tracker::application::Application;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::{Empty, Subject, render, see_other};
use super::{ErrorBody, value};
use crate::access::{Access, Applications, Checked, OwnedApplication, ReadableApplication};
use crate::auth::Viewer;
use crate::extract::{ApiJson, PageForm};
use crate::logic::{blocking, cancellable, within_engine_budget};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/applications/{id}/prep", get(prep_page))
        .route("/applications/{id}/prep/print", get(prep_print))
        .route("/applications/{id}/prep/script", post(prep_script))
        .route("/applications/{id}/prep/relation", post(prep_relation))
        .routes(routes!(prep))
}

/// The kind of the résumé documents (see `documents`).
/// The memo that marks an answer of the 二次面接 as drafted by the script button.
pub const SCRIPT_MEMO: &str = "面接の台本（職務経歴書から作成）";

const NO_REQUIREMENTS: &str = "求人票から仕事内容・応募資格・歓迎要件を読み取れませんでした。「【必須】」「■応募資格」のような見出しを付けるか、求人票の本文をそのまま貼り付けてください";
const NO_CAREER: &str = "職務経歴書に職務経歴の行が見つかりません。「## 職務経歴」の見出しの下に、業務や実績を「- 」で始まる行で書いてください";

const ONLY_ADDRESS: &str = "求人票の欄に入っているのはページのアドレスだけです。準備シートは求人票の本文から作ります。求人ページの本文（仕事内容・応募資格など）をコピーして、応募の編集で貼り付けてください";

/// The posting field holds only a web address (the form allows 「URL または本文」).
fn is_address(posting: &str) -> bool {
    let p = posting.trim();
    (p.starts_with("http://") || p.starts_with("https://")) && !p.contains(char::is_whitespace)
}

// ---------------------------------------------------------------------------------------------
// Page

/// What the sheet is made from, for an application the viewer may read.
struct Inputs {
    data: naitei_store::ApplicationData,
    company: String,
    position: String,
    posting: Option<String>,
    /// The owner's latest résumé: (its id, its text).
    resume: Option<(i64, String)>,
    first: Vec<LoggedAnswer>,
    current_salary: Option<i64>,
    /// The answers the script button saved (二次面接, marked with [`SCRIPT_MEMO`]).
    prepared: Vec<LoggedQuestion>,
}

async fn inputs(state: &AppState, app: &Checked<Applications>) -> Result<Inputs, AppError> {
    let row = app.load().await?;
    let resume = state
        .data
        .documents_of(&app.seeker(), DocumentKind::Resume)
        .await?
        .pop()
        .map(|d| (d.id, d.content));
    let first = app.first_round_answers().await?;
    // The current pay from the 計画 the seeker saved, for the move's salary realism.
    let current_salary = super::plan::saved_profile(state, &app.seeker())
        .await?
        .and_then(|t| naitei_core::plan::Profile::from_toml(&t).ok())
        .and_then(|p| p.current_salary);
    let mut prepared = Vec::new();
    for (i, questions) in app.interview_log().await? {
        if i.round != Round::Second {
            continue;
        }
        for q in questions {
            if q.memo.as_deref() != Some(SCRIPT_MEMO) {
                continue;
            }
            prepared.push(LoggedQuestion {
                question_id: q.id,
                round: i.round,
                round_label: i.round.label(),
                kind: q.kind,
                question: q.question,
                answer: q.answer,
            });
        }
    }
    Ok(Inputs {
        company: row.data.company.clone(),
        position: row.data.position.clone(),
        posting: row.data.posting.clone().filter(|p| !p.trim().is_empty()),
        data: row.data,
        resume,
        first,
        current_salary,
        prepared,
    })
}

/// A requirement as the page shows it: its kind and evidence in words.
#[derive(Serialize)]
struct RequirementView<'a> {
    text: &'a str,
    kind: &'static str,
    gap: bool,
    mark: &'static str,
    /// The best evidence line, its reason and its line in the résumé.
    evidence: Option<(&'a str, &'a str, usize)>,
}

fn requirement_view(r: &RequirementMatch) -> RequirementView<'_> {
    let best = r.matches.first();
    RequirementView {
        text: &r.text,
        kind: r.kind.label(),
        gap: r.gap,
        mark: match best.map(|m| (m.strength, m.evidence)) {
            Some((Strength::Strong, EvidenceKind::Qualification)) => "◎ 資格あり",
            Some((Strength::Strong, _)) => "◎ 数字あり",
            Some((Strength::Partial, _)) => "○ 数字なし",
            None => "✕ 根拠なし",
        },
        evidence: best
            .filter(|_| !r.gap)
            .map(|m| (m.text.as_str(), m.reason.as_str(), m.line)),
    }
}

/// The sheet, the prepared answers scored by the answer coach and checked against the résumé,
/// or why there is no sheet yet.
async fn sheet_context(state: &AppState, app: &Checked<Applications>) -> Result<Value, AppError> {
    let inputs = inputs(state, app).await?;
    let own = app.access() == Access::Owner;
    let base = context! {
        id => app.id(),
        company => inputs.company,
        position => inputs.position,
        own,
        resume_id => inputs.resume.as_ref().map(|r| r.0),
    };
    let (Some(posting), Some((_, resume))) = (inputs.posting.clone(), inputs.resume.clone()) else {
        return Ok(context! {
            missing_posting => inputs.posting.is_none(),
            missing_resume => inputs.resume.is_none(),
            ..base
        });
    };
    let config = state.config.engine.clone();
    let inputs_data = inputs.data;
    let (first, current, prepared) = (inputs.first, inputs.current_salary, inputs.prepared);
    let built = blocking(
        move || -> Result<(Sheet, Option<ScoredApplication>), &'static str> {
            if naitei_core::prep::posting::parse(&posting).items.is_empty() {
                return Err(if is_address(&posting) {
                    ONLY_ADDRESS
                } else {
                    NO_REQUIREMENTS
                });
            }
            if naitei_core::document::Document::parse(&resume)
                .career_items()
                .is_empty()
            {
                return Err(NO_CAREER);
            }
            let first = (!first.is_empty()).then_some(first.as_slice());
            let sheet = naitei_core::prep::prepare_with(&posting, &resume, first, current);
            let scored = (!prepared.is_empty())
                .then(|| score_answers(prepared, &config, Some(("職務経歴書", &resume))));
            Ok((sheet, scored))
        },
    )
    .await?;
    let (sheet, scored) = match built {
        Ok(b) => b,
        Err(problem) => return Ok(context! { problem, ..base }),
    };
    // The move as judged against the relation recorded on the application: a proposal to
    // record the judged one when they differ.
    let recorded = Application::from_data(&inputs_data)
        .map_err(AppError::BadData)?
        .relation;
    let judged = judged_relation(&sheet);
    let relation_proposal = judged.filter(|j| *j != recorded).map(|j| {
        context! { recorded => recorded.label(), judged => j.label() }
    });
    let requirements: Vec<RequirementView> =
        sheet.requirements.iter().map(requirement_view).collect();
    let script = scored.map(|s| {
        let conflicts: Vec<&str> = s
            .consistency
            .iter()
            .filter(|c| c.first == "職務経歴書")
            .flat_map(|c| c.conflicts.iter().map(|x| x.message.as_str()))
            .collect();
        let answers: Vec<Value> = s
            .answers
            .iter()
            .map(|a| {
                context! {
                    id => a.logged.question_id,
                    question => a.logged.question,
                    answer => a.logged.answer,
                    score => a.review.score,
                    weak => a.review.weak,
                    seconds => a.review.speaking_seconds,
                    advice => a.review.advice,
                    findings => a.review.diagnostics.iter().map(|d| context! { rule => d.rule, message => d.message }).collect::<Vec<_>>(),
                    deep_dive => naitei_core::prep::sheet::deep_dive(&a.logged.answer),
                }
            })
            .collect();
        context! { answers, conflicts }
    });
    Ok(context! {
        sheet => Value::from_serialize(&sheet),
        requirements => Value::from_serialize(&requirements),
        script,
        relation_proposal,
        ..base
    })
}

/// The judged move as the tracker's relation (same | same-job | adjacent | new).
fn judged_relation(sheet: &Sheet) -> Option<Relation> {
    sheet.move_.relation.id().parse().ok()
}

/// 「経験との関係を直す」: records the relation the sheet judged (the move) on the application.
async fn prep_relation(
    State(state): State<AppState>,
    owned: OwnedApplication,
    _form: PageForm<Empty>,
) -> Result<Response, AppError> {
    let inputs = inputs(&state, &owned).await?;
    let (Some(posting), Some((_, resume))) = (inputs.posting, inputs.resume) else {
        return Err(AppError::Invalid(
            "求人票と職務経歴書がそろってから直せます".into(),
        ));
    };
    let judged = blocking(move || {
        let posting = naitei_core::prep::posting::parse(&posting);
        let resume = naitei_core::document::Document::parse(&resume);
        naitei_core::prep::relation::judge(&posting, &resume)
            .relation
            .id()
            .parse::<Relation>()
            .ok()
    })
    .await?;
    if let Some(relation) = judged {
        let mut app = Application::from_data(&inputs.data).map_err(AppError::BadData)?;
        app.relation = relation;
        let data = app.into_data().map_err(AppError::Invalid)?;
        owned.update(&data).await?;
    }
    Ok(see_other(format!("/applications/{}/prep", owned.id())))
}

async fn prep_html(
    state: &AppState,
    app: &Checked<Applications>,
    template: &str,
    extra: Value,
) -> Result<Html<String>, AppError> {
    let subject = Subject::of_checked(state, app).await;
    let ctx = sheet_context(state, app).await?;
    render(
        state,
        Some(app.viewer()),
        "applications",
        Some(&subject),
        template,
        context! { ..extra, ..ctx },
    )
}

async fn prep_page(
    State(state): State<AppState>,
    app: ReadableApplication,
) -> Result<Html<String>, AppError> {
    prep_html(&state, &app, "prep.html", context! {}).await
}

async fn prep_print(
    State(state): State<AppState>,
    app: ReadableApplication,
) -> Result<Html<String>, AppError> {
    prep_html(&state, &app, "prep_sheet_print.html", context! {}).await
}

/// 「面接の台本を作る」: drafts the 1-minute 自己PR and 「これまでの実績」 from the résumé's strongest
/// achievements (only its own sentences) and keeps them as the prepared answers of the
/// application's 二次面接; a draft already kept is not added twice.
async fn prep_script(
    State(state): State<AppState>,
    owned: OwnedApplication,
    _form: PageForm<Empty>,
) -> Result<Response, AppError> {
    let inputs = inputs(&state, &owned).await?;
    let Some((_, resume)) = inputs.resume else {
        let extra = context! { script_error => "台本は職務経歴書から作ります。先に職務経歴書を保存してください" };
        let html = prep_html(&state, &owned, "prep.html", extra).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    };
    let config = state.config.engine.clone();
    let posting = inputs.posting.clone();
    let script =
        blocking(move || naitei_core::rewrite::script::build(&resume, posting.as_deref(), &config))
            .await?;
    let script = match script {
        Ok(s) => s,
        Err(e) => {
            let extra = context! { script_error => e.to_string() };
            let html = prep_html(&state, &owned, "prep.html", extra).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    for (answer, kind) in [
        (&script.self_pr, QuestionKind::Pr),
        (&script.achievement, QuestionKind::Success),
    ] {
        let kept = inputs
            .prepared
            .iter()
            .any(|p| p.question == answer.question && p.answer == answer.text);
        if kept {
            continue;
        }
        let q = naitei_tracker::question::Question {
            round: Round::Second,
            question: answer.question.to_owned(),
            answer: answer.text.clone(),
            kind: Some(kind),
            memo: Some(SCRIPT_MEMO.to_owned()),
            date: None,
            interviewer: None,
        };
        owned.add_question(&q).await?;
    }
    Ok(see_other(format!(
        "/applications/{}/prep#script",
        owned.id()
    )))
}

// ---------------------------------------------------------------------------------------------
// API

#[derive(Deserialize, ToSchema)]
pub struct PrepRequest {
    /// 求人票の本文（テキストまたは Markdown）
    posting: String,
    /// 職務経歴書の本文
    resume: String,
}

/// 二次面接の準備シート（`naitei prep --format json` の requirements ほか。一次の記録は含まない）
#[utoipa::path(post, path = "/api/v1/prep", tag = "engines", request_body = PrepRequest,
    responses((status = 200, description = "requirements（text, kind, gap, matches）, questions, reverse_questions, plan …", body = serde_json::Value),
              (status = 422, description = "求人票から要件を読み取れない、または職務経歴の行がない", body = ErrorBody)))]
async fn prep(
    _viewer: Viewer,
    ApiJson(req): ApiJson<PrepRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    within_engine_budget(&[&req.posting, &req.resume])?;
    let sheet = cancellable(move |c| {
        if naitei_core::prep::posting::parse(&req.posting)
            .items
            .is_empty()
        {
            return Ok(Err(AppError::Invalid(NO_REQUIREMENTS.into())));
        }
        if naitei_core::document::Document::parse_cancellable(&req.resume, c)?
            .career_items()
            .is_empty()
        {
            return Ok(Err(AppError::Invalid(NO_CAREER.into())));
        }
        naitei_core::prep::prepare_cancellable(&req.posting, &req.resume, None, c).map(Ok)
    })
    .await??;
    value(&sheet)
}
