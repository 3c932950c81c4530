//! One site built again and again: a long-lived workspace, and what each rebuild changed.
//!
//! Takes [`BuildOptions`]; produces, per rebuild, the [`BuildReport`] (or the tool error)
//! and the [`Event`] browsers need. Pages are compared by SHA-256 of their bytes with
//! hashed stylesheet names taken out, so a change to CSS alone is told apart from a change
//! to a page's words. A failed build writes nothing, so the last good site stays served.

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::overlay;
use super::reload::Event;
use crate::error::{Error, Result};
use crate::{BuildOptions, BuildReport, Workspace, assets};

/// A site being watched.
pub struct Session {
    options: BuildOptions,
    workspace: Workspace,
    /// Page path → hash of its bytes without stylesheet names, from the last good build.
    pages: BTreeMap<String, [u8; 32]>,
    /// Hashed stylesheet names the last good build's pages link to.
    styles: BTreeSet<String>,
    failing: bool,
    output: Option<PathBuf>,
}

/// One rebuild.
pub struct Rebuilt {
    /// The build's report, or why easyguide could not build at all.
    pub report: Result<BuildReport>,
    /// How long it took.
    pub elapsed: Duration,
    /// What browsers should do, if anything.
    pub event: Option<Event>,
}

impl Session {
    /// A session that has built nothing yet.
    pub fn new(options: BuildOptions) -> Self {
        Session {
            options,
            workspace: Workspace::new(),
            pages: BTreeMap::new(),
            styles: BTreeSet::new(),
            failing: false,
            output: None,
        }
    }

    /// Builds (again), reusing every result whose inputs did not change.
    pub fn rebuild(&mut self) -> Rebuilt {
        let started = Instant::now();
        let report = self.build_guarded();
        let elapsed = started.elapsed();
        let event = match &report {
            Ok(r) if r.written => {
                self.output = Some(r.output_dir.clone());
                self.compare()
            }
            Ok(r) => Some(Event::Failed {
                overlay: overlay::for_diagnostics(&r.map, r.diagnostics.as_slice()),
            }),
            Err(e) => Some(Event::Failed {
                overlay: overlay::for_tool_error(e),
            }),
        };
        self.failing = matches!(event, Some(Event::Failed { .. }));
        Rebuilt {
            report,
            elapsed,
            event,
        }
    }

    /// The output folder of the last good build (none before the first one).
    pub fn output_dir(&self) -> Option<PathBuf> {
        self.output.clone()
    }

    /// A panic in a build must not end the preview: the workspace it left is dropped and
    /// the next change builds from nothing.
    fn build_guarded(&mut self) -> Result<BuildReport> {
        let options = &self.options;
        let workspace = &mut self.workspace;
        match catch_unwind(AssertUnwindSafe(|| {
            workspace.build(options, &assets::Quiet)
        })) {
            Ok(result) => result,
            Err(_) => {
                self.workspace = Workspace::new();
                Err(Error::Usage {
                    message: "the build stopped unexpectedly (a bug in easyguide)".into(),
                    help: "save a file to build again from the start, and please report it".into(),
                })
            }
        }
    }

    /// What changed since the last good build, as the event browsers need.
    fn compare(&mut self) -> Option<Event> {
        let mut pages = BTreeMap::new();
        let mut styles = BTreeSet::new();
        for made in self.workspace.pages().filter_map(|p| p.as_ref().ok()) {
            // A stylesheet a target makes (the embeds' scoped one) follows the theme's: its
            // change is a stylesheet change, not a page to reload.
            if made.page.path.ends_with(".css") {
                continue;
            }
            let text = &made.page.text;
            styles.extend(stylesheets(text));
            let hash = Sha256::digest(without_stylesheets(text).as_bytes()).into();
            pages.insert(made.page.path.clone(), hash);
        }
        let changed: Vec<String> = pages
            .iter()
            .filter(|(path, hash)| self.pages.get(*path) != Some(hash))
            .map(|(path, _)| format!("/{path}"))
            .collect();
        let swap = pair_up(&self.styles, &styles);
        let recovered = self.failing;
        self.pages = pages;
        self.styles = styles;
        if recovered || !changed.is_empty() {
            Some(Event::Reload {
                pages: changed,
                all: recovered,
            })
        } else if !swap.is_empty() {
            Some(Event::Css { swap })
        } else {
            None
        }
    }
}

/// The hashed stylesheet names (`style.0123456789.css`) a page mentions.
fn stylesheets(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (at, _) in text.match_indices(".css") {
        if let Some(start) = hashed_start(text, at) {
            names.insert(text[start..at + 4].to_owned());
        }
    }
    names
}

/// Where the name ends `….<10 hex>` just before `at`, the start of that name.
fn hashed_start(text: &str, at: usize) -> Option<usize> {
    let hash = text.get(at.checked_sub(11)?..at)?;
    let (dot, hex) = hash.split_at(1);
    if dot != "." || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let stem = &text[..at - 11];
    let start = stem
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or(0, |i| i + 1);
    (start < at - 11).then_some(start)
}

/// The page with its stylesheet names' hashes taken out.
fn without_stylesheets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in text.match_indices(".css") {
        if hashed_start(text, at).is_some() {
            out.push_str(&text[last..at - 11]);
            last = at;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Old and new hashed names of the same stylesheet (same name before the hash).
fn pair_up(old: &BTreeSet<String>, new: &BTreeSet<String>) -> Vec<(String, String)> {
    let stem = |n: &str| n[..n.len() - 15].to_owned();
    old.difference(new)
        .filter_map(|o| {
            new.difference(old)
                .find(|n| stem(n) == stem(o))
                .map(|n| (o.clone(), n.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheet_names_are_found_and_taken_out() {
        let page = r#"<link href="../style.0123456789.css"><p>a.css</p>"#;
        assert_eq!(
            stylesheets(page).into_iter().collect::<Vec<_>>(),
            ["style.0123456789.css"]
        );
        assert_eq!(
            without_stylesheets(page),
            r#"<link href="../style.css"><p>a.css</p>"#
        );
        let old = BTreeSet::from(["style.0123456789.css".to_owned()]);
        let new = BTreeSet::from(["style.abcdefabcd.css".to_owned()]);
        assert_eq!(
            pair_up(&old, &new),
            [(
                "style.0123456789.css".to_owned(),
                "style.abcdefabcd.css".to_owned()
            )]
        );
    }
}
