//! Where each page is written, and relative links between pages.
//!
//! The site's links are relative, so it works under any path of any host and from a folder
//! opened straight from disk. Links to a folder end in `/` on the web; offline copies use
//! [`LinkStyle::ExplicitIndex`] so links name `index.html`, which browsers need under
//! `file://`; pages shown on other sites use [`LinkStyle::Absolute`].

use super::targets::LinkStyle;
use crate::lang::Lang;

/// Builds output paths and the links between them.
#[derive(Debug, Clone)]
pub struct Urls {
    /// How links are written.
    pub style: LinkStyle,
    /// The site's public address, ending in `/`.
    pub base_url: String,
}

impl Urls {
    /// Links in the given style, for a site published at `base_url`.
    pub fn new(style: LinkStyle, base_url: &str) -> Self {
        Urls {
            style,
            base_url: base_url.to_owned(),
        }
    }

    /// The home page.
    pub fn home() -> String {
        "index.html".into()
    }

    /// The front door of an offline copy, beside its home page.
    pub fn start() -> String {
        "START-HERE.html".into()
    }

    /// The guide list of a language.
    pub fn list(lang: &Lang) -> String {
        format!("{lang}/index.html")
    }

    /// The accessibility statement in a language.
    pub fn statement(lang: &Lang) -> String {
        format!("{lang}/accessibility/index.html")
    }

    /// A guide in a language.
    pub fn guide(lang: &Lang, slug: &str) -> String {
        format!("{lang}/{slug}/index.html")
    }

    /// A language's Atom feed.
    pub fn feed(lang: &Lang) -> String {
        format!("{lang}/feed.xml")
    }

    /// A guide's page for showing in another site's iframe.
    pub fn embed(lang: &Lang, slug: &str) -> String {
        format!("embed/{lang}/{slug}/index.html")
    }

    /// A guide as an HTML fragment for another site's page.
    pub fn fragment(lang: &Lang, slug: &str) -> String {
        format!("embed/{lang}/{slug}/fragment.html")
    }

    /// The "Use this guide on your website" page of a guide.
    pub fn share(lang: &Lang, slug: &str) -> String {
        format!("{lang}/{slug}/share/index.html")
    }

    /// A guide's print handout.
    pub fn print(lang: &Lang, slug: &str) -> String {
        format!("print/{lang}/{slug}/index.html")
    }

    /// The JSON list of a language's guides.
    pub fn api_index(lang: &Lang) -> String {
        format!("api/{}/{lang}/guides.json", super::api::VERSION)
    }

    /// One guide's JSON.
    pub fn api_guide(lang: &Lang, slug: &str) -> String {
        format!("api/{}/{lang}/{slug}.json", super::api::VERSION)
    }

    /// The JSON Schema `name` (`guides` or `guide`) of the API.
    pub fn api_schema(name: &str) -> String {
        format!("api/{}/schema/{name}.json", super::api::VERSION)
    }

    /// A link from the page written at `from` to the file at `to` (both output paths):
    /// relative, or absolute for [`LinkStyle::Absolute`].
    pub fn relative(&self, from: &str, to: &str) -> String {
        if self.style == LinkStyle::Absolute {
            return self.absolute(to);
        }
        let from_dir: Vec<&str> = from
            .rsplit_once('/')
            .map_or(Vec::new(), |(dir, _)| dir.split('/').collect());
        let to_parts: Vec<&str> = to.split('/').collect();
        let common = from_dir
            .iter()
            .zip(&to_parts)
            .take_while(|(a, b)| a == b)
            .count();
        let mut out = "../".repeat(from_dir.len() - common);
        out.push_str(&to_parts[common..].join("/"));
        let out = self.tidy(out);
        if out.is_empty() { "./".into() } else { out }
    }

    /// The public address of an output path, for canonical links, sitemaps and feeds.
    pub fn absolute(&self, to: &str) -> String {
        let path = to.strip_suffix("index.html").unwrap_or(to);
        format!("{}{}", self.base_url, path)
    }

    fn tidy(&self, link: String) -> String {
        if self.style == LinkStyle::ExplicitIndex {
            return link;
        }
        match link.strip_suffix("index.html") {
            Some(dir) if dir.is_empty() || dir.ends_with('/') => dir.to_owned(),
            _ => link,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(explicit_index: bool) -> Urls {
        let style = if explicit_index {
            LinkStyle::ExplicitIndex
        } else {
            LinkStyle::Relative
        };
        Urls::new(style, "https://x.org/g/")
    }

    #[test]
    fn links_are_relative() {
        let u = urls(false);
        assert_eq!(u.relative("en/a/index.html", "en/b/index.html"), "../b/");
        assert_eq!(
            u.relative("en/a/index.html", "style.1.css"),
            "../../style.1.css"
        );
        assert_eq!(u.relative("index.html", "en/index.html"), "en/");
        assert_eq!(u.relative("en/index.html", "en/index.html"), "./");
        assert_eq!(u.relative("en/index.html", "en/a/index.html"), "a/");
        assert_eq!(u.relative("en/a/index.html", "index.html"), "../../");
    }

    #[test]
    fn offline_links_name_the_file() {
        let u = urls(true);
        assert_eq!(
            u.relative("en/a/index.html", "en/b/index.html"),
            "../b/index.html"
        );
        assert_eq!(
            u.relative("en/a/index.html", "index.html"),
            "../../index.html"
        );
    }

    #[test]
    fn absolute_style_links_to_the_public_address() {
        let u = Urls::new(LinkStyle::Absolute, "https://x.org/g/");
        assert_eq!(
            u.relative("en/a/index.html", "en/b/index.html"),
            "https://x.org/g/en/b/"
        );
    }

    #[test]
    fn absolute_addresses_use_the_base_url() {
        assert_eq!(
            urls(false).absolute("en/a/index.html"),
            "https://x.org/g/en/a/"
        );
    }
}
