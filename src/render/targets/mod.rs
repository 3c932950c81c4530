//! Output targets: each output of a build (the site, its sitemap, and later embeds, JSON,
//! feeds and print pages) is a [`Target`] in [`TARGETS`], in the shape of mdBook's renderers.
//!
//! A target names its pages, says which sources each page is made from (so a workspace can
//! remember a page and know when it must be made again), renders one page at a time from the
//! shared, read-only [`Context`], writes its links in its own [`LinkStyle`], and declares in a
//! [`Profile`] what its pages may contain, which the checks read. Adding an output is adding a
//! target to the list, not a block in `build`.

mod api;
mod embed;
mod feed;
mod print;
mod share;
mod site;
mod sitemap;

use super::page::{PageId, Rendered};
use super::{Context, Urls};
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::translate::Site;

pub use api::ApiTarget;
pub use embed::{
    EmbedTarget, FragmentTarget, STYLESHEET as EMBED_STYLESHEET, stylesheet as embed_stylesheet,
};
pub use feed::FeedTarget;
pub use print::PrintTarget;
pub use share::ShareTarget;
pub use site::SiteTarget;
pub use sitemap::SitemapTarget;

/// Every output a build writes, in order.
pub static TARGETS: &[&dyn Target] = &[
    &SiteTarget,
    &SitemapTarget,
    &FeedTarget,
    &ApiTarget,
    &EmbedTarget,
    &FragmentTarget,
    &ShareTarget,
    &PrintTarget,
];

/// One output of the build.
pub trait Target: Sync {
    /// The target's name, as in [`PageId::output`].
    fn name(&self) -> &'static str;

    /// How its pages link to each other and to assets.
    fn links(&self) -> LinkStyle;

    /// What its pages may contain, for the checks.
    fn profile(&self) -> Profile;

    /// Every page it writes, in a stable order.
    fn pages(&self, site: &Site) -> Vec<PageId>;

    /// The sources `page` is made from, besides the theme and `site.toml` (which every page
    /// reads): a page is made again only when one of these changed.
    fn inputs(&self, page: &PageId, site: &Site) -> Vec<Input>;

    /// Renders one page.
    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic>;

    /// True for a page made from what the checks found on the other pages (it is rendered
    /// after them, with [`Context::checked`] set, and reads [`Input::Checks`]).
    fn after_checks(&self, _page: &PageId) -> bool {
        false
    }

    /// The [`Urls`] for this target's pages.
    fn urls(&self, cx: &Context) -> Urls {
        Urls::new(self.links(), &cx.sources.config.base_url)
    }
}

/// One page per guide and language, for targets that show each guide.
fn guide_pages(name: &'static str, site: &Site) -> Vec<PageId> {
    site.languages
        .iter()
        .flat_map(|lang| {
            site.guides_in(lang)
                .iter()
                .map(move |g| PageId::guide(name, lang, g.slug()))
        })
        .collect()
}

/// What a page that shows one guide reads: the guide, the interface words, the languages
/// and the help text.
fn guide_inputs(page: &PageId, _site: &Site) -> Vec<Input> {
    let mut inputs = vec![Input::Ui(page.lang.clone()), Input::Languages, Input::Help];
    if let Some(slug) = &page.slug {
        inputs.push(Input::Guide {
            lang: page.lang.clone(),
            slug: slug.clone(),
        });
    }
    inputs
}

/// How a target writes links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStyle {
    /// Relative links ending in `/` for folders: works under any path of any host.
    Relative,
    /// Relative links naming `index.html`: works from `file://` (offline copies).
    ExplicitIndex,
    /// Absolute addresses under `base_url` (pages shown on another site).
    Absolute,
}

/// What a target's pages are and may contain; the checks of written pages follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Profile {
    /// The pages are HTML a reader opens: links, ids and loads are checked, and the
    /// accessibility rules apply.
    pub html: bool,
    /// Pages may run JavaScript (never by default). JSON-LD data blocks are not scripts.
    pub scripts: bool,
    /// Page weight budgets apply.
    pub budgets: bool,
}

/// A source a page is made from, for knowing when the page must be made again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Input {
    /// One guide in one language, as translated: its words, pictures and translation state.
    Guide {
        /// The language.
        lang: Lang,
        /// The guide.
        slug: String,
    },
    /// The guides of one language as lists show them: their order, titles and summaries.
    Catalogue(Lang),
    /// The interface words of one language.
    Ui(Lang),
    /// Which languages the site publishes, and which guides each has.
    Languages,
    /// The site's "Need help?" text.
    Help,
    /// What the checks found on the pages made first.
    Checks,
}
