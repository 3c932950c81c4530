//! What a link or picture address in a guide means, and why some are refused.
//!
//! Links between guides are written relative to the guide (`../other-guide/`), so they work
//! on any host and from an offline copy. Pictures must be files in the guide's `images/`
//! folder: a page never loads anything from another host.

use std::ops::Range;

use crate::diag::{Diagnostic, FileId, did_you_mean};
use crate::document::Target;

/// Why a link or picture address was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Empty `()`.
    Empty,
    /// `javascript:`, `data:`, `file:` and other schemes that are unsafe or do not travel.
    UnsafeScheme(String),
    /// `/en/guide/`: breaks when the site is not at the root of its host, and offline.
    RootRelative(String),
    /// A relative address that is not `../<guide>/`.
    NotAGuide(String),
    /// A picture from another host.
    RemotePicture(String),
    /// A picture that is not in the guide's `images/` folder.
    MissingPicture {
        /// The address as written.
        written: String,
        /// The closest file that does exist.
        closest: Option<String>,
    },
}

impl Problem {
    /// The diagnostic for this problem at `span`.
    pub fn diagnostic(&self, file: FileId, span: Range<usize>) -> Diagnostic {
        match self {
            Problem::Empty => Diagnostic::error("bad-link", "this link has no address")
                .at(file, span)
                .label("nothing between ( and )")
                .help("write the address between the brackets, e.g. [NHS 111 online](https://111.nhs.uk/)"),
            Problem::UnsafeScheme(dest) => Diagnostic::error("bad-link", format!("`{dest}` is not a link a guide may have"))
                .at(file, span)
                .label("unsafe or local address")
                .note("guides may link to web pages (https://), phone numbers (tel:), email (mailto:) and other guides")
                .help("link to a web page, another guide (../guide-name/) or a part of this guide (#heading)"),
            Problem::RootRelative(dest) => Diagnostic::error("bad-link", format!("`{dest}` starts with /"))
                .at(file, span)
                .label("addresses starting with / break offline copies and embeds")
                .help("link to another guide as ../guide-name/ (the guide's folder name)"),
            Problem::NotAGuide(dest) => Diagnostic::error("bad-link", format!("`{dest}` is not a guide of this site"))
                .at(file, span)
                .label("expected ../guide-name/, #part-of-this-page or a full web address")
                .help(format!("to link to another guide, write ../{}/", dest.trim_start_matches("./").trim_end_matches('/').trim_end_matches(".md"))),
            Problem::RemotePicture(dest) => Diagnostic::error("remote-picture", format!("`{dest}` is a picture on another website"))
                .at(file, span)
                .label("pictures must be files of this guide")
                .note("loading a picture from another host costs readers data and can track them")
                .help("save the picture in this guide's images/ folder and write images/<file name>"),
            Problem::MissingPicture { written, closest } => {
                let d = Diagnostic::error("missing-picture", format!("there is no picture `{written}`"))
                    .at(file, span)
                    .label("not found in this guide's images/ folder");
                match closest {
                    Some(c) => d.help(format!("did you mean `{c}`?")),
                    None => d.help("put the picture file in this guide's images/ folder and check the spelling, including upper and lower case"),
                }
            }
        }
    }
}

/// Classifies a link address.
pub fn classify(dest: &str) -> Result<Target, Problem> {
    let dest = dest.trim();
    if dest.is_empty() {
        return Err(Problem::Empty);
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        return Ok(Target::Anchor(anchor.to_owned()));
    }
    if let Some(scheme) = scheme(dest) {
        return match scheme.to_ascii_lowercase().as_str() {
            "https" | "http" | "mailto" | "tel" => Ok(Target::External(dest.to_owned())),
            _ => Err(Problem::UnsafeScheme(dest.to_owned())),
        };
    }
    if dest.starts_with('/') {
        return Err(Problem::RootRelative(dest.to_owned()));
    }
    guide_link(dest).ok_or_else(|| Problem::NotAGuide(dest.to_owned()))
}

/// The scheme of an absolute address (`https` of `https://…`), if it has one.
pub fn scheme(dest: &str) -> Option<&str> {
    let (scheme, _) = dest.split_once(':')?;
    let valid = scheme.chars().next()?.is_ascii_alphabetic()
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    valid.then_some(scheme)
}

/// `../slug/`, `../slug`, `../slug/index.md` with an optional `#anchor`.
fn guide_link(dest: &str) -> Option<Target> {
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_owned()).filter(|a| !a.is_empty())),
        None => (dest, None),
    };
    let rest = path.strip_prefix("../")?;
    let mut parts = rest.split('/').filter(|p| !p.is_empty());
    let slug = parts.next()?;
    match parts.next() {
        None | Some("index.md") | Some("index.html") => {}
        Some(_) => return None,
    }
    if parts.next().is_some() || !crate::slug::is_valid_slug(slug) {
        return None;
    }
    Some(Target::Guide {
        slug: slug.to_owned(),
        anchor,
    })
}

/// Checks a picture address against the guide's `images/` files; returns the file's path.
pub fn picture_path(dest: &str, pictures: &[String]) -> Result<String, Problem> {
    let dest = dest.trim();
    if scheme(dest).is_some() || dest.starts_with("//") {
        return Err(Problem::RemotePicture(dest.to_owned()));
    }
    let normal = dest.trim_start_matches("./");
    if pictures.iter().any(|p| p == normal) {
        return Ok(normal.to_owned());
    }
    let closest = did_you_mean(normal, pictures.iter().map(String::as_str))
        .or_else(|| {
            let lower = normal.to_lowercase();
            pictures
                .iter()
                .map(String::as_str)
                .find(|p| p.to_lowercase() == lower)
        })
        .map(str::to_owned);
    Err(Problem::MissingPicture {
        written: dest.to_owned(),
        closest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide(slug: &str, anchor: Option<&str>) -> Target {
        Target::Guide {
            slug: slug.into(),
            anchor: anchor.map(Into::into),
        }
    }

    #[test]
    fn classifies_links() {
        assert_eq!(classify("../nhs-app/"), Ok(guide("nhs-app", None)));
        assert_eq!(classify("../nhs-app"), Ok(guide("nhs-app", None)));
        assert_eq!(
            classify("../nhs-app/index.md#step-2"),
            Ok(guide("nhs-app", Some("step-2")))
        );
        assert_eq!(classify("#step-2"), Ok(Target::Anchor("step-2".into())));
        assert_eq!(classify("tel:111"), Ok(Target::External("tel:111".into())));
        assert_eq!(
            classify("https://www.nhs.uk/"),
            Ok(Target::External("https://www.nhs.uk/".into()))
        );
    }

    #[test]
    fn refuses_unsafe_and_unclear_links() {
        assert!(matches!(
            classify("javascript:alert(1)"),
            Err(Problem::UnsafeScheme(_))
        ));
        assert!(matches!(
            classify("/en/nhs-app/"),
            Err(Problem::RootRelative(_))
        ));
        assert!(matches!(classify("nhs-app"), Err(Problem::NotAGuide(_))));
        assert!(matches!(classify(""), Err(Problem::Empty)));
    }

    #[test]
    fn pictures_must_be_local_files() {
        let files = vec!["images/phone.svg".to_owned()];
        assert_eq!(
            picture_path("./images/phone.svg", &files),
            Ok("images/phone.svg".into())
        );
        assert!(matches!(
            picture_path("https://x.org/a.png", &files),
            Err(Problem::RemotePicture(_))
        ));
        assert_eq!(
            picture_path("images/Phone.svg", &files),
            Err(Problem::MissingPicture {
                written: "images/Phone.svg".into(),
                closest: Some("images/phone.svg".into())
            })
        );
    }
}
