//! Watch and serve: rebuild on every change, and preview the site with live reload.
//!
//! Takes a site folder; produces rebuilt output folders and reload events. [`changes`] says
//! which changed paths matter (editor temporary files do not); [`watcher`] turns notify's
//! debounced events into batches of those paths; [`session`] keeps one
//! [`Workspace`](crate::Workspace) between builds, so each rebuild redoes only what changed,
//! and works out what a browser must do ([`Event`]); [`reload`] is the one channel events
//! travel on; [`overlay`] turns diagnostics into the HTML shown over every page while the
//! sources are broken; [`files`] maps a request to a file of the output folder, refusing
//! anything outside it; [`server`] is the HTTP server (axum on tokio).

pub mod changes;
pub mod files;
pub mod overlay;
pub mod reload;
pub mod server;
pub mod session;
pub mod watcher;

pub use reload::Event;
pub use session::Session;
