//! Pictures and static files: what the output needs besides pages.
//!
//! Takes the theme's static files and the pictures the guides use; produces the output path
//! and bytes of each, and the `<img>` HTML for each picture. CSS files get a content hash in
//! their name, so browsers may cache them forever and never use a stale one.
//! Pictures are copied as they are; only pictures some page shows are published.

use std::collections::BTreeMap;
use std::path::PathBuf;

use pulldown_cmark_escape::{escape_href, escape_html};
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Diagnostics};
use crate::document::Picture;
use crate::emit::Content;
use crate::lang::Lang;
use crate::load::Sources;
use crate::render::Urls;
use crate::translate::Site;

/// The stylesheet every page links to, by its name in the theme.
pub const STYLESHEET: &str = "style.css";

/// Output files besides pages, and how pages refer to them.
#[derive(Debug)]
pub struct Assets {
    /// Output path of the main stylesheet (`style.<hash>.css`).
    pub stylesheet: String,
    /// Every asset file: output path and content.
    pub files: BTreeMap<String, Content>,
    pictures: BTreeMap<(String, String), String>,
    urls: Urls,
}

/// Prepares static files and pictures.
pub fn prepare(sources: &Sources, site: &Site, urls: &Urls) -> (Assets, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let mut files = BTreeMap::new();
    let mut stylesheet = STYLESHEET.to_owned();
    for file in &sources.theme.statics {
        let bytes = match file.source.read() {
            Ok(bytes) => bytes.into_owned(),
            Err(e) => {
                diagnostics.push(
                    Diagnostic::error("unreadable", format!("could not read {}: {e}", file.name))
                        .at_path(format!("static/{}", file.name)),
                );
                continue;
            }
        };
        let name = if file.name.ends_with(".css") {
            hashed_name(&file.name, &bytes)
        } else {
            file.name.clone()
        };
        if file.name == STYLESHEET {
            stylesheet = name.clone();
        }
        files.insert(name, Content::Bytes(bytes));
    }
    let mut pictures = BTreeMap::new();
    for guide in site.guides.values().flatten() {
        let Some(source) = sources.guides.iter().find(|g| g.slug == guide.slug) else {
            continue;
        };
        for picture in guide.pictures() {
            let key = (guide.slug.clone(), picture.src.clone());
            if pictures.contains_key(&key) {
                continue;
            }
            let output = format!(
                "img/{}/{}",
                guide.slug,
                picture.src.trim_start_matches("images/")
            );
            files.insert(output.clone(), Content::Copy(source.dir.join(&picture.src)));
            pictures.insert(key, output);
        }
    }
    (
        Assets {
            stylesheet,
            files,
            pictures,
            urls: urls.clone(),
        },
        diagnostics,
    )
}

/// `style.css` with bytes B becomes `style.<first 10 hex digits of SHA-256(B)>.css`.
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let hash = content_hash(bytes);
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{}.{ext}", &hash[..10]),
        None => format!("{name}.{}", &hash[..10]),
    }
}

/// The SHA-256 of some bytes as lower-case hex: stable across Rust releases and machines.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

impl Assets {
    /// The `<img>` for a picture of guide `slug` on the page at `page`.
    ///
    /// The first picture of a page loads at once; the rest load when the reader gets near them.
    pub fn picture_html(
        &self,
        slug: &str,
        page_lang: &Lang,
        picture: &Picture,
        page: &str,
        eager: bool,
    ) -> String {
        let Some(output) = self.pictures.get(&(slug.to_owned(), picture.src.clone())) else {
            return String::new();
        };
        let mut html = String::from("<img src=\"");
        let _ = escape_href(&mut html, &self.urls.relative(page, output));
        html.push_str("\" alt=\"");
        let _ = escape_html(&mut html, &picture.alt.to_plain());
        html.push('"');
        if let Some(lang) = picture.alt.lang.as_ref().filter(|l| *l != page_lang) {
            html.push_str(&format!(" lang=\"{lang}\""));
        }
        if !eager {
            html.push_str(" loading=\"lazy\" decoding=\"async\"");
        }
        html.push('>');
        html
    }

    /// The source files of every picture published, for watch mode and reports.
    pub fn picture_sources(&self) -> Vec<PathBuf> {
        self.files
            .values()
            .filter_map(|c| {
                if let Content::Copy(p) = c {
                    Some(p.clone())
                } else {
                    None
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_depend_only_on_bytes() {
        assert_eq!(
            hashed_name("style.css", b"a"),
            hashed_name("style.css", b"a")
        );
        assert_ne!(
            hashed_name("style.css", b"a"),
            hashed_name("style.css", b"b")
        );
        assert!(hashed_name("style.css", b"a").starts_with("style.ca978112ca."));
    }
}
