//! `README.txt` of an offline copy: a few plain lines for library staff and digital
//! champions, in the site's language, saying how to open the copy, what is in it and where
//! the newest version is. Only `easyguide bundle` writes it.

use fluent_bundle::{FluentArgs, FluentValue};

use super::{Input, LinkStyle, Profile, Target};
use crate::diag::Diagnostic;
use crate::render::Context;
use crate::render::page::{PageId, PageKind, Rendered};
use crate::translate::Site;

/// The offline copy's note for library staff.
pub struct OfflineTarget;

const NAME: &str = "offline";

impl Target for OfflineTarget {
    fn name(&self) -> &'static str {
        NAME
    }

    fn links(&self) -> LinkStyle {
        LinkStyle::ExplicitIndex
    }

    fn profile(&self) -> Profile {
        Profile {
            html: false,
            scripts: false,
            budgets: false,
        }
    }

    fn pages(&self, _site: &Site) -> Vec<PageId> {
        Vec::new()
    }

    fn offline_pages(&self, site: &Site) -> Vec<PageId> {
        vec![PageId::new(NAME, PageKind::Readme, site.source_language())]
    }

    fn offline(&self) -> bool {
        true
    }

    fn inputs(&self, page: &PageId, _site: &Site) -> Vec<Input> {
        vec![
            Input::Ui(page.lang.clone()),
            Input::Languages,
            Input::Catalogue(page.lang.clone()),
        ]
    }

    fn render(&self, page: &PageId, cx: &Context) -> Result<Rendered, Diagnostic> {
        let text = readme(cx, page);
        Ok(Rendered::new(
            page,
            "README.txt".into(),
            &text,
            &cx.sources.map,
        ))
    }
}

/// The note's words, from the `offline-readme` message, with Windows line ends (the copy is
/// most often opened on a library's Windows PC, whose oldest Notepad needs them).
fn readme(cx: &Context, page: &PageId) -> String {
    let site = cx.site;
    let lang = &page.lang;
    let guides = site.guides_in(lang);
    let updated = guides.iter().map(|g| g.guide.meta.updated).max();
    let languages: Vec<&str> = site.languages.iter().map(|l| l.autonym()).collect();
    let mut args = FluentArgs::new();
    args.set("site", FluentValue::from(cx.sources.config.title.as_str()));
    args.set("guides", FluentValue::from(guides.len()));
    args.set("languages", FluentValue::from(languages.join(", ")));
    args.set("count", FluentValue::from(languages.len()));
    args.set(
        "updated",
        FluentValue::from(updated.map(|d| site.ui.date(lang, d)).unwrap_or_default()),
    );
    args.set(
        "address",
        FluentValue::from(cx.sources.config.base_url.as_str()),
    );
    let text = site.ui.message(lang, "offline-readme", Some(&args));
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(line.trim_end());
        out.push_str("\r\n");
    }
    out
}
