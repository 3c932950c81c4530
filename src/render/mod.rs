//! Stage 4: every page of every output, one page at a time.
//!
//! Takes the per-language guides and the prepared assets; produces [`Rendered`] pages. The
//! outputs are [`targets::Target`]s listed in [`targets::TARGETS`]; each renders its pages from
//! one shared, read-only [`Context`]. The guide body is written by [`html`] (so every word is
//! escaped in one place, and picture markup is written beside it, in `picture`); templates
//! arrange the page around it and get interface words from `t()`.

pub mod api;
pub mod data;
mod duration;
mod help;
pub mod html;
pub mod page;
mod picture;
pub mod qr;
pub mod renditions;
pub mod scope;
pub(crate) mod structured;
pub mod targets;
mod templates;
pub mod urls;
pub mod view;

use crate::assets::Assets;
use crate::diag::Diagnostic;
use crate::document::Block;
use crate::load::Sources;
use crate::translate::Site;

pub use page::{PageId, PageKind, Rendered};
pub use templates::Templates;
pub use urls::Urls;

/// Everything a page render reads, shared by all pages of all targets.
pub struct Context<'a> {
    /// The sources (config, theme).
    pub sources: &'a Sources,
    /// The guides of every language.
    pub site: &'a Site,
    /// The prepared pictures and static files.
    pub assets: &'a Assets,
    /// The site's "Need help?" text (from `site.toml`), shown at the end of every guide.
    pub help: &'a [Block],
    /// The help text of each language that translates it (`site-help`), shown instead.
    pub help_in:
        &'a std::collections::BTreeMap<crate::lang::Lang, crate::translate::help::HelpText>,
    /// What the checks found on the pages made first, for the pages made after them (the
    /// accessibility statement); set once, between the two rounds.
    pub checked: std::sync::OnceLock<view::Checked>,
    /// Which copy of the site is being made.
    pub edition: targets::Edition,
    templates: Templates,
}

impl<'a> Context<'a> {
    /// Compiles the theme's templates.
    pub fn new(
        sources: &'a Sources,
        site: &'a Site,
        assets: &'a Assets,
        help: &'a [Block],
        help_in: &'a std::collections::BTreeMap<
            crate::lang::Lang,
            crate::translate::help::HelpText,
        >,
        edition: targets::Edition,
    ) -> Result<Self, Vec<Diagnostic>> {
        let templates = Templates::new(&sources.theme, &sources.map, site.ui.clone())?;
        Ok(Context {
            sources,
            site,
            assets,
            help,
            help_in,
            checked: std::sync::OnceLock::new(),
            edition,
            templates,
        })
    }
}
