//! A progress bar for picture work, shown on a terminal only when the work takes a moment.
//!
//! Takes the picture stage's progress calls (from its worker threads); draws an indicatif bar
//! on standard error once half a second has passed, so quick builds print nothing extra and
//! output that goes to a file or a pipe never gets a bar at all.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::assets::Progress;

/// How long picture work runs before the bar appears.
const PATIENCE: Duration = Duration::from_millis(500);

/// The bar, hidden until it is worth showing.
pub struct Bar {
    bar: ProgressBar,
    started: Mutex<Option<Instant>>,
    terminal: bool,
}

impl Bar {
    /// A bar for standard error, which stays hidden when standard error is not a terminal.
    pub fn new() -> Self {
        let style = ProgressStyle::with_template("pictures {bar:30} {pos}/{len} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        Bar {
            bar: ProgressBar::hidden().with_style(style),
            started: Mutex::new(None),
            terminal: std::io::stderr().is_terminal(),
        }
    }
}

impl Progress for Bar {
    fn start(&self, total: usize) {
        self.bar.set_length(total as u64);
        if let Ok(mut started) = self.started.lock() {
            *started = Some(Instant::now());
        }
    }

    fn advance(&self) {
        self.bar.inc(1);
        let late = self
            .started
            .lock()
            .ok()
            .and_then(|s| *s)
            .is_some_and(|s| s.elapsed() > PATIENCE);
        if late && self.terminal && self.bar.is_hidden() {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
