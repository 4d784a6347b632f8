//! The server-rendered pages (Japanese). Every form posts back with the CSRF token; errors
//! become an HTML page (or a redirect to the login page) in [`html_errors`].

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::middleware::map_response_with_state;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use minijinja::{Value, context};
use naitei_core::Severity;
use naitei_core::funnel::{Channel, EventResult, Outcome, Relation, Stage, Verdict};
use naitei_store::{Comment, User};
use serde::{Deserialize, Serialize};

use crate::access::{
    self, Access, AdvisedDocument, AdvisedQuestion, OwnedApplication, OwnedDocument,
};
use crate::api;
use crate::auth::{self, MaybeViewer, Viewer};
use crate::error::ErrorInfo;
use crate::extract::PageForm;
use crate::logic::{self, ApplicationInput, EventInput, QuestionInput, cancellable};
use crate::{AppError, AppState};

pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/login", get(login_page).post(login_post))
        .route("/logout", post(logout))
        .route("/resume", get(resume_index).post(resume_post))
        .route("/resume/{id}", get(resume_show))
        .route("/resume/{id}/print", get(resume_print))
        .route("/resume/{id}/comments", post(resume_comment))
        .route("/resume/{id}/fix", post(resume_fix))
        .route("/answer", get(answer_page).post(answer_post))
        .route("/applications", get(board))
        .route("/applications/new", get(app_new).post(app_create))
        .route("/applications/{id}", get(app_show))
        .route("/applications/{id}/edit", get(app_edit).post(app_update))
        .route("/applications/{id}/events", post(app_event))
        .route("/applications/{id}/questions", post(app_question))
        .route("/applications/{id}/delete", post(app_delete))
        .route("/applications/{id}/print", get(app_print))
        .route("/questions/{id}/comments", post(question_comment))
        .route("/funnel", get(funnel))
        .route("/plan", get(plan_page).post(plan_post))
        .layer(map_response_with_state(state, html_errors))
}

/// Turns an error response into the HTML error page; "not logged in" into the login page.
async fn html_errors(State(state): State<AppState>, response: Response) -> Response {
    let Some(info) = response.extensions().get::<ErrorInfo>().cloned() else {
        return response;
    };
    if info.status == StatusCode::UNAUTHORIZED && info.code == "unauthorized" {
        return Redirect::to("/login").into_response();
    }
    let ctx = context! { status => info.status.as_u16(), message => info.message };
    match state.views.render("error.html", ctx) {
        Ok(html) => (info.status, html).into_response(),
        Err(_) => response,
    }
}

#[derive(Deserialize, Default)]
struct SeekerQuery {
    seeker: Option<i64>,
}

/// Whose data a page shows, for the header ("〇〇 さんのデータを見ています").
struct Subject {
    id: i64,
    access: Access,
    user: Option<User>,
}

impl Subject {
    async fn of(state: &AppState, owner: i64, access: Access) -> Self {
        let user = match access {
            Access::Owner => None,
            Access::Adviser => state.store.user(owner).await.ok().flatten(),
        };
        Subject {
            id: owner,
            access,
            user,
        }
    }
    fn own(&self) -> bool {
        self.access == Access::Owner
    }
    fn query(&self) -> String {
        match self.access {
            Access::Owner => String::new(),
            Access::Adviser => format!("?seeker={}", self.id),
        }
    }
}

fn render(
    state: &AppState,
    viewer: Option<&Viewer>,
    section: &str,
    subject: Option<&Subject>,
    template: &str,
    ctx: Value,
) -> Result<Html<String>, AppError> {
    let ctx = context! {
        me => viewer.map(|v| &v.user),
        csrf => viewer.map(|v| v.csrf.as_str()),
        multi_user => state.config.multi_user,
        section => section,
        seeker_q => subject.map(Subject::query).unwrap_or_default(),
        subject_name => subject.and_then(|s| s.user.as_ref()).map(|u| u.display_name.as_str()),
        ..ctx
    };
    state.views.render(template, ctx)
}

fn see_other(to: String) -> Response {
    Redirect::to(&to).into_response()
}

// ---------------------------------------------------------------------------------------------
// Home and login

async fn home(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let seekers = if viewer.user.is_adviser() {
        state.store.seekers_of(viewer.user.id).await?
    } else {
        Vec::new()
    };
    let applications = state.store.applications_of(viewer.user.id).await?.len();
    render(
        &state,
        Some(&viewer),
        "home",
        None,
        "home.html",
        context! { seekers, applications },
    )
}

async fn login_page(
    State(state): State<AppState>,
    MaybeViewer(viewer): MaybeViewer,
) -> Result<Response, AppError> {
    if viewer.is_some() {
        return Ok(see_other("/".into()));
    }
    Ok(render(&state, None, "", None, "login.html", context! {})?.into_response())
}

#[derive(Deserialize)]
struct LoginForm {
    login: String,
    password: String,
}

async fn login_post(
    State(state): State<AppState>,
    auth::PeerIp(ip): auth::PeerIp,
    headers: axum::http::HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    // There is no session (so no CSRF token) before logging in: refuse logins posted from
    // another site, which would sign the visitor into someone else's account.
    if !auth::same_origin(&headers) {
        return Err(AppError::Csrf);
    }
    match auth::login(&state, &form.login, &form.password, ip).await {
        Ok((token, _)) => Ok((
            [(
                header::SET_COOKIE,
                auth::session_cookie(&token, state.config.secure_cookies),
            )],
            Redirect::to("/"),
        )
            .into_response()),
        Err(e @ (AppError::BadCredentials | AppError::RateLimited)) => {
            let (status, _) = e.status_and_code();
            let html = render(
                &state,
                None,
                "",
                None,
                "login.html",
                context! { error => e.to_string(), login => form.login },
            )?;
            Ok((status, html).into_response())
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn logout(
    State(state): State<AppState>,
    form: PageForm<Empty>,
) -> Result<Response, AppError> {
    if let Some(hash) = &form.viewer.session {
        state.store.delete_session(hash).await?;
    }
    Ok((
        [(
            header::SET_COOKIE,
            auth::clear_cookie(state.config.secure_cookies),
        )],
        Redirect::to("/login"),
    )
        .into_response())
}

// ---------------------------------------------------------------------------------------------
// 職務経歴書

async fn list_subject(
    state: &AppState,
    viewer: &Viewer,
    seeker: Option<i64>,
) -> Result<Option<Subject>, AppError> {
    if viewer.user.is_adviser() && seeker.is_none() {
        return Ok(None);
    }
    let (id, access) = access::subject(state, &viewer.user, seeker).await?;
    Ok(Some(Subject::of(state, id, access).await))
}

async fn resume_index(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = list_subject(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    let documents = state.store.documents_of(subject.id, "resume").await?;
    Ok(render(
        &state,
        Some(&viewer),
        "resume",
        Some(&subject),
        "resume_index.html",
        context! { documents, own => subject.own() },
    )?
    .into_response())
}

/// Text of an uploaded file, by the same readers as `naitei review`: Word, Excel, PDF with a
/// text layer, and text in UTF-8, Shift_JIS, EUC-JP or UTF-16 (naitei-formats). Parsing an
/// Office file or a PDF is CPU work, so it runs on the blocking pool.
async fn decode_upload(name: String, bytes: axum::body::Bytes) -> Result<String, AppError> {
    logic::blocking(move || {
        naitei_formats::extract(&name, &bytes, &naitei_formats::Limits::default())
            .map(|e| e.text)
            .map_err(|e| AppError::Invalid(format!("{name}: {e}")))
    })
    .await?
}

async fn resume_post(
    State(state): State<AppState>,
    viewer: Viewer,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let limit = state.config.body_limit;
    let bad = |status: StatusCode, detail: String| AppError::from_rejection(status, detail, limit);
    let mut multipart = multipart.map_err(|r| bad(r.status(), r.body_text()))?;
    let (mut csrf, mut text, mut label, mut file) = (None, String::new(), None, None);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| bad(e.status(), e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let data = field
            .bytes()
            .await
            .map_err(|e| bad(e.status(), e.body_text()))?;
        match name.as_str() {
            auth::CSRF_FIELD => csrf = Some(String::from_utf8_lossy(&data).into_owned()),
            "text" => text = String::from_utf8_lossy(&data).into_owned(),
            "label" => label = Some(String::from_utf8_lossy(&data).into_owned()),
            "file" if !data.is_empty() => {
                file = Some((file_name.unwrap_or_else(|| "file".into()), data))
            }
            _ => {}
        }
    }
    viewer.check_csrf(csrf.as_deref())?;
    let mut label = label.filter(|l| !l.trim().is_empty());
    if let Some((name, data)) = file {
        text = decode_upload(name.clone(), data).await?;
        label.get_or_insert(name);
    }
    let id = api::save_resume(&state, &viewer, label.as_deref(), text).await?;
    Ok(see_other(format!("/resume/{id}")))
}

#[derive(Serialize)]
struct FindingView {
    severity: &'static str,
    label: &'static str,
    message: String,
    rule: &'static str,
}

#[derive(Serialize, Default)]
struct LineView {
    number: usize,
    text: String,
    /// The line cut to 40 characters, for the comment form's list of lines.
    short: String,
    pre: String,
    mark: String,
    post: String,
    severity: Option<&'static str>,
    findings: Vec<FindingView>,
    comments: Vec<Comment>,
    item: Option<ItemFlags>,
}

#[derive(Serialize, Clone, Copy)]
struct ItemFlags {
    problem: bool,
    action: bool,
    result: bool,
}

#[derive(Serialize)]
struct FixView {
    line: usize,
    text: String,
    replacement: String,
    safe: bool,
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    text.chars().take(max).chain(['…']).collect()
}

fn sev_code(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// The document's lines with their findings (the most severe one marked in the line), the
/// advisers' comments and the problem/action/result flags of achievement lines.
fn line_views(text: &str, review: &naitei_core::Review, comments: &[Comment]) -> Vec<LineView> {
    let mut lines: Vec<LineView> = text
        .lines()
        .enumerate()
        .map(|(i, l)| LineView {
            number: i + 1,
            text: l.trim_end_matches('\r').to_owned(),
            short: shorten(l.trim_end_matches('\r'), 40),
            ..LineView::default()
        })
        .collect();
    for item in &review.items {
        if let Some(l) = lines.get_mut(item.line.wrapping_sub(1)) {
            l.item = Some(ItemFlags {
                problem: item.problem,
                action: item.action,
                result: item.result,
            });
        }
    }
    let mut findings: Vec<_> = review.diagnostics.iter().collect();
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.line.cmp(&b.line)));
    for f in findings {
        let Some(l) = lines.get_mut(f.line.wrapping_sub(1)) else {
            continue;
        };
        if l.severity.is_none() {
            l.severity = Some(sev_code(f.severity));
            let chars: Vec<char> = l.text.chars().collect();
            let start = (f.column - 1).min(chars.len());
            let end = if f.end_line == f.line {
                (f.end_column - 1).clamp(start, chars.len())
            } else {
                chars.len()
            };
            l.pre = chars[..start].iter().collect();
            l.mark = chars[start..end].iter().collect();
            l.post = chars[end..].iter().collect();
        }
        l.findings.push(FindingView {
            severity: sev_code(f.severity),
            label: f.severity.label(),
            message: f.message.clone(),
            rule: f.rule,
        });
    }
    for l in &mut lines {
        if l.severity.is_none() {
            l.pre = l.text.clone();
        }
    }
    for c in comments {
        if let Some(l) = c
            .line
            .and_then(|n| lines.get_mut((n as usize).wrapping_sub(1)))
        {
            l.comments.push(c.clone());
        }
    }
    lines
}

async fn resume_context(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<(Subject, Value), AppError> {
    let owner = state.store.document_owner(id).await?;
    let access = access::access(state, &viewer.user, owner).await?;
    let subject = Subject::of(state, owner.unwrap_or_default(), access).await;
    let doc = state.store.document(id).await?.ok_or(AppError::NotFound)?;
    let config = state.config.engine.clone();
    let text = doc.content.clone();
    let review =
        cancellable(move |c| naitei_core::review::review_cancellable(&text, &config, c)).await?;
    let comments = state.store.document_comments(id).await?;
    let lines = line_views(&doc.content, &review, &comments);
    let fixes: Vec<FixView> = review
        .diagnostics
        .iter()
        .filter_map(|f| {
            f.fix.as_ref().map(|x| FixView {
                line: f.line,
                text: f.text.clone(),
                replacement: x.replacement.clone(),
                safe: x.safe,
            })
        })
        .collect();
    let safe_fixes = fixes.iter().filter(|f| f.safe).count();
    let ctx = context! {
        doc,
        review => Value::from_serialize(&review),
        lines,
        fixes,
        can_comment => access == Access::Adviser,
        own => access == Access::Owner,
        safe_fixes => safe_fixes,
    };
    Ok((subject, ctx))
}

async fn resume_show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let (subject, ctx) = resume_context(&state, &viewer, id).await?;
    render(
        &state,
        Some(&viewer),
        "resume",
        Some(&subject),
        "resume_show.html",
        ctx,
    )
}

async fn resume_print(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let (subject, ctx) = resume_context(&state, &viewer, id).await?;
    render(
        &state,
        Some(&viewer),
        "resume",
        Some(&subject),
        "resume_print.html",
        ctx,
    )
}

async fn resume_fix(
    State(state): State<AppState>,
    owned: OwnedDocument,
    form: PageForm<Empty>,
) -> Result<Response, AppError> {
    let (new_id, _) = api::save_fixed_version(&state, &form.viewer, owned).await?;
    Ok(see_other(format!("/resume/{new_id}")))
}

#[derive(Deserialize)]
struct CommentForm {
    #[serde(default)]
    line: Option<i64>,
    body: String,
}

async fn resume_comment(
    State(state): State<AppState>,
    advised: AdvisedDocument,
    form: PageForm<CommentForm>,
) -> Result<Response, AppError> {
    let id = advised.id();
    let line = form.data.line;
    api::add_document_comment(&state, &form.viewer, advised, line, &form.data.body).await?;
    Ok(see_other(format!(
        "/resume/{id}#L{}",
        line.unwrap_or_default()
    )))
}

// ---------------------------------------------------------------------------------------------
// 面接の回答

fn kinds() -> (Vec<Value>, Value) {
    use naitei_core::answer::QuestionKind;
    let list = QuestionKind::ALL
        .iter()
        .map(|k| context! { id => k.id(), label => k.label() })
        .collect();
    let labels: std::collections::BTreeMap<&str, &str> = QuestionKind::ALL
        .iter()
        .map(|k| (k.id(), k.label()))
        .collect();
    (list, Value::from_serialize(labels))
}

fn sev_labels() -> Value {
    Value::from_serialize(
        [("error", "エラー"), ("warning", "警告"), ("info", "情報")]
            .into_iter()
            .collect::<std::collections::BTreeMap<_, _>>(),
    )
}

async fn answer_page(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, AppError> {
    let (kinds, kind_labels) = kinds();
    render(
        &state,
        Some(&viewer),
        "answer",
        None,
        "answer.html",
        context! { kinds, kind_labels, question => "reason" },
    )
}

#[derive(Deserialize)]
struct AnswerForm {
    question: String,
    text: String,
}

async fn answer_post(
    State(state): State<AppState>,
    form: PageForm<AnswerForm>,
) -> Result<Html<String>, AppError> {
    let (kinds, kind_labels) = kinds();
    let kind = api::question_kind(Some(&form.data.question))?;
    let config = state.config.engine.clone();
    let text = form.data.text.clone();
    let results =
        cancellable(move |c| naitei_core::answer::review_all_cancellable(&text, kind, &config, c))
            .await?;
    let error = results.is_empty().then_some("回答を入力してください");
    render(
        &state,
        Some(&form.viewer),
        "answer",
        None,
        "answer.html",
        context! {
            kinds, kind_labels, sev_labels => sev_labels(),
            question => form.data.question, text => form.data.text,
            results => Value::from_serialize(&results), error,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// 応募管理

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

#[derive(Serialize)]
struct Card {
    id: i64,
    company: String,
    position: String,
    applied_on: String,
    outcome: String,
    outcome_label: &'static str,
}

#[derive(Serialize)]
struct Column {
    code: &'static str,
    label: &'static str,
    cards: Vec<Card>,
}

async fn board(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = list_subject(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    let apps = state.store.applications_of(subject.id).await?;
    let columns: Vec<Column> = Stage::ALL
        .iter()
        .map(|&s| Column {
            code: s.code(),
            label: s.label(),
            cards: apps
                .iter()
                .filter(|a| a.data.furthest_stage == s.code())
                .map(|a| Card {
                    id: a.id,
                    company: a.data.company.clone(),
                    position: a.data.position.clone(),
                    applied_on: a.data.applied_on.clone(),
                    outcome: a.data.outcome.clone(),
                    outcome_label: a
                        .data
                        .outcome
                        .parse::<Outcome>()
                        .map(|o| o.label())
                        .unwrap_or(""),
                })
                .collect(),
        })
        .collect();
    Ok(render(
        &state,
        Some(&viewer),
        "applications",
        Some(&subject),
        "board.html",
        context! { columns, own => subject.own() },
    )?
    .into_response())
}

fn app_form(
    state: &AppState,
    viewer: &Viewer,
    app_id: Option<i64>,
    input: &ApplicationInput,
    errors: &[(String, String)],
) -> Result<Html<String>, AppError> {
    let error_fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    render(
        state,
        Some(viewer),
        "applications",
        None,
        "app_form.html",
        context! { app_id, input, errors, error_fields, ..form_options() },
    )
}

async fn app_new(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    if viewer.user.is_adviser() {
        return Err(AppError::Forbidden);
    }
    app_form(&state, &viewer, None, &ApplicationInput::default(), &[])
}

async fn app_create(
    State(state): State<AppState>,
    form: PageForm<ApplicationInput>,
) -> Result<Response, AppError> {
    if form.viewer.user.is_adviser() {
        return Err(AppError::Forbidden);
    }
    match form.data.validate(state.today(), None) {
        Ok(data) => {
            let id = state
                .store
                .add_application_for(form.viewer.user.id, &data)
                .await?;
            Ok(see_other(format!("/applications/{id}")))
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            app_form(&state, &form.viewer, None, &form.data, &errors.0)?,
        )
            .into_response()),
    }
}

async fn app_context(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<(Subject, Value), AppError> {
    let owner = state.store.application_owner(id).await?;
    let access = access::access(state, &viewer.user, owner).await?;
    let subject = Subject::of(state, owner.unwrap_or_default(), access).await;
    let d = logic::application_detail(state, id, subject.id).await?;
    let a = &d.application.data;
    let label_of = |code: &str| -> String {
        code.parse::<Channel>()
            .map(|c| c.label().to_owned())
            .unwrap_or_else(|_| code.to_owned())
    };
    let channel_label = match &a.channel_name {
        Some(n) => format!("{}（{n}）", label_of(&a.channel)),
        None => label_of(&a.channel),
    };
    let events: Vec<Value> = d
        .events
        .iter()
        .map(|e| {
            context! {
                on_date => e.on_date, note => e.note,
                stage => logic::stage_label(&e.stage),
                result => e.result.parse::<EventResult>().map(|r| r.label()).unwrap_or(""),
            }
        })
        .collect();
    let ctx = context! {
        stage_label => logic::stage_label(&a.furthest_stage),
        outcome_label => a.outcome.parse::<Outcome>().map(|o| o.label()).unwrap_or(""),
        relation_label => a.relation.parse::<Relation>().map(|o| o.label()).unwrap_or(""),
        channel_label,
        events,
        own => access == Access::Owner,
        can_comment => access == Access::Adviser,
        d => Value::from_serialize(&d),
        ..form_options()
    };
    Ok((subject, ctx))
}

/// An application's page in one of its templates (the page or its A4 print view).
async fn app_page(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
    template: &str,
) -> Result<Html<String>, AppError> {
    let (subject, ctx) = app_context(state, viewer, id).await?;
    render(
        state,
        Some(viewer),
        "applications",
        Some(&subject),
        template,
        ctx,
    )
}

async fn app_show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    app_page(&state, &viewer, id, "app_show.html").await
}

async fn app_print(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    app_page(&state, &viewer, id, "app_print.html").await
}

async fn app_edit(
    State(state): State<AppState>,
    viewer: Viewer,
    owned: OwnedApplication,
) -> Result<Html<String>, AppError> {
    let id = owned.id();
    let app = state.store.application(id).await?;
    app_form(
        &state,
        &viewer,
        Some(id),
        &ApplicationInput::from_data(&app.data),
        &[],
    )
}

async fn app_update(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<ApplicationInput>,
) -> Result<Response, AppError> {
    let id = owned.id();
    let current = state.store.application(id).await?;
    match form.data.validate(state.today(), Some(&current.data)) {
        Ok(data) => {
            state.store.update_application(id, &data).await?;
            Ok(see_other(format!("/applications/{id}")))
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            app_form(&state, &form.viewer, Some(id), &form.data, &errors.0)?,
        )
            .into_response()),
    }
}

async fn app_event(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<EventInput>,
) -> Result<Response, AppError> {
    let id = owned.id();
    logic::record_event(&state, owned, &form.data).await?;
    Ok(see_other(format!("/applications/{id}")))
}

async fn app_question(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<QuestionInput>,
) -> Result<Response, AppError> {
    let id = owned.id();
    let qid = logic::add_question(&state, owned, &form.data).await?;
    Ok(see_other(format!("/applications/{id}#Q{qid}")))
}

async fn app_delete(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<Empty>,
) -> Result<Response, AppError> {
    let _ = form;
    state.store.remove_application(owned.id()).await?;
    Ok(see_other("/applications".into()))
}

#[derive(Deserialize)]
struct QuestionCommentForm {
    body: String,
}

async fn question_comment(
    State(state): State<AppState>,
    advised: AdvisedQuestion,
    form: PageForm<QuestionCommentForm>,
) -> Result<Response, AppError> {
    let id = advised.id();
    api::add_question_comment(&state, &form.viewer, advised, &form.data.body).await?;
    let app = state
        .store
        .question_application(id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(see_other(format!("/applications/{app}#Q{id}")))
}

// ---------------------------------------------------------------------------------------------
// 分析

#[derive(Serialize)]
struct FunnelRowView {
    label: &'static str,
    entered: u32,
    passed: u32,
    failed: u32,
    pending: u32,
    decided: u32,
    rate: Option<f64>,
    rate_text: String,
    low: f64,
    high: f64,
    typical: f64,
    low_text: String,
    high_text: String,
    verdict: &'static str,
    verdict_code: &'static str,
    bottleneck: bool,
    /// What the verdict means for this sample (a rate under the band on few results says both).
    note: Option<String>,
    skipped: u32,
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

async fn funnel(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = list_subject(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    let diag = logic::diagnosis_of(&state, subject.id).await?;
    let rows: Vec<FunnelRowView> = diag
        .stages
        .iter()
        .map(|s| FunnelRowView {
            label: s.stage.label(),
            entered: s.entered,
            passed: s.passed,
            failed: s.failed,
            pending: s.pending,
            decided: s.passed + s.failed,
            rate: s.rate,
            rate_text: s.rate.map(pct).unwrap_or_else(|| "—".into()),
            low: s.reference.low,
            high: s.reference.high,
            typical: s.reference.typical,
            low_text: pct(s.reference.low),
            high_text: pct(s.reference.high),
            verdict: s.verdict.label(),
            verdict_code: match s.verdict {
                Verdict::Below => "below",
                Verdict::Within => "within",
                Verdict::Above => "above",
                Verdict::Insufficient => "insufficient",
            },
            bottleneck: diag.bottleneck == Some(s.stage),
            note: s.note.clone(),
            skipped: s.skipped,
        })
        .collect();
    Ok(render(
        &state,
        Some(&viewer),
        "funnel",
        Some(&subject),
        "funnel.html",
        context! {
            rows,
            bottleneck => diag.bottleneck.map(|s| s.label()),
            diag => Value::from_serialize(&diag),
        },
    )?
    .into_response())
}

// ---------------------------------------------------------------------------------------------
// 計画

const PROFILE_KIND: &str = "profile";
const EXAMPLE_PROFILE: &str = include_str!("../../../examples/profile.toml");

async fn plan_page(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, AppError> {
    let saved = state
        .store
        .documents_of(viewer.user.id, PROFILE_KIND)
        .await?
        .pop()
        .map(|d| d.content);
    let profile = saved.unwrap_or_else(|| EXAMPLE_PROFILE.to_owned());
    render(
        &state,
        Some(&viewer),
        "plan",
        None,
        "plan.html",
        context! { profile },
    )
}

#[derive(Deserialize)]
struct PlanForm {
    profile: String,
    #[serde(default)]
    today: String,
    #[serde(default)]
    save: Option<String>,
}

async fn plan_post(
    State(state): State<AppState>,
    form: PageForm<PlanForm>,
) -> Result<Response, AppError> {
    let viewer = &form.viewer;
    let f = &form.data;
    let result = logic::plan_for(&state, viewer.user.id, &f.profile, Some(&f.today)).await;
    let (plan, error) = match result {
        Ok(p) => (Some(Value::from_serialize(&p)), None),
        Err(AppError::Invalid(m)) => (None, Some(m)),
        Err(e) => return Err(e),
    };
    if plan.is_some() && f.save.is_some() && !viewer.user.is_adviser() {
        let doc = naitei_store::NewDocument {
            application_id: None,
            kind: PROFILE_KIND.into(),
            label: "プロフィール".into(),
            created_on: state.today().to_string(),
            content: f.profile.clone(),
        };
        state.store.add_document_for(viewer.user.id, &doc).await?;
    }
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let html = render(
        &state,
        Some(viewer),
        "plan",
        None,
        "plan.html",
        context! {
            profile => f.profile, today => f.today, save => f.save.is_some(), plan, error,
        },
    )?;
    Ok((status, html).into_response())
}
