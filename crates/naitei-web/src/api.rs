//! The JSON API under `/api/v1/`, with its OpenAPI document generated from these annotations.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use naitei_core::answer::{self, AnswerFileReport, QuestionKind};
use naitei_core::review::FileReport;
use naitei_store::{CommentTarget, NewDocument, ROLE_ADVISER};
use serde::Deserialize;
use serde_json::{Value, json};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::access::{self, AdvisedDocument, AdvisedQuestion, OwnedApplication, OwnedDocument};
use crate::auth::{self, MaybeViewer, Viewer};
use crate::extract::ApiJson;
use crate::logic::{self, ApplicationInput, EventInput, QuestionInput, blocking, cancellable};
use crate::{AppError, AppState};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "naitei API",
        description = "naitei（内定）の JSON API: 職務経歴書の添削、面接回答のチェック、回答どうしの食い違い、応募管理、選考の分析、計画。エラーは {\"error\": {\"code\", \"message\"}}（message は日本語）。"
    ),
    components(schemas(ErrorBody, ErrorDetail))
)]
struct ApiDoc;

/// Every route of the API. Paths are registered with the same macro that documents them, so
/// the OpenAPI document lists exactly the routes the router has.
pub fn router() -> OpenApiRouter<AppState> {
    let v1 = OpenApiRouter::new()
        .routes(routes!(review))
        .routes(routes!(answer))
        .routes(routes!(compare))
        .routes(routes!(plan))
        .routes(routes!(prep))
        .routes(routes!(goals))
        .routes(routes!(me))
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(seekers))
        .routes(routes!(list_applications, create_application))
        .routes(routes!(
            get_application,
            update_application,
            delete_application
        ))
        .routes(routes!(add_event))
        .routes(routes!(add_question))
        .routes(routes!(funnel))
        .routes(routes!(list_documents, create_document))
        .routes(routes!(get_document))
        .routes(routes!(fix_document))
        .routes(routes!(comment_document))
        .routes(routes!(comment_question));
    OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api/v1", v1)
}

/// The error body of every failed request.
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: the body is written by `AppError`
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(ToSchema)]
#[allow(dead_code)]
struct ErrorDetail {
    /// bad_request | invalid | unauthorized | forbidden | csrf | not_found | payload_too_large |
    /// rate_limited | bad_credentials | conflict | locked | database | internal
    #[schema(example = "invalid")]
    code: String,
    /// 利用者に見せる日本語のメッセージ
    #[schema(example = "会社名を入力してください")]
    message: String,
}

#[derive(Deserialize, ToSchema)]
pub struct ReviewRequest {
    /// 職務経歴書の本文（Markdown またはテキスト）
    text: String,
    /// 結果の path に入れる名前（既定 "-"）
    #[serde(default)]
    path: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct AnswerRequest {
    /// 回答の本文。見出し（## 転職理由 など）で複数の回答を書けます
    text: String,
    /// reason | motive | pr | strength | weakness | success | failure | reverse | other
    #[serde(default)]
    question: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct CompareRequest {
    /// 先の回答（または職務経歴書）
    first: String,
    /// 後の回答
    second: String,
}

#[derive(Deserialize, ToSchema)]
pub struct PlanRequest {
    /// プロフィール（TOML、docs/plan.md）
    profile: String,
    /// 基準日 YYYY-MM-DD（既定: 今日）
    #[serde(default)]
    today: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct PrepRequest {
    /// 求人票の本文（テキストまたは Markdown）
    posting: String,
    /// 職務経歴書の本文
    resume: String,
}

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

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    login: String,
    password: String,
}

#[derive(Deserialize, ToSchema)]
pub struct DocumentRequest {
    /// 版の名前（例: 2024年4月版）
    #[serde(default)]
    label: Option<String>,
    /// 職務経歴書の本文
    content: String,
}

#[derive(Deserialize, ToSchema)]
pub struct CommentRequest {
    /// 行番号（職務経歴書へのコメントのとき、1 から）
    #[serde(default)]
    line: Option<i64>,
    body: String,
}

#[derive(Deserialize, IntoParams)]
pub struct SeekerQuery {
    /// アドバイザーが見る求職者の id（求職者本人は省略）
    seeker: Option<i64>,
}

fn value<T: serde::Serialize>(v: &T) -> Result<Json<Value>, AppError> {
    serde_json::to_value(v)
        .map(Json)
        .map_err(|e| AppError::Internal(e.to_string()))
}

pub fn review_json(review: &naitei_core::Review, path: &str) -> Result<Json<Value>, AppError> {
    value(&FileReport {
        path: path.to_owned(),
        encoding: "UTF-8".to_owned(),
        review,
    })
}

/// 職務経歴書を添削する（`naitei review --format json` の1ファイル分と同じオブジェクト）
#[utoipa::path(post, path = "/review", tag = "engines", request_body = ReviewRequest,
    responses((status = 200, description = "path, encoding, kind, summary, items, diagnostics", body = serde_json::Value),
              (status = 413, description = "本文が大きすぎる", body = ErrorBody)))]
async fn review(
    State(state): State<AppState>,
    _viewer: Viewer,
    ApiJson(req): ApiJson<ReviewRequest>,
) -> Result<Json<Value>, AppError> {
    let config = state.config.engine.clone();
    let text = req.text;
    let result =
        cancellable(move |c| naitei_core::review::review_cancellable(&text, &config, c)).await?;
    review_json(&result, req.path.as_deref().unwrap_or("-"))
}

pub fn question_kind(q: Option<&str>) -> Result<Option<QuestionKind>, AppError> {
    match q.map(str::trim).filter(|q| !q.is_empty()) {
        None => Ok(None),
        Some(q) => QuestionKind::parse(q).map(Some).ok_or_else(|| {
            AppError::Invalid(format!(
                "質問の種類「{q}」はありません（reason, motive, pr, strength, weakness, success, failure, reverse, other）"
            ))
        }),
    }
}

/// 面接の回答をチェックする（`naitei answer --format json` と同じオブジェクト）
#[utoipa::path(post, path = "/answer", tag = "engines", request_body = AnswerRequest,
    responses((status = 200, description = "question, weak, score, signals, speaking_seconds, diagnostics", body = serde_json::Value),
              (status = 422, description = "本文が空、または質問の種類が不明", body = ErrorBody)))]
async fn answer(
    State(state): State<AppState>,
    _viewer: Viewer,
    ApiJson(req): ApiJson<AnswerRequest>,
) -> Result<Json<Value>, AppError> {
    let kind = question_kind(req.question.as_deref())?;
    let config = state.config.engine.clone();
    let text = req.text;
    let reviews =
        cancellable(move |c| answer::review_all_cancellable(&text, kind, &config, c)).await?;
    if reviews.is_empty() {
        return Err(AppError::Invalid("回答の本文がありません".into()));
    }
    value(&AnswerFileReport::new("-", &reviews))
}

/// 2つの回答（または職務経歴書と回答）の食い違いを見つける
#[utoipa::path(post, path = "/compare", tag = "engines", request_body = CompareRequest,
    responses((status = 200, description = "consistent, conflicts（kind, first, second, message）", body = serde_json::Value),
              (status = 422, description = "どちらかが空", body = ErrorBody)))]
async fn compare(
    _viewer: Viewer,
    ApiJson(req): ApiJson<CompareRequest>,
) -> Result<Json<Value>, AppError> {
    if req.first.trim().is_empty() || req.second.trim().is_empty() {
        return Err(AppError::Invalid(
            "比べる文章を2つ（first と second）指定してください".into(),
        ));
    }
    let c =
        cancellable(move |c| naitei_core::compare::compare_cancellable(&req.first, &req.second, c))
            .await?;
    let mut v = serde_json::to_value(&c).map_err(|e| AppError::Internal(e.to_string()))?;
    if let Value::Object(map) = &mut v {
        map.insert("first_path".into(), json!("first"));
        map.insert("second_path".into(), json!("second"));
    }
    Ok(Json(v))
}

/// 転職活動の計画（失業給付カレンダー、年収の現実性、週の応募目標、行動計画）
#[utoipa::path(post, path = "/plan", tag = "engines", request_body = PlanRequest,
    responses((status = 200, description = "`naitei plan --format json` と同じオブジェクト", body = serde_json::Value),
              (status = 422, description = "プロフィールの誤り", body = ErrorBody)))]
async fn plan(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(req): ApiJson<PlanRequest>,
) -> Result<Json<Value>, AppError> {
    let p = logic::plan_for(&state, viewer.user.id, &req.profile, req.today.as_deref()).await?;
    value(&p)
}

/// 二次面接の準備シート（`naitei prep --format json` の requirements ほか。一次の記録は含まない）
#[utoipa::path(post, path = "/prep", tag = "engines", request_body = PrepRequest,
    responses((status = 200, description = "requirements（text, kind, gap, matches）, questions, reverse_questions, plan …", body = serde_json::Value),
              (status = 422, description = "求人票から要件を読み取れない、または職務経歴の行がない", body = ErrorBody)))]
async fn prep(
    _viewer: Viewer,
    ApiJson(req): ApiJson<PrepRequest>,
) -> Result<Json<Value>, AppError> {
    let sheet = cancellable(move |c| {
        if naitei_core::prep::posting::parse(&req.posting).items.is_empty() {
            return Ok(Err(AppError::Invalid(
                "求人票から仕事内容・応募資格・歓迎要件を読み取れませんでした。「【必須】」「■応募資格」のような見出しを付けるか、求人票の本文をそのまま貼り付けてください".into(),
            )));
        }
        if naitei_core::document::Document::parse_cancellable(&req.resume, c)?.career_items().is_empty() {
            return Ok(Err(AppError::Invalid(
                "職務経歴書に職務経歴の行が見つかりません。「## 職務経歴」の見出しの下に、業務や実績を「- 」で始まる行で書いてください".into(),
            )));
        }
        naitei_core::prep::prepare_cancellable(&req.posting, &req.resume, None, c).map(Ok)
    })
    .await??;
    value(&sheet)
}

/// 今の職場に残るか応募するかの助言と、業務ごとの数字で測れる目標（`naitei goals --format json`）
#[utoipa::path(post, path = "/goals", tag = "engines", request_body = GoalsRequest,
    responses((status = 200, description = "recommendation, reasons, goals（line, metric, baseline, target, deadline, action）…", body = serde_json::Value),
              (status = 422, description = "プロフィールや基準日の誤り", body = ErrorBody)))]
async fn goals(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(req): ApiJson<GoalsRequest>,
) -> Result<Json<Value>, AppError> {
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
    let diagnosis = logic::diagnosis_of(&state, viewer.user.id).await?;
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

/// ログイン中のユーザー
#[utoipa::path(get, path = "/me", tag = "accounts",
    responses((status = 200, description = "user と csrf_token（個人モードでは local）", body = serde_json::Value),
              (status = 401, description = "未ログイン", body = ErrorBody)))]
async fn me(State(state): State<AppState>, viewer: Viewer) -> Json<Value> {
    Json(json!({
        "user": viewer.user,
        "csrf_token": viewer.csrf,
        "multi_user": state.config.multi_user,
    }))
}

/// ログインする（複数ユーザーモード）。セッション Cookie と CSRF トークンを返す
#[utoipa::path(post, path = "/login", tag = "accounts", request_body = LoginRequest,
    responses((status = 200, description = "user と csrf_token", body = serde_json::Value),
              (status = 401, description = "ログイン名かパスワードが違う", body = ErrorBody),
              (status = 429, description = "失敗が続いたため一時的にロック", body = ErrorBody)))]
async fn login(
    State(state): State<AppState>,
    auth::PeerIp(ip): auth::PeerIp,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<Response, AppError> {
    let (token, viewer) = auth::login(&state, &req.login, &req.password, ip).await?;
    Ok((
        [(
            header::SET_COOKIE,
            auth::session_cookie(&token, state.config.secure_cookies),
        )],
        Json(json!({"user": viewer.user, "csrf_token": viewer.csrf})),
    )
        .into_response())
}

/// ログアウトする
#[utoipa::path(post, path = "/logout", tag = "accounts",
    responses((status = 204, description = "セッションを終了した")))]
async fn logout(
    State(state): State<AppState>,
    MaybeViewer(viewer): MaybeViewer,
) -> Result<Response, AppError> {
    if let Some(hash) = viewer.and_then(|v| v.session) {
        state.store.delete_session(&hash).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            auth::clear_cookie(state.config.secure_cookies),
        )],
    )
        .into_response())
}

/// 担当する求職者の一覧（アドバイザー）
#[utoipa::path(get, path = "/seekers", tag = "accounts",
    responses((status = 200, description = "担当する求職者", body = serde_json::Value),
              (status = 403, description = "アドバイザーではない", body = ErrorBody)))]
async fn seekers(State(state): State<AppState>, viewer: Viewer) -> Result<Json<Value>, AppError> {
    if viewer.user.role != ROLE_ADVISER {
        return Err(AppError::Forbidden);
    }
    value(&state.store.seekers_of(viewer.user.id).await?)
}

/// 応募の一覧（古い順）
#[utoipa::path(get, path = "/applications", tag = "tracker", params(SeekerQuery),
    responses((status = 200, description = "応募の配列", body = serde_json::Value)))]
async fn list_applications(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Json<Value>, AppError> {
    let (subject, _) = access::subject(&state, &viewer.user, q.seeker).await?;
    value(&state.store.applications_of(subject).await?)
}

/// 応募を登録する
#[utoipa::path(post, path = "/applications", tag = "tracker", request_body = ApplicationInput,
    responses((status = 201, description = "登録した応募", body = serde_json::Value),
              (status = 422, description = "入力の誤り（項目ごとの日本語メッセージ）", body = ErrorBody)))]
async fn create_application(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<Response, AppError> {
    if viewer.user.is_adviser() {
        return Err(AppError::Forbidden);
    }
    let data = input
        .validate(state.today(), None)
        .map_err(|e| AppError::Invalid(e.to_string()))?;
    let id = state
        .store
        .add_application_for(viewer.user.id, &data)
        .await?;
    let app = state.store.application(id).await?;
    Ok((StatusCode::CREATED, value(&app)?).into_response())
}

/// 応募の詳細（選考の記録、面接の質問と回答、コメント、回ごとの食い違い）
#[utoipa::path(get, path = "/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    responses((status = 200, description = "application, events, interviews, consistency", body = serde_json::Value),
              (status = 404, description = "ない、または見る権限がない", body = ErrorBody)))]
async fn get_application(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Json<Value>, AppError> {
    let owner = state.store.application_owner(id).await?;
    access::access(&state, &viewer.user, owner).await?;
    value(&logic::application_detail(&state, id, owner.unwrap_or_default()).await?)
}

/// 応募を更新する（送った項目で置き換え）
#[utoipa::path(put, path = "/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    request_body = ApplicationInput,
    responses((status = 200, description = "更新した応募", body = serde_json::Value),
              (status = 403, description = "本人以外は変更できない", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn update_application(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<Json<Value>, AppError> {
    let id = owned.id();
    let current = state.store.application(id).await?;
    let data = input
        .validate(state.today(), Some(&current.data))
        .map_err(|e| AppError::Invalid(e.to_string()))?;
    state.store.update_application(id, &data).await?;
    value(&state.store.application(id).await?)
}

/// 応募を削除する（選考の記録と面接の記録も）
#[utoipa::path(delete, path = "/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    responses((status = 204, description = "削除した"),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn delete_application(
    State(state): State<AppState>,
    owned: OwnedApplication,
) -> Result<StatusCode, AppError> {
    state.store.remove_application(owned.id()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// 選考の結果を記録する（書類通過、一次面接の日程、不合格 …）
#[utoipa::path(post, path = "/applications/{id}/events", tag = "tracker", params(("id" = i64, Path)),
    request_body = EventInput,
    responses((status = 201, description = "記録後の応募", body = serde_json::Value),
              (status = 422, description = "段階と結果の組み合わせの誤り", body = ErrorBody)))]
async fn add_event(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<EventInput>,
) -> Result<Response, AppError> {
    let app = logic::record_event(&state, owned, &input).await?;
    Ok((StatusCode::CREATED, value(&app)?).into_response())
}

/// 面接で聞かれた質問と回答を記録する
#[utoipa::path(post, path = "/applications/{id}/questions", tag = "tracker", params(("id" = i64, Path)),
    request_body = QuestionInput,
    responses((status = 201, description = "id", body = serde_json::Value),
              (status = 422, description = "入力の誤り", body = ErrorBody)))]
async fn add_question(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<QuestionInput>,
) -> Result<Response, AppError> {
    let qid = logic::add_question(&state, owned, &input).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": qid}))).into_response())
}

/// 選考のファネル診断（`naitei diagnose --format json` と同じオブジェクト）
#[utoipa::path(get, path = "/funnel", tag = "tracker", params(SeekerQuery),
    responses((status = 200, description = "applications, stages, bottleneck, advice", body = serde_json::Value)))]
async fn funnel(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Json<Value>, AppError> {
    let (subject, _) = access::subject(&state, &viewer.user, q.seeker).await?;
    value(&logic::diagnosis_of(&state, subject).await?)
}

/// 保存した職務経歴書の版の一覧
#[utoipa::path(get, path = "/documents", tag = "documents", params(SeekerQuery),
    responses((status = 200, description = "版の配列（古い順）", body = serde_json::Value)))]
async fn list_documents(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Json<Value>, AppError> {
    let (subject, _) = access::subject(&state, &viewer.user, q.seeker).await?;
    value(&state.store.documents_of(subject, "resume").await?)
}

/// 職務経歴書の新しい版を保存して添削する
#[utoipa::path(post, path = "/documents", tag = "documents", request_body = DocumentRequest,
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

/// Keeps a new résumé version of the viewer's.
pub async fn save_resume(
    state: &AppState,
    viewer: &Viewer,
    label: Option<&str>,
    content: String,
) -> Result<i64, AppError> {
    if viewer.user.is_adviser() {
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
        kind: "resume".into(),
        label,
        created_on: today.to_string(),
        content,
    };
    Ok(state.store.add_document_for(viewer.user.id, &doc).await?)
}

/// 職務経歴書の版（本文、添削結果、行ごとのコメント）
#[utoipa::path(get, path = "/documents/{id}", tag = "documents", params(("id" = i64, Path)),
    responses((status = 200, description = "document, review, comments", body = serde_json::Value),
              (status = 404, description = "ない、または見る権限がない", body = ErrorBody)))]
async fn get_document(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Json<Value>, AppError> {
    access::access(&state, &viewer.user, state.store.document_owner(id).await?).await?;
    let doc = state.store.document(id).await?.ok_or(AppError::NotFound)?;
    let config = state.config.engine.clone();
    let text = doc.content.clone();
    let review =
        cancellable(move |c| naitei_core::review::review_cancellable(&text, &config, c)).await?;
    let review = review_json(&review, &doc.label)?.0;
    let comments = state.store.document_comments(id).await?;
    Ok(Json(
        json!({"document": doc, "review": review, "comments": comments}),
    ))
}

/// 安全な自動修正（冗長な表現、ら抜き …）を適用した新しい版を保存する（本人）
#[utoipa::path(post, path = "/documents/{id}/fix", tag = "documents", params(("id" = i64, Path)),
    responses((status = 201, description = "id（新しい版）と applied（適用した修正の数）", body = serde_json::Value),
              (status = 403, description = "本人以外", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody),
              (status = 422, description = "適用できる修正がない", body = ErrorBody)))]
async fn fix_document(
    State(state): State<AppState>,
    viewer: Viewer,
    owned: OwnedDocument,
) -> Result<Response, AppError> {
    let (new_id, applied) = save_fixed_version(&state, &viewer, owned).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"id": new_id, "applied": applied})),
    )
        .into_response())
}

/// Applies the safe fixes until the text stops changing and keeps the result as a new version.
pub async fn save_fixed_version(
    state: &AppState,
    viewer: &Viewer,
    owned: OwnedDocument,
) -> Result<(i64, usize), AppError> {
    let id = owned.id();
    let doc = state.store.document(id).await?.ok_or(AppError::NotFound)?;
    let config = state.config.engine.clone();
    let text = doc.content.clone();
    let (fixed, applied) =
        blocking(move || naitei_core::review::fix_until_stable(&text, &config, 8)).await?;
    if applied == 0 {
        return Err(AppError::Invalid(
            "自動で直せる箇所はありません。指摘を見ながら手で直してください".into(),
        ));
    }
    let label = format!("{}（自動修正）", doc.label);
    let new_id = save_resume(state, viewer, Some(&label), fixed).await?;
    Ok((new_id, applied))
}

/// 職務経歴書の行にコメントする（担当アドバイザー）
#[utoipa::path(post, path = "/documents/{id}/comments", tag = "documents", params(("id" = i64, Path)),
    request_body = CommentRequest,
    responses((status = 201, description = "id", body = serde_json::Value),
              (status = 403, description = "担当アドバイザー以外", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn comment_document(
    State(state): State<AppState>,
    viewer: Viewer,
    advised: AdvisedDocument,
    ApiJson(req): ApiJson<CommentRequest>,
) -> Result<Response, AppError> {
    let cid = add_document_comment(&state, &viewer, advised, req.line, &req.body).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": cid}))).into_response())
}

pub async fn add_document_comment(
    state: &AppState,
    viewer: &Viewer,
    advised: AdvisedDocument,
    line: Option<i64>,
    body: &str,
) -> Result<i64, AppError> {
    let id = advised.id();
    let doc = state.store.document(id).await?.ok_or(AppError::NotFound)?;
    let lines = doc.content.lines().count() as i64;
    let line = line.ok_or_else(|| AppError::Invalid("コメントする行を選んでください".into()))?;
    if line < 1 || line > lines.max(1) {
        return Err(AppError::Invalid(format!(
            "行 {line} はありません（1〜{lines} 行）"
        )));
    }
    let body = comment_body(body)?;
    Ok(state
        .store
        .add_comment(
            viewer.user.id,
            &CommentTarget::DocumentLine {
                document_id: id,
                line,
            },
            &body,
            &jiff::Timestamp::now().to_string(),
        )
        .await?)
}

fn comment_body(body: &str) -> Result<String, AppError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::Invalid("コメントを入力してください".into()));
    }
    if body.chars().count() > 4000 {
        return Err(AppError::Invalid(
            "コメントは4000文字までにしてください".into(),
        ));
    }
    Ok(body.to_owned())
}

/// 面接の質問と回答にコメントする（担当アドバイザー）
#[utoipa::path(post, path = "/questions/{id}/comments", tag = "tracker", params(("id" = i64, Path)),
    request_body = CommentRequest,
    responses((status = 201, description = "id", body = serde_json::Value),
              (status = 403, description = "担当アドバイザー以外", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn comment_question(
    State(state): State<AppState>,
    viewer: Viewer,
    advised: AdvisedQuestion,
    ApiJson(req): ApiJson<CommentRequest>,
) -> Result<Response, AppError> {
    let cid = add_question_comment(&state, &viewer, advised, &req.body).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": cid}))).into_response())
}

pub async fn add_question_comment(
    state: &AppState,
    viewer: &Viewer,
    advised: AdvisedQuestion,
    body: &str,
) -> Result<i64, AppError> {
    let question_id = advised.id();
    let body = comment_body(body)?;
    Ok(state
        .store
        .add_comment(
            viewer.user.id,
            &CommentTarget::Question(question_id),
            &body,
            &jiff::Timestamp::now().to_string(),
        )
        .await?)
}
