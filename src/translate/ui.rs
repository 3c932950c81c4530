//! Interface words: the theme's `ui.ftl` messages per language, through Fluent.
//!
//! The theme ships English and the languages it has been translated into; a site's
//! `locales/<lang>/ui.ftl` overrides them message by message. A message missing in a
//! language falls back to the site's language, then English, then its id, so a page always
//! renders. A translated message whose variables differ from the English one's (a `$number`
//! it does not have, or one it leaves out) is reported and not used.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser::ParserError;
use jiff::civil::Date;
use unic_langid::LanguageIdentifier;

use super::Review;
use super::catalog;
use super::messages::{Counts, one_line, recorded_source, value_source};
use crate::diag::origin::Origin;
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use crate::lang::Lang;
use crate::load::LocaleFile;

/// Messages whose ids start with this are a site's own words (`site-title`,
/// `site-description`), translated in the site's `locales/<lang>/ui.ftl`.
pub const SITE_PREFIX: &str = "site-";

/// The file name (without `.ftl`) that holds interface words.
pub const UI_FILE: &str = "ui";

/// Interface words for every language the site has them in.
pub struct Ui {
    bundles: BTreeMap<Lang, FluentBundle<FluentResource>>,
    fallbacks: Vec<Lang>,
    /// Message ids per language, for coverage.
    ids: BTreeMap<Lang, BTreeSet<String>>,
    /// Messages not used because their variables are wrong.
    rejected: BTreeSet<(Lang, String)>,
    /// How far each language's interface words have been checked.
    reviews: BTreeMap<Lang, Review>,
    /// Where each language's messages are written: the file of the layer that won, and the
    /// message's id in it.
    origins: HashMap<(Lang, String), Origin>,
    /// What each language's messages say and what their comments record, for counting.
    notes: HashMap<(Lang, String), Noted>,
}

/// A message's value and the markers above it, as the layer that won has them.
#[derive(Debug, Clone)]
struct Noted {
    /// The Fluent source of its value.
    value: String,
    /// The English it was translated from (`# en: …`), when its file records it.
    english: Option<String>,
    /// A `# stale:` line is above it.
    stale: bool,
    /// A `# same:` line says it is meant to be the same as the English.
    same: bool,
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
        let english = Lang::parse("en").expect("valid tag");
        let files: Vec<(&LocaleFile, FluentResource)> = theme
            .iter()
            .chain(site)
            .filter(|l| l.name == UI_FILE)
            .map(|l| (l, parse_resource(l.file, map, &mut diagnostics)))
            .collect();
        let reference: BTreeMap<String, BTreeSet<String>> = files
            .iter()
            .filter(|(l, _)| l.lang == english)
            .flat_map(|(_, r)| r.entries().filter_map(message_variables))
            .map(|(id, vars)| (id.to_owned(), vars))
            .collect();
        let mut ui = Ui {
            bundles: BTreeMap::new(),
            fallbacks: vec![site_lang.clone(), english.clone()],
            ids: BTreeMap::new(),
            rejected: BTreeSet::new(),
            reviews: BTreeMap::new(),
            origins: HashMap::new(),
            notes: HashMap::new(),
        };
        for (locale, resource) in files {
            let text = map.get(locale.file).text();
            ui.record_origins(locale, &resource);
            ui.record_notes(locale, text, &english);
            let review = Review::from_status(catalog::header_status(text));
            let worst = ui.reviews.entry(locale.lang.clone()).or_insert(review);
            *worst = (*worst).max(review);
            let mut resource = resource;
            if locale.lang != english {
                let problems = variable_problems(&resource, &reference);
                for (id, problem) in &problems {
                    diagnostics.push(variable_warning(locale.file, text, id, problem));
                    ui.rejected.insert((locale.lang.clone(), id.to_string()));
                }
                if !problems.is_empty() {
                    let rejected: BTreeSet<String> =
                        problems.iter().map(|(id, _)| id.to_string()).collect();
                    resource = without(&resource, &rejected);
                }
            }
            let ids = ui.ids.entry(locale.lang.clone()).or_default();
            ids.extend(resource.entries().filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            }));
            ui.bundles
                .entry(locale.lang.clone())
                .or_insert_with(|| new_bundle(&locale.lang))
                .add_resource_overriding(resource);
        }
        (ui, diagnostics)
    }

    /// How far the interface words of `lang` have been checked (the least checked file).
    pub fn review(&self, lang: &Lang) -> Review {
        self.reviews.get(lang).copied().unwrap_or(Review::Draft)
    }

    /// How many interface messages `lang` has of the English ones. A message with the very
    /// words of the English counts only when a `# same:` line says that is meant (else it is
    /// most likely copied, not translated); one whose `# en:` line is not the English now, or
    /// with a `# stale:` line, is stale.
    pub fn counts(&self, lang: &Lang) -> Counts {
        let english = Lang::parse("en").expect("valid tag");
        let empty = BTreeSet::new();
        let reference = self.ids.get(&english).unwrap_or(&empty);
        let own = self.ids.get(lang).unwrap_or(&empty);
        let mut counts = Counts::default();
        for id in reference {
            let usable = own.contains(id) && !self.rejected.contains(&(lang.clone(), id.clone()));
            let noted = self.notes.get(&(lang.clone(), id.clone()));
            let source = self.notes.get(&(english.clone(), id.clone()));
            match (usable, noted, source) {
                (true, Some(n), Some(e)) if n.value == e.value && !n.same => counts.missing += 1,
                (true, Some(n), Some(e))
                    if n.stale || n.english.as_ref().is_some_and(|w| *w != one_line(&e.value)) =>
                {
                    counts.stale += 1
                }
                (true, ..) => counts.translated += 1,
                (false, ..) => counts.missing += 1,
            }
        }
        Counts {
            translated: counts.translated,
            stale: counts.stale,
            missing: counts.missing,
            // `site-…` messages are the site's own words (its title), not the theme's.
            obsolete: own
                .difference(reference)
                .filter(|id| !id.starts_with(SITE_PREFIX))
                .count(),
        }
    }

    /// The message `id` in `lang` itself, without falling back to another language.
    pub fn own_message(&self, lang: &Lang, id: &str) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

    /// The language the message `id` is shown in on a page in `lang`: `lang` itself, or the
    /// language it falls back to; `None` when no language has it.
    pub fn message_lang<'a>(&'a self, lang: &'a Lang, id: &str) -> Option<&'a Lang> {
        std::iter::once(lang)
            .chain(self.fallbacks.iter())
            .find(|l| {
                self.bundles
                    .get(*l)
                    .and_then(|b| b.get_message(id))
                    .and_then(|m| m.value())
                    .is_some()
            })
    }

    /// Where the message `id` shown in `lang` is written (after falling back, as
    /// [`Ui::message`] does), for pointing a finding on a page at its `.ftl` line.
    pub fn origin(&self, lang: &Lang, id: &str) -> Option<Origin> {
        let shown = self.message_lang(lang, id)?;
        self.origins.get(&(shown.clone(), id.to_owned())).copied()
    }

    /// Records where each message of a file is, before anything is taken out of it (a later
    /// layer wins, as in the bundles).
    fn record_origins(&mut self, locale: &LocaleFile, resource: &FluentResource) {
        let source = resource.source();
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                // The parser's names are slices of the resource's text, which is the file's.
                let offset = m.id.name.as_ptr() as usize - source.as_ptr() as usize;
                let origin = Origin::new(locale.file, &(offset..offset + m.id.name.len()));
                self.origins
                    .insert((locale.lang.clone(), m.id.name.to_owned()), origin);
            }
        }
    }

    /// Notes each message's value and markers (a later layer wins, as in the bundles).
    fn record_notes(&mut self, locale: &LocaleFile, text: &str, english: &Lang) {
        // Read again with comments: the bundles' runtime parser skips them.
        for (_, (m, _)) in catalog::Catalog::read(text).messages() {
            let lines = || m.comment.iter().flat_map(|c| c.content.iter().copied());
            let noted = Noted {
                value: value_source(m),
                english: recorded_source(m, english).map(str::to_owned),
                stale: lines().any(|l| catalog::marker(l, catalog::STALE).is_some()),
                same: lines().any(|l| catalog::marker(l, catalog::SAME).is_some()),
            };
            self.notes
                .insert((locale.lang.clone(), m.id.name.to_owned()), noted);
        }
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
}

fn new_bundle(lang: &Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent can wrap each placeable in Unicode isolation marks (FSI … PDI). They stay off,
    // in every language. The interface only fills in numbers and words of the page's own
    // language, which Unicode's bidi algorithm already orders right inside right-to-left
    // text; and an FSI takes its direction from the first strong letter *outside* nested
    // isolates, so a date made of three placeables ("21 نوفمبر 2026") would be isolated as
    // left to right and read backwards. Words in another language (an English fallback
    // piece, a web address) are isolated by the HTML instead: `<span lang dir>` and
    // `dir="auto"`, which also keeps invisible marks out of titles, alt text and copied text.
    bundle.set_use_isolating(false);
    bundle
}

/// Parses an `.ftl` file; syntax errors become warnings and the good messages are kept.
pub fn parse_resource(
    file: FileId,
    map: &SourceMap,
    diagnostics: &mut Diagnostics,
) -> FluentResource {
    let text = map.get(file).text().to_owned();
    if let Some(error) = super::catalog::short_escape(&text) {
        diagnostics.push(syntax_warning(file, &text, &error));
        return FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r);
    }
    match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            let text = map.get(file).text();
            for e in &errors {
                diagnostics.push(syntax_warning(file, text, e));
            }
            resource
        }
    }
}

/// The warning for a Fluent syntax error in `text`, at [`mistake_place`], with help about
/// that mistake ([`mistake_help`]).
pub fn syntax_warning(file: FileId, text: &str, error: &ParserError) -> Diagnostic {
    Diagnostic::warning("ftl-syntax", "this Fluent message cannot be read")
        .at(file, mistake_place(text, error))
        .label(error.kind.to_string())
        .note("the message is left out, and readers see the words of the site's language instead")
        .help(mistake_help(&error.kind))
}

/// Where to point at a Fluent syntax error in `text`: at the error itself when it is on the
/// message's first line, else at that first line (Fluent often notices a missing `}` only
/// on the next line, which is another message's). `build` and `i18n update` both use it, so
/// a mistake is shown at the same place by both.
pub fn mistake_place(text: &str, error: &ParserError) -> std::ops::Range<usize> {
    let mut range = error.pos.clone();
    if let Some(slice) = &error.slice {
        let line_end = text[slice.start..]
            .find('\n')
            .map_or(text.len(), |i| slice.start + i);
        if range.start > line_end {
            range = slice.start..line_end;
        }
    }
    range
}

/// How to fix the mistake a Fluent parser error names, in a translator's words.
pub fn mistake_help(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('}') | K::UnterminatedStringLiteral => {
            "a `{` opens a placeable such as { $link1 }: close it with `}` on the same line".into()
        }
        K::UnbalancedClosingBrace => {
            "this `}` has no `{` before it: remove it, or write it as { \"}\" } to show a brace".into()
        }
        K::ExpectedInlineExpression | K::ExpectedCharRange { .. } => {
            "after `{` comes a variable, like { $link1 }; to show a brace as text, write { \"{\" }".into()
        }
        K::ExpectedMessageField { .. } => {
            "write the words after the `=`; a line after the first starts with spaces, and not with *, [ or . (put such a line right after the `=`)".into()
        }
        _ => "each message is one line `id = words`; continue a long message on lines that start with spaces".into(),
    }
}

/// A message's id and the variables its value uses.
fn message_variables<'r>(entry: &'r Entry<&'r str>) -> Option<(&'r str, BTreeSet<String>)> {
    match entry {
        Entry::Message(m) => {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_variables(value, &mut vars);
            }
            Some((m.id.name, vars))
        }
        _ => None,
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            variants
                .iter()
                .for_each(|v| pattern_variables(&v.value, out));
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            let named = arguments.named.iter().map(|n| &n.value);
            arguments
                .positional
                .iter()
                .chain(named)
                .for_each(|a| inline_variables(a, out));
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The resource without the `rejected` messages, so a lower layer (the theme's words in
/// the same language) or English shows instead.
fn without(resource: &FluentResource, rejected: &BTreeSet<String>) -> FluentResource {
    let body = resource
        .entries()
        .filter(|e| !matches!(e, Entry::Message(m) if rejected.contains(m.id.name)))
        .cloned()
        .collect();
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body });
    FluentResource::try_new(text).unwrap_or_else(|(r, _)| r)
}

/// Messages whose variables differ from the English message of the same id.
fn variable_problems(
    resource: &FluentResource,
    reference: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (id, vars) in resource.entries().filter_map(message_variables) {
        let Some(english) = reference.get(id) else {
            continue;
        };
        if let Some(extra) = vars.difference(english).next() {
            out.push((
                id.to_owned(),
                format!("the English message has no `{{ ${extra} }}`"),
            ));
        } else if let Some(missing) = english.difference(&vars).next() {
            out.push((id.to_owned(), format!("`{{ ${missing} }}` is missing")));
        }
    }
    out
}

fn variable_warning(file: FileId, text: &str, id: &str, problem: &str) -> Diagnostic {
    let offset = catalog::message_offset(text, id).unwrap_or(0);
    Diagnostic::warning(
        "bad-translation",
        format!("{problem} in `{id}`, so it is not used"),
    )
    .at(file, offset..offset + id.len())
    .label("this message")
    .note("readers see the English words of this message until it is fixed")
    .help("use the same { $variables } as the English message, each exactly as written there")
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
                file: map.add(
                    format!("locales/{lang}/ui.ftl").into(),
                    format!("locales/{lang}/ui.ftl"),
                    (*text).into(),
                ),
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
    fn a_message_knows_its_file_and_line_after_falling_back() {
        let (ui, _) = ui(&[("en", "a = A\nhello = Hello\n"), ("cy", "hello = Helo\n")]);
        let cy = Lang::parse("cy").unwrap();
        let en = Lang::parse("en").unwrap();
        let own = ui.origin(&cy, "hello").unwrap();
        assert_eq!((own.start, own.end), (0, 5));
        let fallback = ui.origin(&cy, "a").unwrap();
        assert_eq!(fallback, ui.origin(&en, "a").unwrap());
        assert_ne!(fallback.file, own.file);
        assert_eq!(ui.origin(&cy, "missing"), None);
    }

    #[test]
    fn placeables_carry_no_isolation_marks() {
        let (ui, _) = ui(&[("ar", "n = خطوة { $n }\n"), ("en", "n = Step { $n }\n")]);
        let ar = Lang::parse("ar").unwrap();
        let arabic = ui.message_with(&ar, "n", &[("n", 3.into())]);
        assert_eq!(arabic, "خطوة 3");
        let en = Lang::parse("en").unwrap();
        assert_eq!(ui.message_with(&en, "n", &[("n", 3.into())]), "Step 3");
    }
}
