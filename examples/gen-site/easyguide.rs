//! The corpus as an easyguide site: takes the [`Corpus`]; writes `site.toml`, `content/`
//! (guides, their pictures, whole-guide translations) and `locales/` (each language's
//! `ui.ftl` with the site's name, and every guide's message files).
//!
//! The message files are made by easyguide's own `i18n update` code (`translate::update`,
//! the function behind the command), so their ids, comments and layout are exactly what
//! translators see; the generator then fills the `# id =` placeholders with translations and
//! runs the update again, which lays out the filled files as `i18n update` always does.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use super::Corpus;
use super::model::{self, Dialect, Guide, Words};
use super::pictures::{self, Files};
use super::tongue::{How, Tongue, missing};
use super::vocabulary::SITE_GLOSSARY;

/// What was written, for the summary line.
#[derive(Debug, Default)]
pub struct Written {
    /// Message files written by the update.
    pub message_files: usize,
    /// Placeholders filled with a translation.
    pub filled: usize,
    /// Placeholders left untranslated on purpose.
    pub left: usize,
    /// Placeholders whose English matched no piece of the guide (the update's format and
    /// the generator disagree; always 0 unless easyguide's message format changed).
    pub unmatched: usize,
}

/// Writes the site into `root` (an empty or new folder).
pub fn write(root: &Path, corpus: &Corpus, files: &mut Files) -> Result<Written, String> {
    let io = |e: std::io::Error| format!("could not write into {}: {e}", root.display());
    files
        .write(&root.join("site.toml"), site_toml(corpus).as_bytes())
        .map_err(io)?;
    for guide in &corpus.guides {
        write_guide(root, corpus, guide, files).map_err(io)?;
    }
    for lang in &corpus.langs[1..] {
        let text = ui_ftl(lang);
        files
            .write(
                &root.join(format!("locales/{}/ui.ftl", lang.code)),
                text.as_bytes(),
            )
            .map_err(io)?;
    }
    messages(root, corpus)
}

fn site_toml(corpus: &Corpus) -> String {
    let codes: Vec<String> = corpus.langs.iter().map(|l| q(l.code)).collect();
    let mut out = format!(
        "# A generated benchmark site: {} guides in {} languages, seed {}.\n\
         title = {}\ndescription = {}\nbase_url = \"https://bench.example/\"\n\
         language = \"en\"\nlanguages = [{}]\n\n[help]\ntext = {}\n\n[glossary]\n",
        corpus.guides.len(),
        corpus.langs.len(),
        corpus.seed,
        q(SITE_TITLE),
        q(SITE_DESCRIPTION),
        codes.join(", "),
        q(HELP),
    );
    for (term, explanation) in SITE_GLOSSARY {
        out.push_str(&format!("{} = {}\n", q(term), q(explanation)));
    }
    out
}

/// The site's name, description and help text (each language's `ui.ftl` translates the
/// first two).
pub const SITE_TITLE: &str = "Easy health guides";
pub const SITE_DESCRIPTION: &str = "Short guides, with pictures, to using the NHS online.";
const HELP: &str =
    "**Anytown Library** helps people get online, for free. Ask for a digital champion.";

/// A TOML basic string.
pub fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn write_guide(root: &Path, corpus: &Corpus, g: &Guide, files: &mut Files) -> std::io::Result<()> {
    let dir = root.join("content").join(&g.slug);
    let source = Tongue::new(corpus.seed, &corpus.langs[0], true, &g.slug);
    files.write(&dir.join("index.md"), guide_file(g, &source).as_bytes())?;
    for lang in &corpus.langs[1..] {
        let tongue = Tongue::new(corpus.seed, lang, false, &g.slug);
        if tongue.how == How::Whole {
            let path = dir.join(format!("index.{}.md", lang.code));
            files.write(&path, guide_file(g, &tongue).as_bytes())?;
        }
    }
    write_pictures(&dir, corpus, g, files)?;
    if let (Some(file), Some(lang)) = (&g.replaced, corpus.langs.get(1)) {
        let name = file.trim_start_matches("images/");
        if let Some(svg) = pictures::variant(&corpus.pool, name) {
            let stem = name.trim_end_matches(".svg");
            let path = dir.join(format!("images/{stem}.{}.svg", lang.code));
            files.write(&path, svg.as_bytes())?;
        }
    }
    Ok(())
}

/// Every picture a guide shows, into `dir/images/` (shared bytes linked, not copied).
fn write_pictures(
    dir: &Path,
    corpus: &Corpus,
    g: &Guide,
    files: &mut Files,
) -> std::io::Result<()> {
    for picture in pictures_of(g) {
        let name = picture.trim_start_matches("images/");
        let path = dir.join(&picture);
        let pool = &corpus.pool;
        if let Some(i) = pool.photos.iter().position(|e| e.name == name) {
            files.shared(&picture, &path, &pool.photo_bytes[i])?;
        } else if let Some(i) = pool.svgs.iter().position(|e| e.name == name) {
            files.shared(&picture, &path, pool.svg_text[i].as_bytes())?;
        }
    }
    Ok(())
}

fn pictures_of(g: &Guide) -> BTreeSet<String> {
    g.blocks
        .iter()
        .filter_map(|b| match b {
            model::Block::Step { picture, .. } => Some(picture.file.clone()),
            _ => None,
        })
        .collect()
}

/// A guide file: front matter and body, in the words of `w`.
fn guide_file(g: &Guide, w: &dyn Words) -> String {
    let list = |items: &[String]| -> String {
        let items: Vec<String> = items.iter().map(|s| q(&w.text(s))).collect();
        format!("[{}]", items.join(", "))
    };
    let tags: Vec<String> = g.tags.iter().map(|t| q(t)).collect();
    let mut out = format!(
        "+++\ntitle = {}\nsummary = {}\nupdated = {}\nreview_due = {}\ntags = [{}]\n\
         you_need = {}\ntime = {}\nsources = {}\norder = {}\n",
        q(&w.text(&g.title)),
        q(&w.text(&g.summary)),
        g.updated,
        g.review_due,
        tags.join(", "),
        list(&g.you_need),
        q(&w.text(&g.time)),
        list(&g.sources),
        g.order,
    );
    if !g.glossary.is_empty() {
        out.push_str("\n[glossary]\n");
        for (term, explanation) in &g.glossary {
            out.push_str(&format!(
                "{} = {}\n",
                q(&w.text(term)),
                q(&w.text(explanation))
            ));
        }
    }
    out.push_str("+++\n\n");
    out.push_str(&model::body(g, w, Dialect::Easyguide));
    out
}

fn ui_ftl(lang: &super::lang::Language) -> String {
    format!(
        "# This site's own words in this language: its name and description (site.toml has the\n\
         # English). Messages whose ids start with \"site-\" belong to the site, not to the theme.\n\
         # status: machine-assisted draft, needs review by a fluent speaker\n\n\
         # en: {SITE_TITLE}\nsite-title = {}\n# en: {SITE_DESCRIPTION}\nsite-description = {}\n",
        lang.translate(SITE_TITLE),
        lang.translate(SITE_DESCRIPTION),
    )
}

/// Runs `i18n update`, fills the placeholders, and runs it again.
fn messages(root: &Path, corpus: &Corpus) -> Result<Written, String> {
    let mut written = Written::default();
    let planned = update(root)?;
    written.message_files = planned.len();
    for file in planned.iter().filter(|f| f.counts.is_some()) {
        let Some(guide) = corpus.guides.iter().find(|g| g.slug == file.slug) else {
            continue;
        };
        let mut keys: BTreeSet<String> = model::keys(guide).into_iter().collect();
        for (term, explanation) in SITE_GLOSSARY {
            keys.insert((*term).to_owned());
            keys.insert((*explanation).to_owned());
        }
        let lang = corpus
            .langs
            .iter()
            .find(|l| l.code == file.lang.to_string());
        let Some(lang) = lang else { continue };
        let text = fill(&file.text, lang, &keys, &mut written);
        fs::write(root.join(&file.path), text)
            .map_err(|e| format!("could not write {}: {e}", file.path))?;
    }
    update(root)?;
    Ok(written)
}

/// easyguide's `i18n update`, in-process: plans every message file and writes the changed
/// ones. Any error in the generated site stops the generator.
fn update(root: &Path) -> Result<Vec<easyguide::translate::update::Planned>, String> {
    let (sources, mut diagnostics) = easyguide::load::load(root)
        .map_err(|e| format!("easyguide could not load the site: {e}"))?;
    let (guides, found) = easyguide::parse::parse(&sources);
    diagnostics.extend(found);
    let (planned, found) = easyguide::translate::update::plan(&sources, &guides);
    diagnostics.extend(found);
    if diagnostics.has_errors() {
        let errors: Vec<String> = diagnostics
            .as_slice()
            .iter()
            .filter(|d| d.severity == easyguide::diag::Severity::Error)
            .map(|d| format!("{}: {}", d.code, d.message))
            .collect();
        return Err(format!(
            "the generated site has errors:\n{}",
            errors.join("\n")
        ));
    }
    for file in planned.iter().filter(|f| f.changed) {
        let path = root.join(&file.path);
        fs::create_dir_all(path.parent().unwrap_or(root))
            .and_then(|()| fs::write(&path, &file.text))
            .map_err(|e| format!("could not write {}: {e}", file.path))?;
    }
    Ok(planned)
}

/// A language file with its placeholders (`# en: words` then `# id =`) translated, except
/// the pieces [`missing`] leaves for later.
fn fill(
    text: &str,
    lang: &super::lang::Language,
    keys: &BTreeSet<String>,
    written: &mut Written,
) -> String {
    let source = "# en: ";
    let mut out = String::with_capacity(text.len() * 2);
    let mut english: Option<&str> = None;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        let placeholder = bare
            .strip_prefix("# ")
            .and_then(|rest| rest.strip_suffix(" ="))
            .filter(|id| easyguide::translate::catalog::is_identifier(id));
        match (english, placeholder) {
            (Some(value), Some(id)) => {
                let key = without_placeables(value);
                if !keys.contains(&key) {
                    written.unmatched += 1;
                }
                if missing(lang.code, &key) {
                    written.left += 1;
                    out.push_str(line);
                } else {
                    written.filled += 1;
                    out.push_str(&format!("{id} = {}\n", lang.translate(value)));
                }
            }
            _ => out.push_str(line),
        }
        english = bare.strip_prefix(source);
    }
    out
}

/// A message value with its `({ $link1 })` link placeables removed: [`model::key`]'s form.
fn without_placeables(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("({ $") {
        out.push_str(&rest[..start]);
        match rest[start..].find("})") {
            Some(end) => rest = &rest[start + end + 2..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}
