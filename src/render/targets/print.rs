//! Print handouts: a page per guide and language (`print/<lang>/<slug>/index.html`) for
//! libraries and digital health hubs to print. The theme's print rules make it A4 and large
//! print (body 14 pt), keep each step whole on a page with its picture, and print link
//! addresses after their words; the page adds a QR code (made at build time, see [`qr`])
//! and the address of the online guide, and the site's "Need help?" box.

use super::site::SitePage;
use super::{Input, LinkStyle, Profile, Target, guide_inputs, guide_pages};
use crate::diag::Diagnostic;
use crate::render::page::{PageId, PageKind, Rendered};
use crate::render::{Context, Urls, qr};
use crate::translate::Site;

/// The print handouts.
pub struct PrintTarget;

impl Target for PrintTarget {
    fn name(&self) -> &'static str {
        "print"
    }

    fn links(&self) -> LinkStyle {
        LinkStyle::Relative
    }

    /// Pages for paper: the accessibility rules apply (people read them on screen first),
    /// the phone's budgets do not.
    fn profile(&self) -> Profile {
        Profile {
            html: true,
            scripts: false,
            budgets: false,
        }
    }

    fn pages(&self, site: &Site) -> Vec<PageId> {
        guide_pages(self.name(), site)
    }

    fn offline(&self) -> bool {
        true
    }

    fn inputs(&self, page: &PageId, site: &Site) -> Vec<Input> {
        guide_inputs(page, site)
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        let urls = self.urls(cx);
        let (lang, slug) = (&page.lang, page.slug.as_deref().unwrap_or_default());
        let path = Urls::print(lang, slug);
        let p = SitePage {
            cx,
            urls: &urls,
            path: &path,
            lang,
            kind: PageKind::Guide,
            guide: cx.site.guide(lang, slug),
            same_as: Urls::print,
            helpers: true,
        };
        let mut context = p.context();
        let full = Urls::guide(lang, slug);
        let online = urls.absolute(&full);
        let label = cx.site.ui.message(lang, "print-qr", None);
        context.insert("qr_svg", &qr::svg(&online, &label)?);
        context.insert("guide_url", &urls.relative(&path, &full));
        context.insert("guide_url_absolute", &online);
        let text = cx.templates.render("print.html", &context)?;
        Ok(Rendered::new(page, path, &text, &cx.sources.map))
    }
}
