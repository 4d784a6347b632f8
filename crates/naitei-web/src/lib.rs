//! naitei-web: the local web app behind `naitei serve` — server-rendered pages in Japanese, a
//! JSON API under `/api/v1/` with its OpenAPI document, and accounts (求職者 / アドバイザー)
//! when several people share one server.
//!
//! Thin layers over naitei-core (the engines) and naitei-store (the data): handlers, grouped by
//! resource in `routes/` (each file with its pages and its API), parse the request, prove who
//! may see what ([`access`]), call the engine or the store and render.

pub mod access;
pub mod accounts;
mod assets;
pub mod auth;
pub mod error;
mod extract;
mod logic;
mod routes;
pub mod security;
pub mod server;
mod views;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use naitei_store::Store;

pub use error::AppError;
pub use server::{ServeOptions, serve_with};
pub use views::render_prep_print;

/// Request bodies larger than this are refused with 413 (SPEC: 1 MB by default; Word and PDF
/// uploads of a résumé need it). The engines are linear in their input (BENCHMARKS.md, "Engines
/// at growing sizes"): a 1 MB review takes 0.3–0.5 s of CPU, but compare, goals, answer and prep
/// take several seconds at 1 MB, bounded only by the cancellation when the client goes away.
/// A smaller limit for those engines' text is still to be done (issue 18).
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Accounts required (`--multi-user`, and always when bound to a non-loopback address).
    pub multi_user: bool,
    /// Session cookies marked `Secure` (served to other machines, behind HTTPS).
    pub secure_cookies: bool,
    /// Largest accepted request body, in bytes.
    pub body_limit: usize,
    /// Rules and thresholds of the engines (naitei.toml).
    pub engine: naitei_core::Config,
    /// The date used as "today" (plans, new applications); the machine's date when `None`.
    pub today: Option<jiff::civil::Date>,
    /// A reverse proxy in front of the server (`--trusted-proxy`): for connections from this
    /// address the client's address is the last one in `X-Forwarded-For`.
    pub trusted_proxy: Option<std::net::IpAddr>,
    /// The names the server answers to in multi-user mode besides this computer's own
    /// (`--public-host`); empty: any name.
    pub public_hosts: Vec<security::PublicHost>,
}

impl WebConfig {
    /// The configuration for a server bound to `bind`: personal mode on loopback unless
    /// `multi_user`; accounts and secure cookies on any other address.
    pub fn for_bind(bind: SocketAddr, multi_user: bool, engine: naitei_core::Config) -> Self {
        let loopback = bind.ip().is_loopback();
        WebConfig {
            multi_user: multi_user || !loopback,
            secure_cookies: !loopback,
            body_limit: DEFAULT_BODY_LIMIT,
            engine,
            today: None,
            trusted_proxy: None,
            public_hosts: Vec::new(),
        }
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig::for_bind(
            SocketAddr::from(([127, 0, 0, 1], 8080)),
            false,
            naitei_core::Config::default(),
        )
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    /// The store, behind the ownership proofs ([`access`]).
    pub data: access::Data,
    pub config: WebConfig,
    views: views::Views,
    /// The CSRF token of personal mode (no sessions): random per process.
    personal_csrf: String,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn today(&self) -> jiff::civil::Date {
        self.config
            .today
            .unwrap_or_else(|| jiff::Zoned::now().date())
    }
}

/// The whole application: pages, static files, `/healthz` and the API.
pub fn build_app(config: WebConfig, store: Store) -> Router {
    let limit = config.body_limit;
    let state = AppState(Arc::new(Inner {
        data: access::Data::new(store),
        views: views::Views::new(),
        personal_csrf: auth::random_token(),
        config,
    }));
    let (routes, openapi) = routes::router().split_for_parts();
    let openapi = Arc::new(openapi);
    Router::new()
        .merge(routes.layer(axum::middleware::map_response_with_state(
            state.clone(),
            routes::html_errors,
        )))
        .route(
            "/api/v1/openapi.json",
            axum::routing::get(move || {
                let doc = openapi.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .route("/healthz", axum::routing::get(healthz))
        .merge(assets::router())
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::guard,
        ))
        .with_state(state)
}

/// The OpenAPI document of the JSON API (as served at `/api/v1/openapi.json`).
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes::router().split_for_parts().1
}

/// `ok` when the database answers.
async fn healthz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> Result<&'static str, AppError> {
    state.data.ping().await?;
    Ok("ok")
}

/// Unknown paths: a JSON error under `/api/`, the HTML error page elsewhere.
async fn fallback(
    axum::extract::State(state): axum::extract::State<AppState>,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let error = AppError::NotFound;
    if uri.path().starts_with("/api/") {
        return error.into_response();
    }
    let message = error.to_string();
    match routes::error_page(
        &state,
        &headers,
        axum::http::StatusCode::NOT_FOUND,
        &message,
    )
    .await
    {
        Some(page) => page,
        None => error.into_response(),
    }
}

/// Serves `app` on `listener` until `shutdown` completes, with the default timeouts and
/// connection limit (see [`server`]).
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, app, shutdown, ServeOptions::default()).await
}
