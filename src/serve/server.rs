//! The development HTTP server: the output folder, the live-reload script and the events.
//!
//! Takes a bound listener, the [`Channel`] and a shutdown signal; serves until the signal.
//! Every response carries `Cache-Control: no-store` (a preview must never show a stale
//! page); HTML pages get the script, and the overlay while the build is failing, added as
//! they are sent ([`overlay::inject`]). Files come only through [`files::resolve`].

use std::convert::Infallible;
use std::future::Future;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event as Sse, KeepAlive};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream::{self, StreamExt};
use tokio::sync::{broadcast, watch};
use tower_http::set_header::SetResponseHeaderLayer;

use super::files::{self, Resolved};
use super::overlay::{self, PREFIX};
use super::reload::{Channel, Event};

#[derive(Clone)]
struct Shared {
    channel: Channel,
    stop: watch::Receiver<bool>,
}

/// Serves on `listener` until `shutdown` completes; open event streams are ended then, so
/// the port is released at once.
pub async fn run(
    listener: tokio::net::TcpListener,
    channel: Channel,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (tell, stop) = watch::channel(false);
    let app = Router::new()
        .route(&format!("{PREFIX}events"), get(events))
        .route(&format!("{PREFIX}live.js"), get(script))
        .fallback(file)
        .with_state(Shared { channel, stop })
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ));
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown.await;
            let _ = tell.send(true);
        })
        .await
}

async fn script() -> Response {
    let kind = "text/javascript; charset=utf-8";
    ([(header::CONTENT_TYPE, kind)], overlay::SCRIPT).into_response()
}

/// The Server-Sent Events stream: `hello` first (and the overlay, if the build is failing),
/// then every event, until the server stops.
async fn events(State(shared): State<Shared>) -> impl IntoResponse {
    let receiver = shared.channel.subscribe();
    let mut first = vec![Sse::default().event("hello").data("{}")];
    if let Some(html) = shared.channel.overlay() {
        first.push(to_sse(&Event::Failed { overlay: html }));
    }
    let rest = stream::unfold((receiver, shared.stop), next_event);
    let all = stream::iter(first).chain(rest).map(Ok::<_, Infallible>);
    axum::response::Sse::new(all).keep_alive(KeepAlive::default())
}

async fn next_event(
    (mut receiver, mut stop): (broadcast::Receiver<Event>, watch::Receiver<bool>),
) -> Option<(Sse, (broadcast::Receiver<Event>, watch::Receiver<bool>))> {
    let got = tokio::select! {
        _ = stop.wait_for(|s| *s) => return None,
        got = receiver.recv() => got,
    };
    let event = match got {
        Ok(event) => event,
        // Too slow to keep up: whatever it missed, a full reload catches up.
        Err(broadcast::error::RecvError::Lagged(_)) => Event::Reload {
            pages: Vec::new(),
            all: true,
        },
        Err(broadcast::error::RecvError::Closed) => return None,
    };
    Some((to_sse(&event), (receiver, stop)))
}

fn to_sse(event: &Event) -> Sse {
    Sse::default().event(event.name()).data(event.data())
}

/// Any other path: a file of the output folder.
async fn file(State(shared): State<Shared>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let overlay = shared.channel.overlay();
    let Some(root) = shared.channel.output() else {
        return html(
            StatusCode::NOT_FOUND,
            overlay::not_found(overlay.as_deref()),
        );
    };
    match files::resolve(&root, uri.path()) {
        Resolved::File(path) => send(&path, overlay.as_deref()).await,
        Resolved::Redirect(to) => {
            (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response()
        }
        Resolved::NotFound => html(
            StatusCode::NOT_FOUND,
            overlay::not_found(overlay.as_deref()),
        ),
        Resolved::Refused => (
            StatusCode::BAD_REQUEST,
            "refused: not a path inside the site",
        )
            .into_response(),
    }
}

async fn send(path: &std::path::Path, overlay: Option<&str>) -> Response {
    let Ok(bytes) = tokio::fs::read(path).await else {
        // Gone between resolving and reading (a rebuild swapped the folder): try again later.
        return html(StatusCode::NOT_FOUND, overlay::not_found(overlay));
    };
    let kind = files::content_type(path);
    if kind.starts_with("text/html") {
        let page = overlay::inject(&String::from_utf8_lossy(&bytes), overlay);
        return html(StatusCode::OK, page);
    }
    ([(header::CONTENT_TYPE, kind)], bytes).into_response()
}

fn html(status: StatusCode, page: String) -> Response {
    let kind = "text/html; charset=utf-8";
    (status, [(header::CONTENT_TYPE, kind)], page).into_response()
}
