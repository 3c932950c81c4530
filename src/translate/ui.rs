//! Interface words: the theme's `ui.ftl` messages per language, through Fluent.
//!
//! The theme ships English (and any languages it has); a site's `locales/<lang>/ui.ftl`
//! overrides them message by message. A message missing in a language falls back to the
//! site's language, then English, then its id, so a page always renders.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use crate::lang::Lang;
use crate::load::LocaleFile;

/// The file name (without `.ftl`) that holds interface words.
pub const UI_FILE: &str = "ui";

/// Interface words for every language the site has them in.
pub struct Ui {
    bundles: BTreeMap<Lang, FluentBundle<FluentResource>>,
    fallbacks: Vec<Lang>,
}

impl std::fmt::Debug for Ui {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ui")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Ui {
    /// Builds the bundles: theme files first, then the site's `ui.ftl` files over them.
    pub fn new(
        theme: &[LocaleFile],
        site: &[LocaleFile],
        map: &SourceMap,
        site_lang: &Lang,
    ) -> (Ui, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        let mut bundles: BTreeMap<Lang, FluentBundle<FluentResource>> = BTreeMap::new();
        for locale in theme.iter().chain(site).filter(|l| l.name == UI_FILE) {
            let resource = parse_resource(locale.file, map, &mut diagnostics);
            let bundle = bundles
                .entry(locale.lang.clone())
                .or_insert_with(|| new_bundle(&locale.lang));
            bundle.add_resource_overriding(resource);
        }
        let english = Lang::parse("en").expect("valid tag");
        let fallbacks = vec![site_lang.clone(), english];
        (Ui { bundles, fallbacks }, diagnostics)
    }

    /// The message `id` in `lang`, with arguments, falling back as described above.
    pub fn message(&self, lang: &Lang, id: &str, args: Option<&FluentArgs>) -> String {
        let chain = std::iter::once(lang).chain(self.fallbacks.iter());
        for candidate in chain {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
        id.to_owned()
    }

    /// A message with one number argument, e.g. `step-of` with `number` and `total`.
    pub fn message_with(&self, lang: &Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.message(lang, id, Some(&fluent_args))
    }

    /// A date in the words of `lang` ("21 November 2026"), from `month-N` and `date-format`.
    pub fn date(&self, lang: &Lang, date: Date) -> String {
        let month = self.message(lang, &format!("month-{}", date.month()), None);
        self.message_with(
            lang,
            "date-format",
            &[
                ("day", FluentValue::from(date.day())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year())),
            ],
        )
    }

    /// True when `lang` has its own interface words (not only fallbacks).
    pub fn has_language(&self, lang: &Lang) -> bool {
        self.bundles.contains_key(lang)
    }
}

fn new_bundle(lang: &Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps each placeable in Unicode isolation marks. They keep a number or an
    // English word from reordering the words around it in right-to-left text, and cost
    // nothing to readers, so they stay on for right-to-left languages. Left-to-right pages
    // only fill in numbers and their own words, so the marks would be dead weight there.
    bundle.set_use_isolating(lang.is_rtl());
    bundle
}

/// Parses an `.ftl` file; syntax errors become warnings and the good messages are kept.
pub fn parse_resource(
    file: FileId,
    map: &SourceMap,
    diagnostics: &mut Diagnostics,
) -> FluentResource {
    let text = map.get(file).text().to_owned();
    match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for e in errors {
                let range = e.slice.clone().unwrap_or(e.pos.clone());
                diagnostics.push(
                    Diagnostic::warning("ftl-syntax", "this Fluent message cannot be read")
                        .at(file, range)
                        .label(e.kind.to_string())
                        .note("the message is left out, and readers see the words of the site's language instead")
                        .help("each message is one line `id = words`; continue a long message on lines that start with spaces"),
                );
            }
            resource
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ui(files: &[(&str, &str)]) -> (Ui, Diagnostics) {
        let mut map = SourceMap::new();
        let locales: Vec<LocaleFile> = files
            .iter()
            .map(|(lang, text)| LocaleFile {
                lang: Lang::parse(lang).unwrap(),
                name: UI_FILE.into(),
                file: map.add("x".into(), format!("locales/{lang}/ui.ftl"), (*text).into()),
            })
            .collect();
        Ui::new(&locales, &[], &map, &Lang::parse("en").unwrap())
    }

    #[test]
    fn falls_back_to_english_then_the_id() {
        let (ui, d) = ui(&[
            (
                "en",
                "hello = Hello\nstep-of = Step { $number } of { $total }\n",
            ),
            ("cy", "hello = Helo\n"),
        ]);
        assert!(d.as_slice().is_empty());
        let cy = Lang::parse("cy").unwrap();
        assert_eq!(ui.message(&cy, "hello", None), "Helo");
        let step = ui.message_with(&cy, "step-of", &[("number", 2.into()), ("total", 7.into())]);
        assert_eq!(step, "Step 2 of 7");
        assert_eq!(ui.message(&cy, "nothing", None), "nothing");
    }

    #[test]
    fn syntax_errors_are_warnings_and_good_messages_survive() {
        let (ui, d) = ui(&[("en", "good = Fine\nbad = { $\nalso = Also\n")]);
        assert_eq!(d.count(crate::diag::Severity::Warning), 1);
        let en = Lang::parse("en").unwrap();
        assert_eq!(ui.message(&en, "good", None), "Fine");
        assert_eq!(ui.message(&en, "also", None), "Also");
    }

    #[test]
    fn rtl_placeables_are_isolated() {
        let (ui, _) = ui(&[("ar", "n = خطوة { $n }\n"), ("en", "n = Step { $n }\n")]);
        let ar = Lang::parse("ar").unwrap();
        let arabic = ui.message_with(&ar, "n", &[("n", 3.into())]);
        assert_eq!(arabic, "خطوة \u{2068}3\u{2069}");
        let en = Lang::parse("en").unwrap();
        assert_eq!(ui.message_with(&en, "n", &[("n", 3.into())]), "Step 3");
    }
}
