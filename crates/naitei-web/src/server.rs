//! The accept loop behind `naitei serve`: HTTP/1.1 with a deadline for each request's header
//! (which is also the idle timeout of a kept-alive connection: hyper starts the same timer
//! while it waits for the next request), a deadline for the whole request, and a bound on open
//! connections, so that clients that connect and send nothing, or send a header byte by byte,
//! cannot hold the server's file descriptors until `/healthz` stops answering.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt as _;

/// The address a connection was accepted on (its port is the one `Host` must name in
/// personal mode, also when the server was bound to port 0).
#[derive(Debug, Clone, Copy)]
pub struct LocalAddr(pub SocketAddr);

/// Limits of the connection layer.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// How long a client may take to send a request's header, and how long a kept-alive
    /// connection may stay silent before the next one.
    pub header_timeout: Duration,
    /// How long one request may take, body and answer included (a client that stops sending
    /// its body is cut off here).
    pub request_timeout: Duration,
    /// Connections served at once; more wait in the kernel's queue until one closes.
    pub max_connections: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            max_connections: 256,
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes; open requests are then finished
/// (within the request timeout) before it returns.
pub async fn serve_with(
    listener: TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    options: ServeOptions,
) -> std::io::Result<()> {
    let local = listener.local_addr()?;
    let slots = Arc::new(Semaphore::new(options.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_timeout)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) if is_per_connection(&e) => continue,
                Err(_) => {
                    // Out of file descriptors or memory: back off instead of spinning, as
                    // hyper's and axum's own loops do; the open connections will close.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let request_timeout = options.request_timeout;
        let service = hyper::service::service_fn(move |mut req: Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            req.extensions_mut().insert(LocalAddr(local));
            let app = app.clone();
            async move {
                let answer = tokio::time::timeout(request_timeout, app.oneshot(req)).await;
                Ok::<Response, Infallible>(match answer {
                    Ok(Ok(response)) => response,
                    Ok(Err(never)) => match never {},
                    Err(_) => (
                        StatusCode::REQUEST_TIMEOUT,
                        [(header::CONNECTION, "close")],
                        "リクエストが時間内に終わりませんでした",
                    )
                        .into_response(),
                })
            }
        });
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // Errors here are the client's (reset, header timeout): nothing to report.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    // Idle connections close at once; busy ones get the request timeout to finish.
    let _ = tokio::time::timeout(
        options.request_timeout + options.header_timeout,
        graceful.shutdown(),
    )
    .await;
    Ok(())
}

/// Errors of one incoming connection (the client gave up before it was accepted), after which
/// the listener is fine.
fn is_per_connection(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::ConnectionRefused
            | std::io::ErrorKind::ConnectionAborted
            | std::io::ErrorKind::ConnectionReset
    )
}
