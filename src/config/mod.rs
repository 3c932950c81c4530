//! Site configuration: `site.toml` read as [`raw::RawConfig`], then validated into [`Config`].
//!
//! The rest of the crate only sees [`Config`], whose values are all known to be usable.

pub mod embed;
pub mod freshness;
pub mod limits;
pub mod pictures;
mod raw;
pub mod sizes;
pub mod statement;

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;

use crate::diag::toml::{TomlSource, read};
use crate::diag::{Diagnostic, FileId, SourceMap};
use crate::document::Nation;
use crate::lang::Lang;

pub use embed::Embed;
pub use freshness::Freshness;
pub use limits::Limits;
pub use pictures::{Budgets, Pictures};
pub use raw::SCHEMA;

/// The name of the configuration file at the site root.
pub const FILE_NAME: &str = "site.toml";

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site's folder (the one holding `site.toml`).
    pub root: PathBuf,
    /// The file id of `site.toml`, for diagnostics that point at it.
    pub file: FileId,
    /// The site's name, shown in every page's header and title.
    pub title: String,
    /// One or two sentences for the home page and search engines.
    pub description: Option<String>,
    /// Where the site is published, always ending in `/`.
    pub base_url: String,
    /// The language the guides are written in.
    pub language: Lang,
    /// Every published language, the source language first.
    pub languages: Vec<Lang>,
    /// The UK nations whose readers the site serves (default England), sorted; passages
    /// for other nations are left out of its pages.
    pub nations: Vec<Nation>,
    /// Where the site is written, relative to `root` unless absolute.
    pub output: PathBuf,
    /// The theme's name: a folder under `themes/`, or the built-in `easy`.
    pub theme: String,
    /// How guides are checked for reading level (`[readability]`).
    pub readability: crate::readability::Settings,
    /// Hard words explained site-wide (`[glossary]`), each with its explanation.
    pub glossary: Vec<GlossaryDef>,
    /// Local help details for the "Need help?" box on every guide; `None` shows no box.
    pub help: Option<Help>,
    /// Who runs the site and how to report a problem (`[accessibility]`).
    pub statement: statement::Statement,
    /// How pictures are resized, encoded and cached (`[pictures]`).
    pub pictures: Pictures,
    /// How heavy a page may be (`[budgets]`).
    pub budgets: Budgets,
    /// When review dates are worth a warning (`[freshness]`).
    pub freshness: Freshness,
    /// What frame pages for other websites may do (`[embed]`).
    pub embed: Embed,
    /// Warnings about settings that still work (a language listed twice).
    pub warnings: Vec<Diagnostic>,
    /// How large source files may be (`[limits]`).
    pub limits: Limits,
}

/// A glossary entry of `site.toml`, with the spans of its word and explanation there.
#[derive(Debug, Clone, PartialEq)]
pub struct GlossaryDef {
    /// The word or phrase.
    pub term: String,
    /// Where the word is in `site.toml`.
    pub term_span: std::ops::Range<usize>,
    /// The short explanation.
    pub explanation: String,
    /// Where the explanation is in `site.toml`.
    pub explanation_span: std::ops::Range<usize>,
}

/// The `[help]` table of `site.toml`: where readers can get help near them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Help {
    /// A short Markdown text ("Ask at Anytown Library, Monday to Friday."), never blank.
    pub text: String,
    /// Where the value is in `site.toml`, quotes included.
    pub span: Range<usize>,
    /// The places readers can go or call (`[[help.points]]`), in the order written.
    pub points: Vec<HelpPoint>,
}

/// A place readers can go or call for help, shown in the "Need help?" box and on handouts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct HelpPoint {
    /// Its name ("Anytown Library").
    pub name: String,
    /// Where it is, as a reader would write it on an envelope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Its phone number, as written ("01234 567890").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// When it is open ("Monday to Friday, 10am to 4pm").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opening: Option<String>,
}

impl HelpPoint {
    /// The phone number as a `tel:` address: its digits, and a leading `+`.
    pub fn tel(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        let plus = phone.trim_start().starts_with('+');
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        Some(format!("tel:{}{digits}", if plus { "+" } else { "" }))
    }
}

impl Config {
    /// The output folder as an absolute path (or relative to the working folder when `root` is).
    pub fn output_dir(&self) -> PathBuf {
        self.root.join(&self.output)
    }

    /// The picture cache folder (outside the output folder, so clean builds stay fast).
    pub fn cache_dir(&self) -> PathBuf {
        self.root.join(&self.pictures.cache)
    }

    /// The folder holding the guides.
    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    /// Defaults used when `site.toml` has errors, so the guides can still be checked in the
    /// same run (nothing is written while any error stands).
    pub fn fallback(root: &Path, file: FileId) -> Config {
        Config {
            root: root.to_path_buf(),
            file,
            title: String::new(),
            description: None,
            base_url: "https://example.invalid/".into(),
            language: Lang::parse("en").expect("valid tag"),
            languages: vec![Lang::parse("en").expect("valid tag")],
            nations: vec![Nation::England],
            output: PathBuf::from("public"),
            theme: "easy".into(),
            readability: crate::readability::Settings::default(),
            glossary: Vec::new(),
            help: None,
            statement: statement::Statement::default(),
            pictures: Pictures::default(),
            budgets: Budgets::default(),
            freshness: Freshness::default(),
            embed: Embed::default(),
            warnings: Vec::new(),
            limits: Limits::default(),
        }
    }
}

/// Reads `site.toml` (already in the source map as `file`) into a validated [`Config`].
pub fn parse(root: &Path, file: FileId, sources: &SourceMap) -> Result<Config, Vec<Diagnostic>> {
    let text = sources.get(file).text();
    let source = TomlSource {
        file,
        text,
        base: 0,
        missing_at: 0..0,
    };
    let raw: raw::RawConfig = read(&source, &SCHEMA)?;
    validate(root, file, raw)
}

fn validate(root: &Path, file: FileId, raw: raw::RawConfig) -> Result<Config, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let base_url = check_base_url(file, &raw.base_url).unwrap_or_else(|e| {
        errors.push(e);
        String::new()
    });
    let language = match &raw.language {
        None => Lang::parse("en"),
        Some(tag) => language_tag(tag).or_else(|| {
            errors.push(bad_language(file, tag));
            None
        }),
    };
    let mut languages: Vec<Lang> = language.iter().cloned().collect();
    let mut warnings = Vec::new();
    let listed: Vec<Lang> = raw
        .languages
        .iter()
        .flatten()
        .filter_map(|t| Lang::parse(t.get_ref()))
        .collect();
    for tag in raw.languages.iter().flatten() {
        match language_tag(tag) {
            Some(lang) if !languages.contains(&lang) => languages.push(lang),
            // The source language need not be listed; any other tag twice is a slip.
            Some(lang) if listed.iter().filter(|l| **l == lang).count() > 1 => {
                if !warnings
                    .iter()
                    .any(|w: &Diagnostic| w.message.contains(&format!("`{lang}`")))
                {
                    warnings.push(duplicate_language(file, tag, &lang));
                }
            }
            Some(_) => {}
            None => errors.push(bad_language(file, tag)),
        }
    }
    let nations = served_nations(file, raw.nations, &mut errors);
    let theme = match raw.theme {
        None => "easy".to_owned(),
        Some(name) => check_theme(file, name).unwrap_or_else(|e| {
            errors.push(e);
            "easy".to_owned()
        }),
    };
    let readability = readability_settings(file, raw.readability, &mut errors);
    let glossary = raw
        .glossary
        .into_iter()
        .map(|(term, explanation)| GlossaryDef {
            term_span: term.span(),
            term: term.into_inner().trim().to_owned(),
            explanation_span: explanation.span(),
            explanation: explanation.into_inner().trim().to_owned(),
        })
        .collect();
    let help = raw
        .help
        .and_then(|h| check_help(file, h).map_err(|e| errors.extend(e)).ok());
    let statement = statement::statement(file, raw.accessibility, &mut errors);
    let pictures = pictures::pictures(file, raw.pictures, &mut errors);
    let budgets = pictures::budgets(file, raw.budgets, &mut errors);
    let limits = limits::limits(file, raw.limits, &mut errors);
    if !errors.is_empty() {
        errors.extend(warnings);
        return Err(errors);
    }
    Ok(Config {
        root: root.to_path_buf(),
        file,
        title: raw.title.into_inner(),
        description: raw.description.map(Spanned::into_inner),
        base_url,
        language: language.expect("checked above"),
        languages,
        nations,
        output: raw.output.map_or_else(
            || PathBuf::from("public"),
            |o| PathBuf::from(o.into_inner()),
        ),
        theme,
        readability,
        glossary,
        help,
        statement,
        pictures,
        budgets,
        limits,
        freshness: freshness::freshness(raw.freshness),
        embed: embed::embed(raw.embed),
        warnings,
    })
}

/// `nations` of `site.toml`: England when not given; never empty.
fn served_nations(
    file: FileId,
    raw: Option<Spanned<Vec<Spanned<String>>>>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Nation> {
    let Some(raw) = raw else {
        return vec![Nation::England];
    };
    if raw.get_ref().is_empty() {
        errors.push(
            Diagnostic::error("bad-value", "`nations` is empty")
                .at(file, raw.span())
                .label("no nation here")
                .note("the site shows the passages for the nations it serves, and leaves out the others")
                .help("name the nations your readers live in, e.g. nations = [\"england\", \"wales\"]"),
        );
    }
    let mut nations = Vec::new();
    for name in raw.get_ref() {
        match Nation::read(name.get_ref(), file, name.span()) {
            Ok(nation) => nations.push(nation),
            Err(d) => errors.push(d),
        }
    }
    nations.sort();
    nations.dedup();
    nations
}

/// A theme is named by its folder under `themes/`: one plain name, never a path, so no
/// theme can be read from outside the site.
fn check_theme(file: FileId, name: Spanned<String>) -> Result<String, Diagnostic> {
    let value = name.get_ref();
    let plain = !value.is_empty()
        && value != "."
        && value != ".."
        && !value.contains(['/', '\\', ':', '\0']);
    if plain {
        return Ok(name.into_inner());
    }
    Err(Diagnostic::error("bad-value", "`theme` must be the name of a folder under themes/")
        .at(file, name.span())
        .label("not a plain folder name")
        .note("a theme is read from themes/<name>/ inside the site, so that nothing outside the site folder is ever published")
        .help("copy the theme into themes/, and write its folder's name, e.g. theme = \"fancy\" for themes/fancy/"))
}

fn check_help(file: FileId, raw: raw::RawHelp) -> Result<Help, Vec<Diagnostic>> {
    let text = raw.text;
    let mut errors = Vec::new();
    if text.get_ref().trim().is_empty() {
        errors.push(Diagnostic::error("bad-value", "the `[help]` text is empty")
            .at(file, text.span())
            .label("no words here")
            .note("this text fills the \"Need help?\" box at the end of every guide")
            .help("say where readers can get help, e.g. text = \"Ask at Anytown Library, Monday to Friday.\", or remove the [help] table to show no box"));
    }
    let mut points = Vec::new();
    for point in raw.points {
        match check_help_point(file, point) {
            Ok(p) => points.push(p),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let span = text.span();
    Ok(Help {
        text: text.into_inner(),
        span,
        points,
    })
}

/// A help point with a name, and a phone number a phone can call.
fn check_help_point(file: FileId, raw: raw::RawHelpPoint) -> Result<HelpPoint, Diagnostic> {
    if raw.name.get_ref().trim().is_empty() {
        return Err(Diagnostic::error("bad-value", "a help point has no name")
            .at(file, raw.name.span())
            .label("no words here")
            .help("write the place's name, e.g. name = \"Anytown Library\""));
    }
    if let Some(phone) = &raw.phone {
        let digits = phone.get_ref().chars().filter(char::is_ascii_digit).count();
        let tidy = phone
            .get_ref()
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c));
        if digits < 3 || !tidy {
            return Err(Diagnostic::error("bad-value", format!("`{}` is not a phone number", phone.get_ref()))
                .at(file, phone.span())
                .label("a phone number has digits, spaces, +, - and brackets only")
                .note("readers tap the number on a phone to call it, so it must be a number a phone can dial")
                .help("write the number as you would dial it, e.g. phone = \"01234 567890\"; put opening times in `opening`"));
        }
    }
    let text = |v: Option<Spanned<String>>| {
        v.map(Spanned::into_inner)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    Ok(HelpPoint {
        name: raw.name.into_inner().trim().to_owned(),
        address: text(raw.address),
        phone: text(raw.phone),
        opening: text(raw.opening),
    })
}

fn readability_settings(
    file: FileId,
    raw: raw::RawReadability,
    errors: &mut Vec<Diagnostic>,
) -> crate::readability::Settings {
    use crate::readability::{CODES, Profile, Settings};
    let mut settings = Settings::default();
    if let Some(name) = &raw.profile {
        match Profile::named(name.get_ref()) {
            Some(profile) => settings.profile = profile,
            None => errors.push(
                Diagnostic::error(
                    "bad-value",
                    format!("`{}` is not a readability profile", name.get_ref()),
                )
                .at(file, name.span())
                .label("unknown profile")
                .help(format!("use one of: {}", Profile::NAMES.join(", "))),
            ),
        }
    }
    let p = &mut settings.profile;
    p.max_words_per_sentence = raw
        .max_words_per_sentence
        .unwrap_or(p.max_words_per_sentence);
    p.max_sentences_per_paragraph = raw
        .max_sentences_per_paragraph
        .unwrap_or(p.max_sentences_per_paragraph);
    p.max_reading_age = raw.max_reading_age.unwrap_or(p.max_reading_age);
    for code in raw.ignore {
        if CODES.contains(&code.get_ref().as_str()) {
            settings.ignore.insert(code.into_inner());
        } else {
            let d = Diagnostic::error(
                "bad-value",
                format!("`{}` is not a readability check", code.get_ref()),
            )
            .at(file, code.span())
            .label("unknown check");
            errors.push(
                match crate::diag::did_you_mean(code.get_ref(), CODES.iter().copied()) {
                    Some(close) => d.help(format!("did you mean `{close}`?")),
                    None => d.help(format!("the checks are: {}", CODES.join(", "))),
                },
            );
        }
    }
    settings.known = raw.known.into_iter().collect();
    settings
}

fn check_base_url(file: FileId, url: &Spanned<String>) -> Result<String, Diagnostic> {
    let value = url.get_ref().trim();
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        return Err(Diagnostic::error("bad-value", "`base_url` must be a full web address")
            .at(file, url.span())
            .label("does not start with https://")
            .note("the base address goes into the sitemap, feeds and links other sites copy")
            .help("write the address the site will be published at, e.g. base_url = \"https://guides.example.org/\""));
    }
    Ok(if value.ends_with('/') {
        value.to_owned()
    } else {
        format!("{value}/")
    })
}

/// A well-formed tag whose language is registered in ISO 639.
fn language_tag(tag: &Spanned<String>) -> Option<Lang> {
    Lang::parse_known(tag.get_ref())
}

fn bad_language(file: FileId, tag: &Spanned<String>) -> Diagnostic {
    let written = tag.get_ref();
    let d = Diagnostic::error(
        "bad-language",
        format!("`{written}` is not a language code"),
    )
    .at(file, tag.span())
    .label("expected a BCP 47 tag, such as \"fa\" or \"pt-BR\"");
    match crate::lang::tag::suggest(written) {
        Some(code) => d.help(format!(
            "write the language's code: \"{code}\" for {written}"
        )),
        None => d.help(
            "use the language's ISO 639 code, such as \"en\", \"cy\", \"pl\", \"ar\" or \"so\"",
        ),
    }
}

fn duplicate_language(file: FileId, tag: &Spanned<String>, lang: &Lang) -> Diagnostic {
    Diagnostic::warning(
        "duplicate-language",
        format!("`{lang}` is listed in `languages` more than once"),
    )
    .at(file, tag.span())
    .label("listed again here")
    .help("remove the repeated code")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let mut map = SourceMap::new();
        let file = map.add("site.toml".into(), "site.toml".into(), text.into());
        parse(Path::new("."), file, &map)
    }

    #[test]
    fn defaults_fill_optional_keys() {
        let c = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n").unwrap();
        assert_eq!(c.base_url, "https://x.org/");
        assert_eq!(c.language.as_str(), "en");
        assert_eq!(c.output, PathBuf::from("public"));
        assert_eq!(c.theme, "easy");
        assert_eq!(c.languages, vec![c.language.clone()]);
    }

    #[test]
    fn languages_start_with_the_source_language() {
        let c = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\nlanguage = \"en\"\nlanguages = [\"cy\", \"en\", \"ar\"]\n").unwrap();
        let tags: Vec<_> = c.languages.iter().map(|l| l.as_str()).collect();
        assert_eq!(tags, ["en", "cy", "ar"]);
    }

    #[test]
    fn unknown_key_is_named() {
        let e =
            parse_text("title = \"T\"\nbase_url = \"https://x.org\"\nthem = \"x\"\n").unwrap_err();
        assert_eq!(e[0].code, "unknown-key");
        assert!(e[0].message.contains("`them`"));
        assert_eq!(e[0].help.as_deref(), Some("did you mean `theme`?"));
    }

    #[test]
    fn readability_and_glossary_are_read() {
        let c = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n[readability]\nprofile = \"nhs\"\nmax_words_per_sentence = 18\nignore = [\"passive-voice\"]\n[glossary]\nGP = \"a doctor\"\n").unwrap();
        assert_eq!(c.readability.profile.name, "nhs");
        assert_eq!(c.readability.profile.max_words_per_sentence, 18);
        assert!(c.readability.ignore.contains("passive-voice"));
        assert_eq!(c.glossary[0].term, "GP");
        let e = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n[readability]\nprofile = \"simple\"\nignore = [\"pasive-voice\"]\n").unwrap_err();
        assert_eq!(e.len(), 2);
        assert_eq!(e[1].help.as_deref(), Some("did you mean `passive-voice`?"));
    }

    #[test]
    fn help_text_is_optional_and_never_blank() {
        let base = "title = \"T\"\nbase_url = \"https://x.org\"\n";
        assert_eq!(parse_text(base).unwrap().help, None);
        let c = parse_text(&format!("{base}[help]\ntext = \"Ask at the library.\"\n")).unwrap();
        let help = c.help.unwrap();
        assert_eq!(help.text, "Ask at the library.");
        assert_eq!(help.span, base.len() + 14..base.len() + 35);
        let e = parse_text(&format!("{base}[help]\ntext = \"  \"\n")).unwrap_err();
        assert_eq!(e[0].code, "bad-value");
        assert!(e[0].message.contains("[help]"));
        let e = parse_text(&format!("{base}[help]\ntxt = \"Ask.\"\n")).unwrap_err();
        assert!(e[0].label.contains("txt"), "{:?}", e[0]);
    }

    #[test]
    fn pictures_and_budgets_have_defaults_and_can_be_set() {
        let c = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n").unwrap();
        assert_eq!(c.pictures, Pictures::default());
        assert_eq!(c.budgets.html_css, 14 * 1024);
        let c = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n[pictures]\nstep_widths = [300, 100]\nmax_megapixels = 12\n[budgets]\npage_kb = 200\nphone_dpr = 3.0\n").unwrap();
        assert_eq!(c.pictures.step_widths, [100, 300]);
        assert_eq!(c.pictures.max_pixels, 12_000_000);
        assert_eq!((c.budgets.page, c.budgets.phone_dpr), (200 * 1024, 3.0));
        let c =
            parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n[budgets]\nphone_dpr = 3\n")
                .unwrap();
        assert_eq!(c.budgets.phone_dpr, 3.0, "a whole number is a number too");
    }

    #[test]
    fn bad_picture_settings_are_named() {
        let e = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n[pictures]\nstep_sizes = \"50%\"\nquality = 0\n").unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(e[0].message.contains("`step_sizes`"), "{}", e[0].message);
        assert!(e[0].label.contains("no unit"), "{}", e[0].label);
        assert!(e[1].message.contains("`quality`"));
        let e = parse_text("title = \"T\"\nbase_url = \"https://x.org\"\n[pictures]\nqualty = 5\n")
            .unwrap_err();
        assert!(e[0].label.contains("qualty"), "{:?}", e[0]);
    }

    #[test]
    fn nations_default_to_england_and_unknown_ones_are_named() {
        let base = "title = \"T\"\nbase_url = \"https://x.org\"\n";
        assert_eq!(parse_text(base).unwrap().nations, [Nation::England]);
        let c = parse_text(&format!("{base}nations = [\"wales\", \"England\"]\n")).unwrap();
        assert_eq!(c.nations, [Nation::England, Nation::Wales]);
        let e = parse_text(&format!(
            "{base}nations = [\"scotland\", \"northern ireland\", \"cymru\"]\n"
        ))
        .unwrap_err();
        assert_eq!(e.len(), 1, "a space works as a hyphen: {e:?}");
        assert_eq!(e[0].code, "unknown-nation");
        assert!(
            e[0].help.as_deref().unwrap().contains("wales"),
            "{:?}",
            e[0].help
        );
        let e = parse_text(&format!("{base}nations = [\"englnd\"]\n")).unwrap_err();
        assert_eq!(e[0].help.as_deref(), Some("did you mean `england`?"));
        let e = parse_text(&format!("{base}nations = []\n")).unwrap_err();
        assert_eq!(e[0].code, "bad-value");
    }

    #[test]
    fn bad_base_url_and_language_are_both_reported() {
        let e = parse_text("title = \"T\"\nbase_url = \"x.org\"\nlanguage = \"!!\"\n").unwrap_err();
        let codes: Vec<_> = e.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["bad-value", "bad-language"]);
    }
}
