//! Language tags: what the page's `lang` and `dir` attributes say, and each language's own name.

pub mod tag;

use std::fmt;

use unic_langid::LanguageIdentifier;

/// A BCP 47 language tag such as `en`, `cy` or `pt-BR`, checked and in canonical form.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Lang(String);

/// Scripts written right to left, by the primary language subtag that defaults to them.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku-Arab", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// Each language's name for itself, so a reader can find their language without reading English.
const AUTONYMS: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("cy", "Cymraeg"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
    ("gu", "ગુજરાતી"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("it", "Italiano"),
    ("lt", "Lietuvių"),
    ("nl", "Nederlands"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("pl", "Polski"),
    ("ps", "پښتو"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("so", "Soomaali"),
    ("ta", "தமிழ்"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("zh", "中文"),
];

impl Lang {
    /// Parses and canonicalises a tag; `None` when it is not a well-formed BCP 47 tag.
    pub fn parse(tag: &str) -> Option<Lang> {
        let id: LanguageIdentifier = tag.parse().ok()?;
        Some(Lang(id.to_string()))
    }

    /// Parses a tag whose language is registered in ISO 639 ([`tag::registered`]): what a
    /// user names a language with. `klingon-xx` is well-formed but names no language.
    pub fn parse_known(tag: &str) -> Option<Lang> {
        Lang::parse(tag).filter(|l| tag::registered(l.as_str()))
    }

    /// The tag as text, for `lang` attributes and folder names.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`pt` of `pt-BR`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// True for languages written right to left.
    pub fn is_rtl(&self) -> bool {
        RTL_LANGUAGES.contains(&self.primary())
            || RTL_LANGUAGES.contains(&self.0.as_str())
            || self.0.contains("-Arab")
            || self.0.contains("-Hebr")
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language's name for itself, or the tag when easyguide does not know it.
    pub fn autonym(&self) -> &str {
        AUTONYMS
            .iter()
            .find(|(tag, _)| *tag == self.0 || *tag == self.primary())
            .map_or(self.0.as_str(), |(_, name)| name)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalises_and_knows_direction() {
        assert_eq!(Lang::parse("pt-br").unwrap().as_str(), "pt-BR");
        assert!(Lang::parse("ur").unwrap().is_rtl());
        assert!(!Lang::parse("cy").unwrap().is_rtl());
        assert_eq!(Lang::parse("ar").unwrap().autonym(), "العربية");
        assert!(Lang::parse("not a tag").is_none());
    }
}
