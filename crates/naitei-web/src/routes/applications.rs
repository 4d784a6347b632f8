//! Applications (応募管理): the board, the form to add and edit one, its page with the
//! selection log and the interview questions (and its print view), and the same through the
//! API.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use naitei_core::funnel::{Channel, DocumentKind, EventResult, Outcome, Relation, Round, Stage};
use naitei_tracker::application::Application as TypedApplication;
use naitei_tracker::{ical, schedule};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::{Empty, Subject, render, see_other};
use super::{ErrorBody, SeekerQuery, value};
use crate::access::{
    self, Access, Applications, Checked, OwnedApplication, ReadableApplication, Seeker,
};
use crate::auth::Viewer;
use crate::extract::{ApiJson, PageForm};
use crate::logic::{self, ApplicationInput, EventInput, QuestionInput};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/applications", get(board))
        .route("/applications/new", get(app_new).post(app_create))
        .route("/applications/{id}", get(app_show))
        .route("/applications/{id}/edit", get(app_edit).post(app_update))
        .route("/applications/{id}/events", post(app_event))
        .route("/applications/{id}/questions", post(app_question))
        .route("/applications/{id}/delete", post(app_delete))
        .route("/applications/{id}/print", get(app_print))
        .route("/applications/{id}/move", post(app_move))
        .route("/applications/{id}/interview", post(app_interview))
        .route("/applications/{id}/next", post(app_next))
        .route("/applications/calendar.ics", get(calendar))
        .routes(routes!(list_applications, create_application))
        .routes(routes!(
            get_application,
            update_application,
            delete_application
        ))
        .routes(routes!(add_event))
        .routes(routes!(add_question))
        .routes(routes!(set_interview_time))
        .routes(routes!(set_next_step))
}

// ---------------------------------------------------------------------------------------------
// Pages

fn options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&x| (code(x).to_owned(), label(x).to_owned()))
        .collect()
}

fn form_options() -> Value {
    context! {
        channels => options(Channel::ALL, Channel::code, Channel::label),
        relations => options(Relation::ALL, Relation::code, Relation::label),
        stages => options(Stage::ALL, Stage::code, Stage::label),
        outcomes => options(Outcome::ALL, Outcome::code, Outcome::label),
        results => options(EventResult::ALL, EventResult::code, EventResult::label),
    }
}

/// A one-click move on a card: the result and its button's label.
#[derive(Serialize)]
struct Button {
    result: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct Card {
    id: i64,
    company: String,
    position: String,
    applied_on: String,
    stage: &'static str,
    /// 選考中 at the stage, or how it ended (二次面接で不合格, 内定承諾 …).
    status: String,
    closed: bool,
    /// The next interview (一次面接 6月7日（金） 14:00).
    interview: Option<String>,
    next_step: Option<String>,
    next_step_on: Option<String>,
    buttons: Vec<Button>,
}

#[derive(Serialize)]
struct Column {
    code: &'static str,
    label: &'static str,
    cards: Vec<Card>,
}

/// The one-click moves of a card still in selection: 通過 / 不合格 / 辞退, or at 内定 承諾 / 辞退.
fn buttons(stage: Stage) -> Vec<Button> {
    let results: &[EventResult] = if stage == Stage::Offer {
        &[EventResult::Accepted, EventResult::Declined]
    } else {
        &[
            EventResult::Passed,
            EventResult::Failed,
            EventResult::Withdrawn,
        ]
    };
    results
        .iter()
        .map(|&r| Button {
            result: r.code(),
            label: match r {
                EventResult::Declined => "辞退",
                r => r.label(),
            },
        })
        .collect()
}

/// The board's cards: those in selection by stage (the counts), the closed ones apart.
async fn board_columns(
    state: &AppState,
    subject: &Subject,
) -> Result<(Vec<Column>, Vec<Card>), AppError> {
    let today = state.today();
    let apps = state.data.applications_of(subject).await?;
    let interviews = state.data.interviews_of(subject).await?;
    let steps = state.data.next_steps_of(subject).await?;
    let mut columns: Vec<Column> = Stage::ALL
        .iter()
        .map(|&s| Column {
            code: s.code(),
            label: s.label(),
            cards: Vec::new(),
        })
        .collect();
    let mut closed = Vec::new();
    for (index, app) in apps.iter().enumerate() {
        let typed = TypedApplication::from_data(&app.data).map_err(|m| {
            AppError::Internal(format!("{} 件目の応募が読めません: {m}", index + 1))
        })?;
        let open = typed.outcome == Outcome::Pending;
        let interview = interviews
            .iter()
            .filter(|s| s.interview.application_id == app.id)
            .filter_map(|s| {
                let d = s
                    .interview
                    .on_date
                    .as_deref()?
                    .parse::<jiff::civil::Date>()
                    .ok()?;
                (d >= today).then_some((d, s))
            })
            .min_by_key(|(d, s)| (*d, s.interview.start_time.clone()))
            .map(|(d, s)| {
                format!(
                    "{} {}",
                    s.interview.round.label(),
                    schedule::when_ja(d, s.interview.start_time.as_deref(), today)
                )
            });
        let step = steps.iter().find(|n| n.application_id == app.id);
        let card = Card {
            id: app.id,
            company: app.data.company.clone(),
            position: app.data.position.clone(),
            applied_on: app.data.applied_on.clone(),
            stage: typed.furthest_stage.code(),
            status: status_words(typed.furthest_stage, typed.outcome),
            closed: !open,
            interview: interview.filter(|_| open),
            next_step: step.filter(|_| open).map(|n| n.what.clone()),
            next_step_on: step
                .filter(|_| open)
                .and_then(|n| n.on_date.as_deref()?.parse().ok())
                .map(|d| schedule::when_ja(d, None, today)),
            buttons: if open && subject.own() {
                buttons(typed.furthest_stage)
            } else {
                Vec::new()
            },
        };
        if open {
            columns[typed.furthest_stage as usize].cards.push(card);
        } else {
            closed.push(card);
        }
    }
    // The latest ended first.
    closed.reverse();
    Ok((columns, closed))
}

/// Where an application stands, in words: 選考中, 二次面接で不合格, 内定承諾 …
fn status_words(stage: Stage, outcome: Outcome) -> String {
    match outcome {
        Outcome::Pending => format!("{}・選考中", stage.label()),
        Outcome::Failed | Outcome::Withdrawn => format!("{}で{}", stage.label(), outcome.label()),
        Outcome::Accepted | Outcome::Declined => outcome.label().to_owned(),
    }
}

async fn board_page(
    state: &AppState,
    viewer: &Viewer,
    subject: &Subject,
    notice: Option<&str>,
) -> Result<Html<String>, AppError> {
    let (columns, closed) = board_columns(state, subject).await?;
    let open: usize = columns.iter().map(|c| c.cards.len()).sum();
    render(
        state,
        Some(viewer),
        "applications",
        Some(subject),
        "board.html",
        context! { columns, closed, open, notice, own => subject.own() },
    )
}

async fn board(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = Subject::of_lists(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    Ok(board_page(&state, &viewer, &subject, None)
        .await?
        .into_response())
}

#[derive(Deserialize)]
struct MoveForm {
    /// The stage the card was at when the button was shown.
    stage: String,
    result: String,
}

/// A one-click move from the board (通過 / 不合格 / 辞退 …) at the card's stage. A card that
/// has moved since the board was shown (another tab, a double click) is left as it is.
async fn app_move(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<MoveForm>,
) -> Result<Response, AppError> {
    let app = owned.load().await?;
    let typed = TypedApplication::from_data(&app.data).map_err(AppError::Invalid)?;
    let shown: Option<Stage> = form.data.stage.parse().ok();
    if shown != Some(typed.furthest_stage) || typed.outcome != Outcome::Pending {
        let subject = Subject::of_checked(&state, &owned).await;
        let notice = format!(
            "{}は、すでに「{}」になっています。もう一度確かめてください。",
            app.data.company,
            status_words(typed.furthest_stage, typed.outcome)
        );
        let html = board_page(&state, owned.viewer(), &subject, Some(&notice)).await?;
        return Ok((StatusCode::CONFLICT, html).into_response());
    }
    let input = EventInput {
        stage: typed.furthest_stage.code().to_owned(),
        result: form.data.result.clone(),
        ..EventInput::default()
    };
    logic::record_event(&state, &owned, &input).await?;
    Ok(see_other(format!("/applications#card-{}", owned.id())))
}

/// The interviews and dated next steps of the seeker as a calendar file (.ics).
async fn calendar(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let subject = access::subject(&state, &viewer, q.seeker).await?;
    let apps = state.data.applications_of(&subject).await?;
    let open = |id: i64| {
        apps.iter().find(|a| a.id == id).filter(|a| {
            TypedApplication::from_data(&a.data).is_ok_and(|t| t.outcome == Outcome::Pending)
        })
    };
    let mut events: Vec<ical::CalendarEvent> = state
        .data
        .interviews_of(&subject)
        .await?
        .iter()
        .filter(|s| open(s.interview.application_id).is_some())
        .filter_map(ical::interview_event)
        .collect();
    for step in state.data.next_steps_of(&subject).await? {
        if let Some(app) = open(step.application_id)
            && let Some(e) = ical::next_step_event(&step, &app.data.company)
        {
            events.push(e);
        }
    }
    events.sort_by_key(|e| (e.date, e.time));
    let text = ical::calendar(
        "-//naitei//web//JA",
        Some("転職活動の予定"),
        state.today(),
        &events,
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"naitei.ics\"",
            ),
        ],
        text,
    )
        .into_response())
}

fn app_form(
    state: &AppState,
    viewer: &Viewer,
    app_id: Option<i64>,
    input: &ApplicationInput,
    errors: &[(String, String)],
    proposal: Option<Value>,
) -> Result<Html<String>, AppError> {
    let error_fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    // Each message next to its field (several for one field in one line).
    let mut field_errors: BTreeMap<&str, String> = BTreeMap::new();
    for (field, message) in errors {
        let text = field_errors.entry(field.as_str()).or_default();
        if !text.is_empty() {
            text.push('／');
        }
        text.push_str(message);
    }
    render(
        state,
        Some(viewer),
        "applications",
        None,
        "app_form.html",
        context! {
            app_id, input, errors, error_fields, field_errors, proposal, ..form_options()
        },
    )
}

/// The application form as sent: its fields, and whether 「求人票から判定する」 was pressed.
#[derive(Deserialize)]
struct AppFormData {
    #[serde(flatten)]
    input: ApplicationInput,
    #[serde(default)]
    propose: Option<String>,
}

/// The move proposed for the form's 求人票 against the seeker's latest résumé (`None` without a
/// posting or a résumé), as the relation and the words the form shows.
async fn proposal(
    state: &AppState,
    seeker: &Seeker,
    posting: &str,
) -> Result<Option<(Relation, Value)>, AppError> {
    if posting.trim().is_empty() {
        return Ok(None);
    }
    let resumes = state
        .data
        .documents_of(seeker, DocumentKind::Resume)
        .await?;
    let Some(latest) = resumes.last() else {
        return Ok(None);
    };
    let (posting, resume) = (posting.to_owned(), latest.content.clone());
    let judged =
        logic::blocking(move || naitei_tracker::relation::propose(&posting, &resume)).await?;
    Ok(judged.map(|(relation, m)| {
        let reason = m.reason.trim_end_matches('。').to_owned();
        (
            relation,
            context! { label => relation.label(), reason, resume => latest.label },
        )
    }))
}

/// Before saving: when the seeker asked for it, or left 経験との関係 empty with a 求人票, the
/// form again with the proposed relation selected (nothing saved yet; saving again keeps it or
/// the one chosen instead). `None`: save as sent.
async fn propose_first(
    state: &AppState,
    viewer: &Viewer,
    app_id: Option<i64>,
    form: &AppFormData,
) -> Result<Option<Response>, AppError> {
    let asked = form.propose.is_some();
    let unset = naitei_tracker::fields::opt(&form.input.relation).is_none();
    let new_without_relation = unset && app_id.is_none();
    if !(asked || new_without_relation) {
        return Ok(None);
    }
    let mut input = form.input.clone();
    let note = match proposal(state, &Seeker::own(viewer), &input.posting).await? {
        Some((relation, note)) => {
            input.relation = relation.code().to_owned();
            note
        }
        None if asked => {
            let why = if input.posting.trim().is_empty() {
                "求人票の本文を貼り付けてから判定してください。"
            } else {
                "職務経歴書がまだ登録されていないため判定できません。「職務経歴書」のページで登録するか、経験との関係を選んでください。"
            };
            context! { missing => why }
        }
        None => return Ok(None),
    };
    Ok(Some(
        app_form(state, viewer, app_id, &input, &[], Some(note))?.into_response(),
    ))
}

async fn app_new(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    if viewer.user().is_adviser() {
        return Err(AppError::Forbidden);
    }
    app_form(
        &state,
        &viewer,
        None,
        &ApplicationInput::default(),
        &[],
        None,
    )
}

async fn app_create(
    State(state): State<AppState>,
    form: PageForm<AppFormData>,
) -> Result<Response, AppError> {
    if form.viewer.user().is_adviser() {
        return Err(AppError::Forbidden);
    }
    if let Some(page) = propose_first(&state, &form.viewer, None, &form.data).await? {
        return Ok(page);
    }
    match form.data.input.validate(state.today(), None) {
        Ok(data) => {
            let id = state.data.add_application(&form.viewer, &data).await?.id();
            Ok(see_other(format!("/applications/{id}")))
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            app_form(
                &state,
                &form.viewer,
                None,
                &form.data.input,
                &errors.0,
                None,
            )?,
        )
            .into_response()),
    }
}

/// Each logged answer's verdict in words, by question id: 良い回答／弱い回答, the score, the
/// speaking time and the findings with their rule (for the 「詳しく」 link).
fn verdicts(scored: &naitei_tracker::ScoredApplication) -> BTreeMap<String, Value> {
    scored
        .answers
        .iter()
        .map(|a| {
            let r = &a.review;
            let findings: Vec<Value> = r
                .diagnostics
                .iter()
                .map(|f| {
                    context! {
                        severity => f.severity,
                        severity_label => f.severity.label(),
                        text => f.text, message => f.message, rule => f.rule,
                    }
                })
                .collect();
            (
                a.logged.question_id.to_string(),
                context! {
                    weak => r.weak,
                    verdict => if r.weak { "弱い回答" } else { "良い回答" },
                    score => r.score,
                    seconds => r.speaking_seconds,
                    length_target => r.length_target,
                    advice => r.advice,
                    findings,
                },
            )
        })
        .collect()
}

async fn app_context(
    state: &AppState,
    readable: &Checked<Applications>,
) -> Result<(Subject, Value), AppError> {
    let access = readable.access();
    let subject = Subject::of_checked(state, readable).await;
    let d = logic::application_detail(readable).await?;
    let a = &d.application.data;
    let today = state.today();
    let channel_label = match &a.channel_name {
        Some(n) => format!("{}（{n}）", a.channel.label()),
        None => a.channel.label().to_owned(),
    };
    let events: Vec<Value> = d
        .events
        .iter()
        .map(|e| {
            context! {
                on_date => e.on_date, note => e.note,
                stage => e.stage.label(),
                result => e.result.label(),
            }
        })
        .collect();
    // The interviews with a date, in date order, in words.
    let mut dated: Vec<(jiff::civil::Date, Option<String>, &'static str)> = d
        .interviews
        .iter()
        .filter_map(|i| {
            let date = i.interview.on_date.as_deref()?.parse().ok()?;
            Some((date, i.interview.start_time.clone(), i.round_label))
        })
        .collect();
    dated.sort();
    let schedule: Vec<Value> = dated
        .iter()
        .map(|(date, time, round)| {
            context! {
                round => round,
                when => schedule::when_ja(*date, time.as_deref(), today),
                past => *date < today,
            }
        })
        .collect();
    let round_stage = TypedApplication::from_data(a)
        .map(|t| schedule::current_round(t.furthest_stage))
        .unwrap_or(Round::First);
    let round = round_stage.code();
    let step = d.next_step.clone();
    let logged = readable.answers().await?;
    let config = state.config.engine.clone();
    let scored =
        logic::blocking(move || naitei_tracker::score_answers(logged, &config, None)).await?;
    let ctx = context! {
        stage_label => a.furthest_stage.label(),
        outcome_label => a.outcome.label(),
        relation_label => a.relation.label(),
        channel_label,
        events,
        schedule,
        next_step => step.as_ref().map(|n| context! {
            what => n.what,
            on => n.on_date.as_deref().and_then(|d| d.parse().ok())
                .map(|d| schedule::when_ja(d, None, today)),
        }),
        verdicts => verdicts(&scored),
        own => access == Access::Owner,
        can_comment => access == Access::Adviser,
        // The forms start empty (the event form at the stage reached, the round at the current
        // one); after an error they show what was sent.
        event_input => context! { stage => a.furthest_stage, result => "", on_date => "", note => "" },
        question_input => context! { round => round, question => "", answer => "" },
        interview_input => {
            let current = d.interviews.iter().find(|i| i.interview.round == round_stage);
            context! {
                round => round,
                on_date => current.and_then(|i| i.interview.on_date.clone()).unwrap_or_default(),
                start_time => current.and_then(|i| i.interview.start_time.clone()).unwrap_or_default(),
            }
        },
        step_input => context! {
            what => step.as_ref().map(|n| n.what.clone()).unwrap_or_default(),
            on_date => step.as_ref().and_then(|n| n.on_date.clone()).unwrap_or_default(),
        },
        rounds => options(&[Round::First, Round::Second, Round::Final], Round::code, Round::label),
        d => Value::from_serialize(&d),
        ..form_options()
    };
    Ok((subject, ctx))
}

/// An application's page in one of its templates (the page or its A4 print view), with what
/// `extra` adds (a form's error and its inputs).
async fn app_page(
    state: &AppState,
    readable: &Checked<Applications>,
    template: &str,
    extra: Value,
) -> Result<Html<String>, AppError> {
    let (subject, ctx) = app_context(state, readable).await?;
    let ctx = context! { ..extra, ..ctx };
    render(
        state,
        Some(readable.viewer()),
        "applications",
        Some(&subject),
        template,
        ctx,
    )
}

async fn app_show(
    State(state): State<AppState>,
    readable: ReadableApplication,
) -> Result<Html<String>, AppError> {
    app_page(&state, &readable, "app_show.html", context! {}).await
}

async fn app_print(
    State(state): State<AppState>,
    readable: ReadableApplication,
) -> Result<Html<String>, AppError> {
    app_page(&state, &readable, "app_print.html", context! {}).await
}

async fn app_edit(
    State(state): State<AppState>,
    owned: OwnedApplication,
) -> Result<Html<String>, AppError> {
    let app = owned.load().await?;
    app_form(
        &state,
        owned.viewer(),
        Some(owned.id()),
        &ApplicationInput::from_data(&app.data),
        &[],
        None,
    )
}

async fn app_update(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<AppFormData>,
) -> Result<Response, AppError> {
    let id = owned.id();
    if let Some(page) = propose_first(&state, &form.viewer, Some(id), &form.data).await? {
        return Ok(page);
    }
    let current = owned.load().await?;
    match form.data.input.validate(state.today(), Some(&current.data)) {
        Ok(data) => {
            owned.update(&data).await?;
            Ok(see_other(format!("/applications/{id}")))
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            app_form(
                &state,
                &form.viewer,
                Some(id),
                &form.data.input,
                &errors.0,
                None,
            )?,
        )
            .into_response()),
    }
}

/// The application's page again after a form's mistake: 422 with the message next to the
/// form and what was typed still in it.
async fn app_page_with_error(
    state: &AppState,
    owned: &OwnedApplication,
    extra: Value,
) -> Result<Response, AppError> {
    let html = app_page(state, owned, "app_show.html", extra).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

async fn app_event(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<EventInput>,
) -> Result<Response, AppError> {
    match logic::record_event(&state, &owned, &form.data).await {
        Ok(_) => Ok(see_other(format!("/applications/{}", owned.id()))),
        Err(AppError::Invalid(message)) => {
            let f = &form.data;
            let extra = context! {
                event_error => message,
                event_input => context! {
                    stage => f.stage, result => f.result, on_date => f.on_date, note => f.note,
                },
            };
            app_page_with_error(&state, &owned, extra).await
        }
        Err(e) => Err(e),
    }
}

async fn app_question(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<QuestionInput>,
) -> Result<Response, AppError> {
    match logic::add_question(&owned, &form.data).await {
        Ok(qid) => Ok(see_other(format!("/applications/{}#Q{qid}", owned.id()))),
        Err(AppError::Invalid(message)) => {
            let f = &form.data;
            let extra = context! {
                question_error => message,
                question_input => context! {
                    round => f.round, question => f.question, answer => f.answer,
                },
            };
            app_page_with_error(&state, &owned, extra).await
        }
        Err(e) => Err(e),
    }
}

async fn app_interview(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<schedule::InterviewTimeInput>,
) -> Result<Response, AppError> {
    match form.data.parse() {
        Ok(t) => {
            owned.set_interview_time(&t).await?;
            Ok(see_other(format!("/applications/{}#when", owned.id())))
        }
        Err((field, message)) => {
            let f = &form.data;
            let extra = context! {
                interview_error => context! { field, message },
                interview_input => context! {
                    round => f.round, on_date => f.on_date, start_time => f.start_time,
                },
            };
            app_page_with_error(&state, &owned, extra).await
        }
    }
}

async fn app_next(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<schedule::NextStepInput>,
) -> Result<Response, AppError> {
    match form.data.parse() {
        Ok(step) => {
            owned.set_next_step(step).await?;
            Ok(see_other(format!("/applications/{}#when", owned.id())))
        }
        Err((field, message)) => {
            let f = &form.data;
            let extra = context! {
                step_error => context! { field, message },
                step_input => context! { what => f.what, on_date => f.on_date },
            };
            app_page_with_error(&state, &owned, extra).await
        }
    }
}

async fn app_delete(owned: OwnedApplication, _form: PageForm<Empty>) -> Result<Response, AppError> {
    owned.remove().await?;
    Ok(see_other("/applications".into()))
}

// ---------------------------------------------------------------------------------------------
// API

/// 応募の一覧（古い順）
#[utoipa::path(get, path = "/api/v1/applications", tag = "tracker", params(SeekerQuery),
    responses((status = 200, description = "応募の配列", body = serde_json::Value)))]
async fn list_applications(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Json<serde_json::Value>, AppError> {
    let subject = access::subject(&state, &viewer, q.seeker).await?;
    value(&state.data.applications_of(&subject).await?)
}

/// 応募を登録する
#[utoipa::path(post, path = "/api/v1/applications", tag = "tracker", request_body = ApplicationInput,
    responses((status = 201, description = "登録した応募", body = serde_json::Value),
              (status = 422, description = "入力の誤り（項目ごとの日本語メッセージ）", body = ErrorBody)))]
async fn create_application(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<Response, AppError> {
    if viewer.user().is_adviser() {
        return Err(AppError::Forbidden);
    }
    let data = input
        .validate(state.today(), None)
        .map_err(|e| AppError::Invalid(e.to_string()))?;
    let app = state
        .data
        .add_application(&viewer, &data)
        .await?
        .load()
        .await?;
    Ok((StatusCode::CREATED, value(&app)?).into_response())
}

/// 応募の詳細（選考の記録、面接の質問と回答、コメント、回ごとの食い違い）
#[utoipa::path(get, path = "/api/v1/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    responses((status = 200, description = "application, events, interviews, consistency", body = serde_json::Value),
              (status = 404, description = "ない、または見る権限がない", body = ErrorBody)))]
async fn get_application(
    readable: ReadableApplication,
) -> Result<Json<serde_json::Value>, AppError> {
    value(&logic::application_detail(&readable).await?)
}

/// 応募を更新する（送った項目で置き換え）
#[utoipa::path(put, path = "/api/v1/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    request_body = ApplicationInput,
    responses((status = 200, description = "更新した応募", body = serde_json::Value),
              (status = 403, description = "本人以外は変更できない", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn update_application(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<Json<serde_json::Value>, AppError> {
    let current = owned.load().await?;
    let data = input
        .validate(state.today(), Some(&current.data))
        .map_err(|e| AppError::Invalid(e.to_string()))?;
    owned.update(&data).await?;
    value(&owned.load().await?)
}

/// 応募を削除する（選考の記録と面接の記録も）
#[utoipa::path(delete, path = "/api/v1/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    responses((status = 204, description = "削除した"),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn delete_application(owned: OwnedApplication) -> Result<StatusCode, AppError> {
    owned.remove().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// 選考の結果を記録する（書類通過、一次面接の日程、不合格 …）
#[utoipa::path(post, path = "/api/v1/applications/{id}/events", tag = "tracker", params(("id" = i64, Path)),
    request_body = EventInput,
    responses((status = 201, description = "記録後の応募", body = serde_json::Value),
              (status = 422, description = "段階と結果の組み合わせの誤り", body = ErrorBody)))]
async fn add_event(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<EventInput>,
) -> Result<Response, AppError> {
    let app = logic::record_event(&state, &owned, &input).await?;
    Ok((StatusCode::CREATED, value(&app)?).into_response())
}

/// 面接で聞かれた質問と回答を記録する
#[utoipa::path(post, path = "/api/v1/applications/{id}/questions", tag = "tracker", params(("id" = i64, Path)),
    request_body = QuestionInput,
    responses((status = 201, description = "id", body = serde_json::Value),
              (status = 422, description = "入力の誤り", body = ErrorBody)))]
async fn add_question(
    owned: OwnedApplication,
    ApiJson(input): ApiJson<QuestionInput>,
) -> Result<Response, AppError> {
    let qid = logic::add_question(&owned, &input).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": qid}))).into_response())
}

/// 面接の日時を入れる（その回の面接がなければ作る）
#[utoipa::path(put, path = "/api/v1/applications/{id}/interview", tag = "tracker", params(("id" = i64, Path)),
    request_body = schedule::InterviewTimeInput,
    responses((status = 200, description = "その回の面接（round, on_date, start_time …）", body = serde_json::Value),
              (status = 422, description = "日付・時刻・回の誤り", body = ErrorBody)))]
async fn set_interview_time(
    owned: OwnedApplication,
    ApiJson(input): ApiJson<schedule::InterviewTimeInput>,
) -> Result<Json<serde_json::Value>, AppError> {
    let t = input.parse().map_err(|(_, m)| AppError::Invalid(m))?;
    value(&owned.set_interview_time(&t).await?)
}

/// 次にやることを入れる（what が空なら消す）
#[utoipa::path(put, path = "/api/v1/applications/{id}/next-step", tag = "tracker", params(("id" = i64, Path)),
    request_body = schedule::NextStepInput,
    responses((status = 200, description = "保存した次にやること（what, on_date）。消したときは null", body = serde_json::Value),
              (status = 422, description = "日付の誤り、または日付だけでやることがない", body = ErrorBody)))]
async fn set_next_step(
    owned: OwnedApplication,
    ApiJson(input): ApiJson<schedule::NextStepInput>,
) -> Result<Json<serde_json::Value>, AppError> {
    let step = input.parse().map_err(|(_, m)| AppError::Invalid(m))?;
    value(&owned.set_next_step(step).await?)
}
