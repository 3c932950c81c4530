//! Slugs: the plain names guides have in folders and web addresses, and ids made from words.
//!
//! A leaf module (it imports nothing of the crate), so loading, parsing and the command line
//! can all use it without depending on each other.

/// A guide folder name: lower-case letters, digits and single hyphens, so URLs stay plain.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// Folder names a guide cannot have, because an output of every build already uses the
/// address: `<lang>/accessibility/` is the accessibility statement, and
/// `api/v1/<lang>/guides.json` the list of guides beside each `<slug>.json`.
pub const RESERVED_SLUGS: &[&str] = &["accessibility", "guides"];

/// A URL- and id-safe version of some words: lower case, letters and digits joined by `-`.
///
/// Letters of any script are kept (ids may be Unicode), so headings in Welsh, Polish or
/// Arabic keep readable ids.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.extend(c.to_lowercase());
        } else if !matches!(c, '\'' | '’') {
            pending_dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_stay_plain() {
        assert!(is_valid_slug("nhs-app"));
        assert!(!is_valid_slug("NHS App"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug("-a"));
    }
}
