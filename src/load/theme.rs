//! The theme, layered: the built-in `easy` theme, then `themes/<name>/`, then the site's own
//! `templates/` and `static/`. A later layer replaces a file of the same name.

use std::path::{Path, PathBuf};

use super::{LocaleFile, display_path, read_text, sorted_entries};
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use crate::error::Result;
use crate::lang::Lang;

/// The name of the theme compiled into easyguide.
pub const BUILTIN_THEME: &str = "easy";

/// The built-in theme's templates, so a new site builds with nothing but content.
const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../themes/easy/templates/base.html"),
    ),
    (
        "home.html",
        include_str!("../../themes/easy/templates/home.html"),
    ),
    (
        "list.html",
        include_str!("../../themes/easy/templates/list.html"),
    ),
    (
        "guide.html",
        include_str!("../../themes/easy/templates/guide.html"),
    ),
    (
        "partials/guide-list.html",
        include_str!("../../themes/easy/templates/partials/guide-list.html"),
    ),
    (
        "partials/translation-notes.html",
        include_str!("../../themes/easy/templates/partials/translation-notes.html"),
    ),
];

/// The built-in theme's static files.
const BUILTIN_STATIC: &[(&str, &[u8])] = &[(
    "style.css",
    include_bytes!("../../themes/easy/static/style.css"),
)];

/// The built-in theme's interface words. They live with the theme because they translate its
/// templates: every site using the theme gets them, and a site's `locales/<lang>/ui.ftl`
/// overrides them message by message.
const BUILTIN_LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../../themes/easy/locales/en/ui.ftl")),
    ("ar", include_str!("../../themes/easy/locales/ar/ui.ftl")),
    ("bn", include_str!("../../themes/easy/locales/bn/ui.ftl")),
    ("cy", include_str!("../../themes/easy/locales/cy/ui.ftl")),
    ("pl", include_str!("../../themes/easy/locales/pl/ui.ftl")),
    ("ro", include_str!("../../themes/easy/locales/ro/ui.ftl")),
    ("ur", include_str!("../../themes/easy/locales/ur/ui.ftl")),
];

/// A theme with the site's overrides applied.
#[derive(Debug, Default)]
pub struct Theme {
    /// Template name (`guide.html`) and its file, sorted by name.
    pub templates: Vec<(String, FileId)>,
    /// Static files to copy into the output, sorted by name.
    pub statics: Vec<StaticFile>,
    /// The theme's own interface words (`ui.ftl`) per language; the site's `locales/` wins.
    pub locales: Vec<LocaleFile>,
}

/// A file copied into the output as it is (after CSS hashing).
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// The path inside `static/`, `/`-separated.
    pub name: String,
    /// Where its bytes are.
    pub source: StaticSource,
}

/// Where a static file's bytes come from.
#[derive(Debug, Clone)]
pub enum StaticSource {
    /// A file on disk.
    Disk(PathBuf),
    /// A file compiled into easyguide.
    Builtin(&'static [u8]),
}

impl StaticSource {
    /// The file's bytes.
    pub fn read(&self) -> std::io::Result<std::borrow::Cow<'static, [u8]>> {
        match self {
            StaticSource::Disk(path) => std::fs::read(path).map(Into::into),
            StaticSource::Builtin(bytes) => Ok((*bytes).into()),
        }
    }
}

/// Loads the named theme and the site's overrides.
pub fn load(
    map: &mut SourceMap,
    root: &Path,
    name: &str,
    diagnostics: &mut Diagnostics,
) -> Result<Theme> {
    // The built-in theme is always the bottom layer, so a theme (or a site) only needs the
    // files it changes.
    let mut theme = Theme::default();
    add_builtin(map, &mut theme);
    let theme_dir = root.join("themes").join(name);
    if theme_dir.is_dir() {
        add_layer(map, root, &theme_dir, &mut theme, diagnostics)?;
        load_theme_locales(map, root, &theme_dir.join("locales"), &mut theme)?;
    } else if name != BUILTIN_THEME {
        diagnostics.push(
            Diagnostic::error("missing-theme", format!("there is no theme called `{name}`"))
                .at_path(display_path(root, &theme_dir))
                .help(format!("put the theme in themes/{name}/, or remove `theme` from site.toml to use the built-in `easy` theme")),
        );
    }
    add_layer(map, root, root, &mut theme, diagnostics)?;
    theme.templates.sort_by(|a, b| a.0.cmp(&b.0));
    theme.statics.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(theme)
}

fn add_builtin(map: &mut SourceMap, theme: &mut Theme) {
    for (name, text) in BUILTIN_TEMPLATES {
        let display = format!("(built-in theme)/templates/{name}");
        let file = map.add(PathBuf::from(&display), display, (*text).to_owned());
        replace(&mut theme.templates, (*name).to_owned(), file);
    }
    for (name, bytes) in BUILTIN_STATIC {
        replace_static(
            &mut theme.statics,
            (*name).to_owned(),
            StaticSource::Builtin(bytes),
        );
    }
    for (tag, text) in BUILTIN_LOCALES {
        let display = format!("(built-in theme)/locales/{tag}/ui.ftl");
        let file = map.add(PathBuf::from(&display), display, (*text).to_owned());
        let lang = Lang::parse(tag).expect("built-in locale tags are valid");
        theme.locales.push(LocaleFile {
            lang,
            name: "ui".into(),
            file,
        });
    }
}

/// Adds `dir/templates/*.html` and `dir/static/**` over what the theme has so far.
fn add_layer(
    map: &mut SourceMap,
    root: &Path,
    dir: &Path,
    theme: &mut Theme,
    diagnostics: &mut Diagnostics,
) -> Result<()> {
    let templates = dir.join("templates");
    if templates.is_dir() {
        for entry in sorted_entries(&templates, 4).filter(|e| e.file_type().is_file()) {
            let name = display_path(&templates, entry.path());
            match read_text(map, root, entry.path())? {
                Some(file) => replace(&mut theme.templates, name, file),
                None => diagnostics.push(super::not_utf8(root, entry.path())),
            }
        }
    }
    let statics = dir.join("static");
    if statics.is_dir() {
        for entry in sorted_entries(&statics, 8).filter(|e| e.file_type().is_file()) {
            let name = display_path(&statics, entry.path());
            replace_static(
                &mut theme.statics,
                name,
                StaticSource::Disk(entry.path().to_path_buf()),
            );
        }
    }
    Ok(())
}

fn load_theme_locales(
    map: &mut SourceMap,
    root: &Path,
    dir: &Path,
    theme: &mut Theme,
) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in sorted_entries(dir, 2).filter(|e| e.file_type().is_file()) {
        let path = entry.path();
        let tag = path
            .parent()
            .and_then(|p| p.file_name())
            .map(|t| t.to_string_lossy().into_owned());
        let lang = tag.as_deref().and_then(Lang::parse);
        if let (Some(lang), Some("ftl")) = (lang, path.extension().and_then(|e| e.to_str())) {
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if let Some(file) = read_text(map, root, path)? {
                theme
                    .locales
                    .retain(|l| (&l.lang, &l.name) != (&lang, &name));
                theme.locales.push(LocaleFile { lang, name, file });
            }
        }
    }
    Ok(())
}

fn replace(list: &mut Vec<(String, FileId)>, name: String, file: FileId) {
    list.retain(|(n, _)| *n != name);
    list.push((name, file));
}

fn replace_static(list: &mut Vec<StaticFile>, name: String, source: StaticSource) {
    list.retain(|f| f.name != name);
    list.push(StaticFile { name, source });
}
