//! Résumés (職務経歴書): the versions a seeker saves, each reviewed line by line, the safe
//! fixes as a new version, advisers' comments on lines; and the review engine on its own
//! (`POST /api/v1/review`, nothing saved).

use axum::Json;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use naitei_core::Severity;
use naitei_core::review::FileReport;
use naitei_store::{Comment, DocumentKind, NewDocument};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::{Empty, Subject, render, see_other};
use super::{CommentRequest, ErrorBody, SeekerQuery, comment_body, value};
use crate::access::{self, Access, AdvisedDocument, OwnedDocument, ReadableDocument, Seeker};
use crate::auth::{self, Viewer};
use crate::extract::{ApiJson, PageForm};
use crate::logic::{blocking, cancellable};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/resume", get(resume_index).post(resume_post))
        .route("/resume/extract", post(resume_extract))
        .route("/resume/compare", get(resume_compare))
        .route("/resume/{id}", get(resume_show))
        .route("/resume/{id}/print", get(resume_print))
        .route("/resume/{id}/text", get(resume_text))
        .route("/resume/{id}/docx", get(resume_docx))
        .route("/resume/{id}/comments", post(resume_comment))
        .route("/resume/{id}/fix", post(resume_fix))
        .routes(routes!(review))
        .routes(routes!(list_documents, create_document))
        .routes(routes!(get_document))
        .routes(routes!(fix_document))
        .routes(routes!(comment_document))
}

/// The kind of the documents this resource holds (profiles are documents too, see `plan`).
const RESUME_KIND: DocumentKind = DocumentKind::Resume;

// ---------------------------------------------------------------------------------------------
// Pages

/// One saved version in the list, with its error and warning counts.
#[derive(Serialize)]
struct VersionView {
    id: i64,
    label: String,
    created_on: String,
    errors: usize,
    warnings: usize,
}

/// The versions of the subject's résumé, oldest first, each reviewed for its counts.
async fn version_views(state: &AppState, seeker: &Seeker) -> Result<Vec<VersionView>, AppError> {
    let documents = state.data.documents_of(seeker, RESUME_KIND).await?;
    let config = state.config.engine.clone();
    cancellable(move |c| {
        documents
            .into_iter()
            .map(|d| {
                let r = naitei_core::review::review_cancellable(&d.content, &config, c)?;
                Ok(VersionView {
                    id: d.id,
                    label: d.label,
                    created_on: d.created_on,
                    errors: r.summary.errors,
                    warnings: r.summary.warnings,
                })
            })
            .collect()
    })
    .await
}

/// What the résumé form shows again after a mistake: the message next to its field and what
/// was typed.
#[derive(Serialize, Default)]
struct ResumeFormState {
    text: Option<String>,
    label: String,
    text_error: Option<String>,
    file_error: Option<String>,
}

async fn resume_index_page(
    state: &AppState,
    viewer: &Viewer,
    subject: &Subject,
    form: ResumeFormState,
) -> Result<Html<String>, AppError> {
    let versions = version_views(state, subject).await?;
    let latest = state.data.documents_of(subject, RESUME_KIND).await?.pop();
    // The box opens with the latest version, ready to edit, unless a form came back.
    let text = form
        .text
        .clone()
        .or_else(|| latest.as_ref().map(|d| d.content.clone()))
        .unwrap_or_default();
    render(
        state,
        Some(viewer),
        "resume",
        Some(subject),
        "resume_index.html",
        context! {
            versions,
            text,
            base => latest.as_ref().map(|d| d.id),
            latest_label => latest.as_ref().map(|d| d.label.clone()),
            form,
            own => subject.own(),
            upload_limit => crate::error::megabytes(state.config.body_limit),
        },
    )
}

async fn resume_index(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = Subject::of_lists(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    Ok(
        resume_index_page(&state, &viewer, &subject, ResumeFormState::default())
            .await?
            .into_response(),
    )
}

/// Text of an uploaded file, by the same readers as `naitei review`: Word, Excel, PDF with a
/// text layer, and text in UTF-8, Shift_JIS, EUC-JP or UTF-16 (naitei-formats). Parsing an
/// Office file or a PDF is CPU work, so it runs on the blocking pool. The error is the
/// reader's Japanese message, without the file's name.
async fn decode_upload(name: String, bytes: axum::body::Bytes) -> Result<String, AppError> {
    blocking(move || {
        naitei_formats::extract(&name, &bytes, &naitei_formats::Limits::default())
            .map(|e| e.text)
            .map_err(|e| AppError::Invalid(format!("このファイルは読めませんでした（{e}）")))
    })
    .await?
}

/// The fields of the résumé form (multipart: the file input makes it one).
#[derive(Default)]
struct ResumeUpload {
    csrf: Option<String>,
    text: String,
    label: Option<String>,
    /// The version the box was opened with.
    base: Option<i64>,
    file: Option<(String, axum::body::Bytes)>,
}

async fn read_upload(
    state: &AppState,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<ResumeUpload, AppError> {
    let limit = state.config.body_limit;
    let bad = |status: StatusCode, detail: String| AppError::from_rejection(status, detail, limit);
    let mut multipart = multipart.map_err(|r| bad(r.status(), r.body_text()))?;
    let mut up = ResumeUpload::default();
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
        let text = || String::from_utf8_lossy(&data).into_owned();
        match name.as_str() {
            auth::CSRF_FIELD => up.csrf = Some(text()),
            "text" => up.text = text(),
            "label" => up.label = Some(text()),
            "base" => up.base = text().trim().parse().ok(),
            "file" if !data.is_empty() => {
                up.file = Some((file_name.unwrap_or_else(|| "file".into()), data))
            }
            _ => {}
        }
    }
    Ok(up)
}

/// The name of a chosen file without its folder, as a version's label.
fn file_label(name: &str) -> String {
    name.rsplit(['/', '\\']).next().unwrap_or(name).to_owned()
}

fn same_text(a: &str, b: &str) -> bool {
    a.replace("\r\n", "\n").trim() == b.replace("\r\n", "\n").trim()
}

/// Saves what the box shows. The page's script reads a chosen file into the box (and does not
/// send the file again); without the script a chosen file is used when the box is empty or
/// still holds the version it was opened with, and an edited box with a file is a mistake
/// shown next to the fields, nothing lost.
async fn resume_post(
    State(state): State<AppState>,
    viewer: Viewer,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let up = read_upload(&state, multipart).await?;
    viewer.check_csrf(up.csrf.as_deref())?;
    let subject = Subject::of(&state, Seeker::own(&viewer)).await;
    let mut label = up.label.clone().filter(|l| !l.trim().is_empty());
    let mut text = up.text.clone();
    let again = |text_error: Option<String>, file_error: Option<String>| ResumeFormState {
        text: Some(up.text.clone()),
        label: up.label.clone().unwrap_or_default(),
        text_error,
        file_error,
    };
    if let Some((name, data)) = up.file.clone() {
        let base = match up.base {
            Some(id) => state
                .data
                .documents_of(&Seeker::own(&viewer), RESUME_KIND)
                .await?
                .into_iter()
                .find(|d| d.id == id)
                .map(|d| d.content),
            None => None,
        };
        let untouched = text.trim().is_empty() || base.is_some_and(|b| same_text(&b, &text));
        if !untouched {
            let form = again(None, Some("ファイルを選び、本文も書き換えています。どちらを保存するか分からないため、保存していません。本文を保存するならファイルの選択を外し、ファイルを保存するなら本文を空にしてください。".into()));
            return invalid_form(&state, &viewer, &subject, form).await;
        }
        match decode_upload(name.clone(), data).await {
            Ok(t) => text = t,
            Err(AppError::Invalid(m)) => {
                return invalid_form(&state, &viewer, &subject, again(None, Some(m))).await;
            }
            Err(e) => return Err(e),
        }
        label.get_or_insert_with(|| file_label(&name));
    }
    match save_resume(&state, &viewer, label.as_deref(), text).await {
        Ok(id) => Ok(see_other(format!("/resume/{id}"))),
        Err(AppError::Invalid(m)) => {
            invalid_form(&state, &viewer, &subject, again(Some(m), None)).await
        }
        Err(e) => Err(e),
    }
}

/// The résumé list again with the form's mistake (422).
async fn invalid_form(
    state: &AppState,
    viewer: &Viewer,
    subject: &Subject,
    form: ResumeFormState,
) -> Result<Response, AppError> {
    let html = resume_index_page(state, viewer, subject, form).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The text of a chosen file, for the page's script to put in the box (JSON `{text, label}`, or
/// `{error}` with a Japanese message and 422). Nothing is saved.
async fn resume_extract(
    State(state): State<AppState>,
    viewer: Viewer,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let up = read_upload(&state, multipart).await?;
    viewer.check_csrf(up.csrf.as_deref())?;
    let Some((name, data)) = up.file else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({"error": "ファイルを選んでください"})),
        )
            .into_response());
    };
    match decode_upload(name.clone(), data).await {
        Ok(text) => Ok(Json(json!({"text": text, "label": file_label(&name)})).into_response()),
        Err(AppError::Invalid(m)) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"error": m}))).into_response())
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
struct CompareQuery {
    #[serde(default)]
    seeker: Option<i64>,
    #[serde(default)]
    old: Option<i64>,
    #[serde(default)]
    new: Option<i64>,
}

/// Two versions side by side as a line comparison (the changed lines with a little context).
async fn resume_compare(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<CompareQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = Subject::of_lists(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    let versions = state.data.documents_of(&subject, RESUME_KIND).await?;
    let pick = |id: Option<i64>, fallback: usize| {
        id.and_then(|id| versions.iter().find(|d| d.id == id))
            .or_else(|| versions.iter().rev().nth(fallback))
    };
    let (Some(old), Some(new)) = (pick(q.old, 1), pick(q.new, 0)) else {
        return Err(AppError::Invalid(
            "比べるには、版が2つ以上必要です。職務経歴書をもう一度保存してください".into(),
        ));
    };
    let hunks = naitei_tracker::versions::line_diff(&old.content, &new.content, 2);
    let list: Vec<Value> = versions
        .iter()
        .map(|d| {
            Value::from_serialize(json!({"id": d.id, "label": d.label, "created_on": d.created_on}))
        })
        .collect();
    Ok(render(
        &state,
        Some(&viewer),
        "resume",
        Some(&subject),
        "resume_compare.html",
        context! { old, new, hunks, versions => list, seeker => q.seeker },
    )?
    .into_response())
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
    pre: String,
    mark: String,
    post: String,
    severity: Option<&'static str>,
    findings: Vec<FindingView>,
    comments: Vec<Comment>,
    item: Option<ItemFlags>,
    /// A weak line the seeker can rewrite by answering questions (「書き直す」).
    rewrite: bool,
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

#[derive(Deserialize, Default)]
struct ShowQuery {
    /// Show what changed from the version before (after the safe fixes or a rewrite).
    #[serde(default)]
    changed: Option<u8>,
}

async fn resume_context(
    state: &AppState,
    readable: &ReadableDocument,
    show: &ShowQuery,
) -> Result<(Subject, Value), AppError> {
    let access = readable.access();
    let subject = Subject::of_checked(state, readable).await;
    let doc = readable.load().await?;
    let config = state.config.engine.clone();
    let text = doc.content.clone();
    let own = access == Access::Owner;
    let (review, targets) = cancellable(move |c| {
        let review = naitei_core::review::review_cancellable(&text, &config, c)?;
        // The lines the seeker can rewrite by answering questions (the owner's page only).
        let targets: Vec<usize> = if own {
            let parsed = naitei_core::document::Document::parse(&text);
            naitei_core::rewrite::targets(&parsed, &review)
                .iter()
                .map(|t| t.line)
                .collect()
        } else {
            Vec::new()
        };
        Ok((review, targets))
    })
    .await?;
    let comments = readable.version_comments(&doc).await?;
    if own {
        let newest = comments
            .on_this
            .iter()
            .map(|c| c.id)
            .chain(comments.earlier.iter().map(|e| e.comment.id))
            .max();
        if let Some(id) = newest {
            readable.mark_comments_seen(id).await?;
        }
    }
    let mut lines = line_views(&doc.content, &review, &comments.on_this);
    for n in targets {
        if let Some(l) = lines.get_mut(n.wrapping_sub(1)) {
            l.rewrite = true;
        }
    }
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
    // What changed from the version before this one, when asked (after a fix or a rewrite).
    let changes = if show.changed.is_some() {
        let versions = state
            .data
            .documents_of(&readable.seeker(), RESUME_KIND)
            .await?;
        versions
            .iter()
            .rev()
            .find(|d| d.id < doc.id)
            .map(|prev| naitei_tracker::versions::changed_lines(&prev.content, &doc.content))
    } else {
        None
    };
    let ctx = context! {
        doc,
        review => Value::from_serialize(&review),
        lines,
        fixes,
        changes,
        earlier => comments.earlier,
        can_comment => access == Access::Adviser,
        own,
        safe_fixes => safe_fixes,
    };
    Ok((subject, ctx))
}

/// A résumé version's page or its A4 print view.
async fn resume_page(
    state: &AppState,
    readable: &ReadableDocument,
    template: &str,
    show: &ShowQuery,
) -> Result<Html<String>, AppError> {
    let (subject, ctx) = resume_context(state, readable, show).await?;
    render(
        state,
        Some(readable.viewer()),
        "resume",
        Some(&subject),
        template,
        ctx,
    )
}

async fn resume_show(
    State(state): State<AppState>,
    readable: ReadableDocument,
    Query(show): Query<ShowQuery>,
) -> Result<Html<String>, AppError> {
    resume_page(&state, &readable, "resume_show.html", &show).await
}

async fn resume_print(
    State(state): State<AppState>,
    readable: ReadableDocument,
) -> Result<Html<String>, AppError> {
    resume_page(
        &state,
        &readable,
        "resume_print.html",
        &ShowQuery::default(),
    )
    .await
}

/// `attachment` with the version's label as the file name (RFC 6266: an ASCII fallback and
/// the UTF-8 name percent-encoded).
fn attachment(label: &str, ext: &str) -> String {
    let name = format!("{label}.{ext}");
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"resume.{ext}\"; filename*=UTF-8''{encoded}")
}

/// The version's text as a UTF-8 text file, to take out.
async fn resume_text(readable: ReadableDocument) -> Result<Response, AppError> {
    let doc = readable.load().await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, attachment(&doc.label, "txt")),
        ],
        doc.content,
    )
        .into_response())
}

/// The version as a Word file (one paragraph per line), to take back into Word.
async fn resume_docx(readable: ReadableDocument) -> Result<Response, AppError> {
    let doc = readable.load().await?;
    let content = doc.content.clone();
    let bytes = blocking(move || naitei_formats::write_docx(&content)).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    .to_owned(),
            ),
            (header::CONTENT_DISPOSITION, attachment(&doc.label, "docx")),
        ],
        bytes,
    )
        .into_response())
}

async fn resume_fix(
    State(state): State<AppState>,
    owned: OwnedDocument,
    _form: PageForm<Empty>,
) -> Result<Response, AppError> {
    let (new_id, _) = save_fixed_version(&state, &owned).await?;
    Ok(see_other(format!("/resume/{new_id}?changed=1")))
}

#[derive(Deserialize)]
struct CommentForm {
    #[serde(default)]
    line: Option<i64>,
    body: String,
}

async fn resume_comment(
    advised: AdvisedDocument,
    form: PageForm<CommentForm>,
) -> Result<Response, AppError> {
    let line = form.data.line;
    add_document_comment(&advised, line, &form.data.body).await?;
    Ok(see_other(format!(
        "/resume/{}#L{}",
        advised.id(),
        line.unwrap_or_default()
    )))
}

// ---------------------------------------------------------------------------------------------
// API

#[derive(Deserialize, ToSchema)]
pub struct ReviewRequest {
    /// 職務経歴書の本文（Markdown またはテキスト）
    text: String,
    /// 結果の path に入れる名前（既定 "-"）
    #[serde(default)]
    path: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct DocumentRequest {
    /// 版の名前（例: 2024年4月版）
    #[serde(default)]
    label: Option<String>,
    /// 職務経歴書の本文
    content: String,
}

fn review_json(
    review: &naitei_core::Review,
    path: &str,
) -> Result<Json<serde_json::Value>, AppError> {
    value(&FileReport {
        path: path.to_owned(),
        encoding: "UTF-8".to_owned(),
        review,
    })
}

/// 職務経歴書を添削する（`naitei review --format json` の1ファイル分と同じオブジェクト）
#[utoipa::path(post, path = "/api/v1/review", tag = "engines", request_body = ReviewRequest,
    responses((status = 200, description = "path, encoding, kind, summary, items, diagnostics", body = serde_json::Value),
              (status = 413, description = "本文が大きすぎる", body = ErrorBody)))]
async fn review(
    State(state): State<AppState>,
    _viewer: Viewer,
    ApiJson(req): ApiJson<ReviewRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    let config = state.config.engine.clone();
    let text = req.text;
    let result =
        cancellable(move |c| naitei_core::review::review_cancellable(&text, &config, c)).await?;
    review_json(&result, req.path.as_deref().unwrap_or("-"))
}

/// 保存した職務経歴書の版の一覧
#[utoipa::path(get, path = "/api/v1/documents", tag = "documents", params(SeekerQuery),
    responses((status = 200, description = "版の配列（古い順）", body = serde_json::Value)))]
async fn list_documents(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Json<serde_json::Value>, AppError> {
    let subject = access::subject(&state, &viewer, q.seeker).await?;
    value(&state.data.documents_of(&subject, RESUME_KIND).await?)
}

/// 職務経歴書の新しい版を保存して添削する
#[utoipa::path(post, path = "/api/v1/documents", tag = "documents", request_body = DocumentRequest,
    responses((status = 201, description = "id と review", body = serde_json::Value),
              (status = 422, description = "本文が空", body = ErrorBody)))]
async fn create_document(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(req): ApiJson<DocumentRequest>,
) -> Result<Response, AppError> {
    let id = save_resume(&state, &viewer, req.label.as_deref(), req.content).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": id}))).into_response())
}

/// 職務経歴書の版（本文、添削結果、行ごとのコメント）
#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "documents", params(("id" = i64, Path)),
    responses((status = 200, description = "document, review, comments", body = serde_json::Value),
              (status = 404, description = "ない、または見る権限がない", body = ErrorBody)))]
async fn get_document(
    State(state): State<AppState>,
    readable: ReadableDocument,
) -> Result<Json<serde_json::Value>, AppError> {
    let doc = readable.load().await?;
    let config = state.config.engine.clone();
    let text = doc.content.clone();
    let review =
        cancellable(move |c| naitei_core::review::review_cancellable(&text, &config, c)).await?;
    let review = review_json(&review, &doc.label)?.0;
    let comments = readable.comments().await?;
    Ok(Json(
        json!({"document": doc, "review": review, "comments": comments}),
    ))
}

/// 安全な自動修正（冗長な表現、ら抜き …）を適用した新しい版を保存する（本人）
#[utoipa::path(post, path = "/api/v1/documents/{id}/fix", tag = "documents", params(("id" = i64, Path)),
    responses((status = 201, description = "id（新しい版）と applied（適用した修正の数）", body = serde_json::Value),
              (status = 403, description = "本人以外", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody),
              (status = 422, description = "適用できる修正がない", body = ErrorBody)))]
async fn fix_document(
    State(state): State<AppState>,
    owned: OwnedDocument,
) -> Result<Response, AppError> {
    let (new_id, applied) = save_fixed_version(&state, &owned).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"id": new_id, "applied": applied})),
    )
        .into_response())
}

/// 職務経歴書の行にコメントする（担当アドバイザー）
#[utoipa::path(post, path = "/api/v1/documents/{id}/comments", tag = "documents", params(("id" = i64, Path)),
    request_body = CommentRequest,
    responses((status = 201, description = "id", body = serde_json::Value),
              (status = 403, description = "担当アドバイザー以外", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn comment_document(
    advised: AdvisedDocument,
    ApiJson(req): ApiJson<CommentRequest>,
) -> Result<Response, AppError> {
    let cid = add_document_comment(&advised, req.line, &req.body).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": cid}))).into_response())
}

// ---------------------------------------------------------------------------------------------
// What the page and the API do alike

/// Keeps a new résumé version of the viewer's.
pub(super) async fn save_resume(
    state: &AppState,
    viewer: &Viewer,
    label: Option<&str>,
    content: String,
) -> Result<i64, AppError> {
    if viewer.user().is_adviser() {
        return Err(AppError::Forbidden);
    }
    if content.trim().is_empty() {
        return Err(AppError::Invalid(
            "職務経歴書の本文が空です。貼り付けるか、ファイルを選んでください".into(),
        ));
    }
    let today = state.today();
    let label = label
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| format!("{today} の版"));
    let doc = NewDocument {
        application_id: None,
        kind: RESUME_KIND,
        label,
        created_on: today.to_string(),
        content,
    };
    // Through the tracker, so the adviser's comments on unchanged lines follow the new version.
    let saved = state.data.save_version(viewer, &doc).await?;
    Ok(saved.id)
}

/// The label of a version made from another by the app: the original's name with what was
/// done, once (「4月版（自動修正）」, then 「4月版（書き直し）」, not a growing chain).
pub(super) fn derived_label(label: &str, what: &str) -> String {
    let mut base = label.trim();
    while let Some(rest) = ["（自動修正）", "（書き直し）"]
        .iter()
        .find_map(|s| base.strip_suffix(s))
    {
        base = rest.trim_end();
    }
    format!("{base}（{what}）")
}

/// Applies the safe fixes until the text stops changing and keeps the result as a new version.
async fn save_fixed_version(
    state: &AppState,
    owned: &OwnedDocument,
) -> Result<(i64, usize), AppError> {
    let doc = owned.load().await?;
    let config = state.config.engine.clone();
    let text = doc.content.clone();
    let (fixed, applied) =
        blocking(move || naitei_core::review::fix_until_stable(&text, &config, 8)).await?;
    if applied == 0 {
        return Err(AppError::Invalid(
            "自動で直せる箇所はありません。指摘を見ながら手で直してください".into(),
        ));
    }
    let label = derived_label(&doc.label, "自動修正");
    let new_id = save_resume(state, owned.viewer(), Some(&label), fixed).await?;
    Ok((new_id, applied))
}

/// An adviser's comment on one line of a version.
async fn add_document_comment(
    advised: &AdvisedDocument,
    line: Option<i64>,
    body: &str,
) -> Result<i64, AppError> {
    let doc = advised.load().await?;
    let lines = doc.content.lines().count() as i64;
    let line = line.ok_or_else(|| AppError::Invalid("コメントする行を選んでください".into()))?;
    if line < 1 || line > lines.max(1) {
        return Err(AppError::Invalid(format!(
            "行 {line} はありません（1〜{lines} 行）"
        )));
    }
    let body = comment_body(body)?;
    advised.add_line_comment(line, &body).await
}

#[cfg(test)]
mod tests {
    use super::derived_label;

    #[test]
    fn derived_labels_do_not_chain() {
        assert_eq!(derived_label("4月版", "自動修正"), "4月版（自動修正）");
        assert_eq!(
            derived_label("4月版（自動修正）", "書き直し"),
            "4月版（書き直し）"
        );
        assert_eq!(
            derived_label("4月版（書き直し）（自動修正）", "書き直し"),
            "4月版（書き直し）"
        );
    }
}
