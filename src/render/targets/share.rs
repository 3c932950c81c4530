//! "Use this guide on your website": a page per guide and language
//! (`<lang>/<slug>/share/index.html`, linked from the guide) with ready-to-copy iframe code,
//! the fragment's two addresses and the guide's JSON address, in plain words for a GP
//! practice manager.

use super::embed::STYLESHEET;
use super::site::SitePage;
use super::{Input, LinkStyle, Profile, Target, guide_inputs, guide_pages};
use crate::diag::Diagnostic;
use crate::render::page::{PageId, PageKind, Rendered};
use crate::render::{Context, Urls};
use crate::translate::Site;

/// The share pages.
pub struct ShareTarget;

/// The iframe's height in CSS pixels: a few steps of a guide on a desktop screen (the frame
/// scrolls for the rest; the embed has no script to tell the host its real height).
const FRAME_HEIGHT: u32 = 900;

impl Target for ShareTarget {
    fn name(&self) -> &'static str {
        "share"
    }

    fn links(&self) -> LinkStyle {
        LinkStyle::Relative
    }

    fn profile(&self) -> Profile {
        Profile {
            html: true,
            scripts: false,
            budgets: true,
        }
    }

    fn pages(&self, site: &Site) -> Vec<PageId> {
        guide_pages(self.name(), site)
    }

    fn inputs(&self, page: &PageId, site: &Site) -> Vec<Input> {
        guide_inputs(page, site)
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        let urls = self.urls(cx);
        let (lang, slug) = (&page.lang, page.slug.as_deref().unwrap_or_default());
        let path = Urls::share(lang, slug);
        let guide = cx.site.guide(lang, slug);
        let p = SitePage {
            cx,
            urls: &urls,
            path: &path,
            lang,
            kind: PageKind::Guide,
            guide,
            same_as: Urls::share,
            helpers: false,
        };
        let mut context = p.context();
        let title = guide.map(|g| g.title()).unwrap_or_default();
        let embed = urls.absolute(&Urls::embed(lang, slug));
        let fragment = urls.absolute(&Urls::fragment(lang, slug));
        let api = urls.absolute(&Urls::api_guide(lang, slug));
        let mut code = iframe(&embed, &title, lang.as_str());
        if cx.sources.config.embed.resize_script {
            // The same script sizes the frame from the practice's page.
            let script = urls.absolute(super::RESIZE_SCRIPT);
            code.push_str(&format!("\n<script src=\"{script}\" defer></script>"));
        }
        context.insert("iframe_code", &code);
        context.insert(
            "fragment_code",
            &format!(
                "<link rel=\"stylesheet\" href=\"{}\">\n<!-- {fragment} -->",
                urls.absolute(STYLESHEET)
            ),
        );
        context.insert("embed_url", &urls.relative(&path, &Urls::embed(lang, slug)));
        context.insert(
            "fragment_url",
            &urls.relative(&path, &Urls::fragment(lang, slug)),
        );
        context.insert(
            "api_url",
            &urls.relative(&path, &Urls::api_guide(lang, slug)),
        );
        context.insert("api_address", &api);
        let guide_page = urls.relative(&path, &Urls::guide(lang, slug));
        context.insert("guide_url", &guide_page);
        context.insert("guide_page_url", &guide_page);
        let text = cx.templates.render("share.html", &context)?;
        Ok(Rendered::new(page, path, &text, &cx.sources.map))
    }
}

/// The iframe code a host pastes (shown as text; Tera escapes it on the page).
fn iframe(src: &str, title: &str, lang: &str) -> String {
    let mut quoted = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut quoted, title);
    format!(
        "<iframe src=\"{src}\" title=\"{quoted}\" lang=\"{lang}\" loading=\"lazy\" height=\"{FRAME_HEIGHT}\"></iframe>"
    )
}
