//! Guides for other websites: a page per guide and language to show in an iframe
//! (`embed/<lang>/<slug>/index.html`: the guide without the site's header, chooser and
//! footer, and a link back to it), the same guide as an HTML fragment to put into a page
//! (`embed/<lang>/<slug>/fragment.html`, every link absolute), and the one stylesheet both
//! use (`embed/easyguide.css`: the theme's stylesheet scoped under `.easyguide`, see
//! [`scope`]). Neither needs script; both work under a strict Content-Security-Policy.

use super::site::SitePage;
use super::{Input, LinkStyle, Profile, Target, guide_inputs, guide_pages};
use crate::diag::Diagnostic;
use crate::emit::Content;
use crate::render::page::{PageId, PageKind, Rendered};
use crate::render::{Context, Urls, scope};
use crate::translate::Site;

/// The embed pages, fragments and their stylesheet.
pub struct EmbedTarget;

/// The fragments: the same guides, with absolute links, as HTML without a page around it.
pub struct FragmentTarget;

/// The scoped stylesheet of embed pages and fragments.
pub const STYLESHEET: &str = "embed/easyguide.css";

/// The frame-sizing script, written and loaded by frame pages only with `[embed]
/// resize_script = true`: in a frame page it posts the guide's height to the page around it;
/// on a practice's page (which loads it from this site) it sets the height of the frame that
/// sent it, taking only `{easyguide: "height", height: n}` from this site's origin.
pub const RESIZE_SCRIPT: &str = "embed/resize.js";

/// The script's text (under 1 KB; see [`RESIZE_SCRIPT`]).
pub const RESIZE_JS: &str = include_str!("resize.js");

impl Target for EmbedTarget {
    fn name(&self) -> &'static str {
        "embed"
    }

    fn links(&self) -> LinkStyle {
        LinkStyle::Relative
    }

    fn profile(&self) -> Profile {
        Profile {
            html: true,
            scripts: true,
            budgets: true,
        }
    }

    fn pages(&self, site: &Site) -> Vec<PageId> {
        guide_pages(self.name(), site)
    }

    fn optional_pages(&self, config: &crate::config::Config) -> Vec<PageId> {
        if config.embed.resize_script {
            vec![PageId::new(self.name(), PageKind::Script, &config.language)]
        } else {
            Vec::new()
        }
    }

    fn inputs(&self, page: &PageId, site: &Site) -> Vec<Input> {
        guide_inputs(page, site)
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        if page.kind == PageKind::Script {
            return Ok(Rendered::new(
                page,
                RESIZE_SCRIPT.into(),
                RESIZE_JS,
                &cx.sources.map,
            ));
        }
        let slug = page.slug.as_deref().unwrap_or_default();
        render_guide(self, page, cx, Urls::embed(&page.lang, slug), "embed.html")
    }
}

impl Target for FragmentTarget {
    fn name(&self) -> &'static str {
        "fragment"
    }

    fn links(&self) -> LinkStyle {
        LinkStyle::Absolute
    }

    /// A fragment is not a page: the host's page around it has the title, language and
    /// landmarks, and its pictures load from this site, so the page checks do not apply.
    /// The same guide is checked as a page in `embed/`.
    fn profile(&self) -> Profile {
        Profile {
            html: false,
            scripts: false,
            budgets: false,
        }
    }

    fn pages(&self, site: &Site) -> Vec<PageId> {
        let mut pages = vec![PageId::new(
            self.name(),
            PageKind::Stylesheet,
            site.source_language(),
        )];
        pages.extend(guide_pages(self.name(), site));
        pages
    }

    fn inputs(&self, page: &PageId, site: &Site) -> Vec<Input> {
        guide_inputs(page, site)
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        if page.kind == PageKind::Stylesheet {
            let css = match cx.assets.files.get(&cx.assets.stylesheet) {
                Some(Content::Bytes(bytes)) => String::from_utf8_lossy(bytes).into_owned(),
                _ => String::new(),
            };
            let text = stylesheet(&css);
            return Ok(Rendered::new(
                page,
                STYLESHEET.into(),
                &text,
                &cx.sources.map,
            ));
        }
        let slug = page.slug.as_deref().unwrap_or_default();
        render_guide(
            self,
            page,
            cx,
            Urls::fragment(&page.lang, slug),
            "fragment.html",
        )
    }
}

/// A frame page's `<body>` holds the theme's `main`, which keeps text off the edges; a
/// fragment has no `main`, so without this its words would touch the edges of its own
/// background on the practice's page (and a checker cannot tell that background from theirs).
const FRAGMENT_BOX: &str = ".easyguide:not(body) { padding: 1rem; }\n";

/// The embeds' stylesheet made from the theme's: its rules scoped, then the fragment's box.
pub fn stylesheet(theme_css: &str) -> String {
    scope::scope(theme_css) + FRAGMENT_BOX
}

/// A guide through `template`, with the site's guide context and links for other sites.
fn render_guide(
    target: &dyn Target,
    page: &PageId,
    cx: &Context,
    path: String,
    template: &str,
) -> Result<Rendered, Diagnostic> {
    let urls = target.urls(cx);
    let slug = page.slug.as_deref().unwrap_or_default();
    let guide = cx.site.guide(&page.lang, slug);
    let p = SitePage {
        cx,
        urls: &urls,
        path: &path,
        lang: &page.lang,
        kind: PageKind::Guide,
        guide,
        same_as: Urls::embed,
        helpers: false,
    };
    let mut context = p.context();
    let full = Urls::guide(&page.lang, slug);
    context.insert("css_url", &urls.relative(&path, STYLESHEET));
    if cx.sources.config.embed.resize_script && template == "embed.html" {
        context.insert("resize_script", &urls.relative(&path, RESIZE_SCRIPT));
    }
    context.insert("guide_url", &urls.relative(&path, &full));
    context.insert("guide_url_absolute", &urls.absolute(&full));
    let text = cx.templates.render(template, &context)?;
    Ok(Rendered::new(page, path, &text, &cx.sources.map))
}
