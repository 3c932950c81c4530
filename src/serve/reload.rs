//! The reload channel: what browsers are told after a rebuild, and what a newly connected
//! browser is told at once.
//!
//! Takes [`Event`]s from the rebuild loop; produces a broadcast every Server-Sent Events
//! stream subscribes to, and the current overlay (the last failed build's findings, as
//! HTML) that the server puts on every page until a build succeeds.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use tokio::sync::broadcast;

/// What a browser should do after a rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Reload if showing one of these pages (`/en/nhs-app/index.html`), or any page when
    /// `all` (the previous build failed, so every page shows the overlay).
    Reload {
        /// The pages whose bytes changed, as absolute URL paths.
        pages: Vec<String>,
        /// Reload every page.
        all: bool,
    },
    /// Only stylesheets changed: swap each `from` file name for `to` in place.
    Css {
        /// (old name, new name) pairs of hashed stylesheet names.
        swap: Vec<(String, String)>,
    },
    /// The build failed: show this overlay (escaped HTML) over the page.
    Failed {
        /// The overlay's HTML.
        overlay: String,
    },
}

impl Event {
    /// The event's name on the wire (`failed`, not `error`, which `EventSource` keeps for
    /// its own connection errors).
    pub fn name(&self) -> &'static str {
        match self {
            Event::Reload { .. } => "reload",
            Event::Css { .. } => "css",
            Event::Failed { .. } => "failed",
        }
    }

    /// The event's data, as JSON.
    pub fn data(&self) -> String {
        let value = match self {
            Event::Reload { pages, all } => serde_json::json!({ "pages": pages, "all": all }),
            Event::Css { swap } => serde_json::json!({ "swap": swap }),
            Event::Failed { overlay } => serde_json::json!({ "overlay": overlay }),
        };
        value.to_string()
    }
}

/// The channel and the state shared by the rebuild loop and the server.
#[derive(Clone)]
pub struct Channel {
    events: broadcast::Sender<Event>,
    overlay: Arc<RwLock<Option<String>>>,
    output: Arc<RwLock<Option<PathBuf>>>,
}

impl Default for Channel {
    fn default() -> Self {
        Self::new()
    }
}

impl Channel {
    /// A channel with no listeners and no overlay.
    pub fn new() -> Self {
        Channel {
            events: broadcast::channel(64).0,
            overlay: Arc::default(),
            output: Arc::default(),
        }
    }

    /// Tells every connected browser; a failed build's overlay stays until the next success.
    pub fn send(&self, event: Event) {
        let overlay = match &event {
            Event::Failed { overlay } => Some(overlay.clone()),
            _ => None,
        };
        *self.overlay.write().expect("not poisoned") = overlay;
        // No browser connected is not a failure.
        let _ = self.events.send(event);
    }

    /// Serves `dir` from now on: the output folder of the last good build.
    pub fn set_output(&self, dir: PathBuf) {
        *self.output.write().expect("not poisoned") = Some(dir);
    }

    /// The folder to serve, once a build has written one.
    pub fn output(&self) -> Option<PathBuf> {
        self.output.read().expect("not poisoned").clone()
    }

    /// A new listener's receiver.
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.events.subscribe()
    }

    /// The overlay to show on every page, while the last build failed.
    pub fn overlay(&self) -> Option<String> {
        self.overlay.read().expect("not poisoned").clone()
    }
}
