//! Page identities: every page of every output has a [`PageId`], and a rendered page is a
//! [`Rendered`] value until it is written.

use crate::diag::SourceMap;
use crate::diag::origin::{self, Marker};
use crate::lang::Lang;

/// What a page is, whatever output it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PageKind {
    /// The site's front page (in the source language, with the language chooser).
    Home,
    /// The front door of an offline copy (`START-HERE.html`): the home page under the name
    /// library staff are told to open.
    Start,
    /// The note for library staff in an offline copy (`README.txt`).
    Readme,
    /// The guide list of one language.
    List,
    /// One guide in one language.
    Guide,
    /// The sitemap for search engines.
    Sitemap,
    /// The accessibility statement of one language, made from what the checks found.
    Statement,
    /// A language's Atom feed.
    Feed,
    /// A published JSON Schema (its name in `slug`).
    Schema,
    /// A stylesheet made by the build.
    Stylesheet,
    /// A script made by the build (only ever one a site asks for: `embed/resize.js`).
    Script,
}

/// A stable name for one page of one output: the same page keeps its id from build to build,
/// so its rendered result can be remembered under it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PageId {
    /// The output target that writes it (`site`, `sitemap`).
    pub output: &'static str,
    /// What kind of page it is.
    pub kind: PageKind,
    /// The page's language.
    pub lang: Lang,
    /// The guide it shows, for guide pages.
    pub slug: Option<String>,
}

impl PageId {
    /// A page without a guide.
    pub fn new(output: &'static str, kind: PageKind, lang: &Lang) -> Self {
        PageId {
            output,
            kind,
            lang: lang.clone(),
            slug: None,
        }
    }

    /// The page of one guide.
    pub fn guide(output: &'static str, lang: &Lang, slug: &str) -> Self {
        PageId {
            output,
            kind: PageKind::Guide,
            lang: lang.clone(),
            slug: Some(slug.to_owned()),
        }
    }
}

/// A rendered page: where it goes, its text, and where its elements came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Which page it is.
    pub id: PageId,
    /// Output path, `/`-separated (`en/nhs-app/index.html`).
    pub path: String,
    /// The page's text (HTML, or XML for a sitemap), exactly as it is written.
    pub text: String,
    /// The origin markers that were in the text, where they were (see [`origin`]).
    pub markers: Vec<Marker>,
}

impl Rendered {
    /// A page from its text as rendered, with the origin markers taken out. Only markers
    /// naming a span of a file in `map` are kept.
    pub fn new(id: &PageId, path: String, marked: &str, map: &SourceMap) -> Self {
        let (text, mut markers) = origin::strip(marked);
        markers.retain(|m| {
            map.try_get(m.origin.file).is_some_and(|f| {
                m.origin.start <= m.origin.end && m.origin.end as usize <= f.text().len()
            })
        });
        Rendered {
            id: id.clone(),
            path,
            text,
            markers,
        }
    }
}
