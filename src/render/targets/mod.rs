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
mod offline;
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
    EmbedTarget, FragmentTarget, RESIZE_SCRIPT, STYLESHEET as EMBED_STYLESHEET,
    stylesheet as embed_stylesheet,
};
pub use feed::FeedTarget;
pub use offline::OfflineTarget;
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
    &OfflineTarget,
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

    /// The pages only an offline copy has, after [`Target::pages`].
    fn offline_pages(&self, _site: &Site) -> Vec<PageId> {
        Vec::new()
    }

    /// The pages written only when `site.toml` asks for them, after [`Target::pages`].
    fn optional_pages(&self, _config: &crate::config::Config) -> Vec<PageId> {
        Vec::new()
    }

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

    /// True for the outputs an offline copy carries (`easyguide bundle`): those a reader
    /// opens from a USB stick, not those made for other websites or for search engines.
    fn offline(&self) -> bool {
        false
    }

    /// The [`Urls`] for this target's pages: in an offline copy, relative links name
    /// `index.html`, which a browser needs under `file://`.
    fn urls(&self, cx: &Context) -> Urls {
        let style = match (cx.edition, self.links()) {
            (Edition::Offline, LinkStyle::Relative) => LinkStyle::ExplicitIndex,
            (_, style) => style,
        };
        Urls::new(style, &cx.sources.config.base_url)
    }
}

/// Which copy of the site a build makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Edition {
    /// The site to publish on the web, with every output.
    #[default]
    Web,
    /// A copy to open from disk (`easyguide bundle`): the site and its print handouts only,
    /// links naming `index.html`, a `START-HERE.html` at the top, and no link into the
    /// outputs it leaves out (feeds, embeds, JSON).
    Offline,
}

impl Edition {
    /// True when `target` is written in this edition.
    pub fn carries(self, target: &dyn Target) -> bool {
        self == Edition::Web || target.offline()
    }

    /// The pages `target` writes in this edition.
    pub fn pages(
        self,
        target: &dyn Target,
        site: &Site,
        config: &crate::config::Config,
    ) -> Vec<PageId> {
        let mut pages = target.pages(site);
        pages.extend(target.optional_pages(config));
        if self == Edition::Offline {
            pages.extend(target.offline_pages(site));
        }
        pages
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
fn guide_inputs(page: &PageId, site: &Site) -> Vec<Input> {
    let mut inputs = vec![Input::Ui(page.lang.clone()), Input::Languages, Input::Help];
    if let Some(slug) = &page.slug {
        inputs.push(Input::Guide {
            lang: page.lang.clone(),
            slug: slug.clone(),
        });
        inputs.extend(linked_parts(site, &page.lang, slug));
    }
    inputs
}

/// The guides whose parts a guide's page links to (`../other/#step-2`): whether the part is
/// there depends on that guide's page in the language (see `Site::has_part`).
pub fn linked_parts(site: &Site, lang: &Lang, slug: &str) -> Vec<Input> {
    let Some(guide) = site.guide(lang, slug) else {
        return Vec::new();
    };
    let linked: std::collections::BTreeSet<&str> = guide
        .guide
        .links()
        .into_iter()
        .filter_map(|link| match &link.target {
            crate::document::Target::Guide {
                slug: other,
                anchor: Some(_),
            } if other != slug => Some(other.as_str()),
            _ => None,
        })
        .collect();
    linked
        .into_iter()
        .map(|other| Input::Guide {
            lang: lang.clone(),
            slug: other.to_owned(),
        })
        .collect()
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
    /// Pages may load easyguide's own script when the site asks for it (frame pages, with
    /// `[embed] resize_script`): their JavaScript budget is then at least that script's 1 KB.
    /// No page may run any other script; JSON-LD data blocks are not scripts.
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
