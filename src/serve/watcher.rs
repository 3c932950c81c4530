//! notify, debounced: batches of changed source paths, whatever editors and folders do.
//!
//! Takes the site folder; produces [`Message`]s on a channel. The site folder itself is
//! watched without recursion (so `site.toml` saved by rename, and a source folder deleted
//! and made again, are seen) and each source folder that exists recursively. After every
//! batch [`Watcher::refresh`] watches source folders that have appeared since; because a
//! rebuild reads the disk afresh, files made before their folder was watched are still built.
//! `--poll` uses notify's polling watcher for network drives and containers where native
//! events never arrive.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use notify_debouncer_full::notify::{self, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer_opt};

use super::changes::{self, FOLDERS};

/// How long a path must be quiet before its events are handed on: long enough to join an
/// editor's write-rename-delete save into one change, short enough to feel instant.
pub const DEBOUNCE: Duration = Duration::from_millis(30);

/// How often `--poll` looks at every file.
pub const POLL_INTERVAL: Duration = Duration::from_millis(300);

/// What the watcher's channel carries.
#[derive(Debug)]
pub enum Message {
    /// Source paths that changed (site-relative, sorted, none temporary).
    Changed(Vec<String>),
    /// The watcher itself failed (the message is for the terminal).
    Failed(String),
    /// Stop watching (sent by the command on Ctrl-C).
    Stop,
}

enum Inner {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, RecommendedCache>),
}

/// A running watch of one site's sources.
pub struct Watcher {
    root: PathBuf,
    inner: Inner,
    watched: BTreeSet<PathBuf>,
}

impl Watcher {
    /// Starts watching `root` (absolute); messages go to the returned channel, whose
    /// sender is returned too so the caller can send [`Message::Stop`].
    pub fn start(
        root: &Path,
        poll: bool,
    ) -> notify::Result<(Watcher, Sender<Message>, Receiver<Message>)> {
        let (tx, rx) = channel();
        let handler = handler(root.to_path_buf(), tx.clone());
        let inner = if poll {
            let config = notify::Config::default().with_poll_interval(POLL_INTERVAL);
            Inner::Poll(new_debouncer_opt(
                DEBOUNCE,
                None,
                handler,
                RecommendedCache::new(),
                config,
            )?)
        } else {
            Inner::Native(new_debouncer_opt(
                DEBOUNCE,
                None,
                handler,
                RecommendedCache::new(),
                notify::Config::default(),
            )?)
        };
        let mut watcher = Watcher {
            root: root.to_path_buf(),
            inner,
            watched: BTreeSet::new(),
        };
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        watcher.refresh();
        Ok((watcher, tx, rx))
    }

    /// Watches source folders that exist but are not watched yet, and forgets those that
    /// are gone (their watch went with them). Returns true when a folder was added.
    pub fn refresh(&mut self) -> bool {
        let mut added = false;
        for name in FOLDERS {
            let folder = self.root.join(name);
            let known = self.watched.contains(&folder);
            if folder.is_dir() && !known {
                added |= self.watch(&folder, RecursiveMode::Recursive).is_ok();
            } else if !folder.is_dir() && known {
                let _ = self.unwatch(&folder);
                self.watched.remove(&folder);
            }
        }
        added
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        match &mut self.inner {
            Inner::Native(d) => d.watch(path, mode)?,
            Inner::Poll(d) => d.watch(path, mode)?,
        }
        self.watched.insert(path.to_path_buf());
        Ok(())
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        match &mut self.inner {
            Inner::Native(d) => d.unwatch(path),
            Inner::Poll(d) => d.unwatch(path),
        }
    }
}

/// The debouncer's callback: keeps the paths a build reads, drops the rest.
fn handler(root: PathBuf, tx: Sender<Message>) -> impl FnMut(DebounceEventResult) + Send {
    move |result| {
        let message = match result {
            Ok(events) => {
                let paths: BTreeSet<String> = events
                    .iter()
                    // A build reading the sources opens them: those events are not changes.
                    .filter(|e| !e.event.kind.is_access())
                    .flat_map(|e| e.event.paths.iter())
                    .filter_map(|p| changes::relevant(&root, p))
                    .collect();
                if paths.is_empty() {
                    return;
                }
                Message::Changed(paths.into_iter().collect())
            }
            Err(errors) => Message::Failed(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        };
        let _ = tx.send(message);
    }
}
