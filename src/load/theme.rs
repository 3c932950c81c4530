//! The theme, layered: the built-in `easy` theme, then `themes/<name>/`, then the site's own
//! `templates/` and `static/`. A later layer replaces a file of the same name.

use std::path::{Path, PathBuf};

use super::{LocaleFile, Site, display_path};
use crate::config::Limits;
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
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
        "accessibility.html",
        include_str!("../../themes/easy/templates/accessibility.html"),
    ),
    (
        "guide.html",
        include_str!("../../themes/easy/templates/guide.html"),
    ),
    (
        "embed.html",
        include_str!("../../themes/easy/templates/embed.html"),
    ),
    (
        "fragment.html",
        include_str!("../../themes/easy/templates/fragment.html"),
    ),
    (
        "print.html",
        include_str!("../../themes/easy/templates/print.html"),
    ),
    (
        "share.html",
        include_str!("../../themes/easy/templates/share.html"),
    ),
    (
        "partials/guide-article.html",
        include_str!("../../themes/easy/templates/partials/guide-article.html"),
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

/// Loads the named theme and the site's overrides. `name` is a plain folder name (the
/// config refuses paths), and the folder must be inside the site even through links.
pub fn load(
    map: &mut SourceMap,
    site: &Site,
    name: &str,
    limits: &Limits,
    diagnostics: &mut Diagnostics,
) -> Theme {
    // The built-in theme is always the bottom layer, so a theme (or a site) only needs the
    // files it changes.
    let root = site.root();
    let mut theme = Theme::default();
    add_builtin(map, &mut theme);
    let themes = root.join("themes");
    let theme_dir = themes.join(name);
    let layer = Layer { site, limits };
    let readable = site.allowed(&themes, diagnostics) && site.allowed(&theme_dir, diagnostics);
    if readable && theme_dir.is_dir() {
        layer.add(map, &theme_dir, &mut theme, diagnostics);
        layer.locales(map, &theme_dir.join("locales"), &mut theme, diagnostics);
    } else if !readable && std::fs::symlink_metadata(&theme_dir).is_ok() {
        // Reported by `allowed`.
    } else if name != BUILTIN_THEME {
        diagnostics.push(
            Diagnostic::error("missing-theme", format!("there is no theme called `{name}`"))
                .at_path(display_path(root, &theme_dir))
                .help(format!("put the theme in themes/{name}/, or remove `theme` from site.toml to use the built-in `easy` theme")),
        );
    }
    layer.add(map, root, &mut theme, diagnostics);
    theme.templates.sort_by(|a, b| a.0.cmp(&b.0));
    theme.statics.sort_by(|a, b| a.name.cmp(&b.name));
    theme
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

/// One layer of the theme on disk, read within the site and its limits.
struct Layer<'a> {
    site: &'a Site,
    limits: &'a Limits,
}

impl Layer<'_> {
    /// Adds `dir/templates/*.html` and `dir/static/**` over what the theme has so far.
    fn add(
        &self,
        map: &mut SourceMap,
        dir: &Path,
        theme: &mut Theme,
        diagnostics: &mut Diagnostics,
    ) {
        let templates = dir.join("templates");
        if self.site.allowed(&templates, diagnostics) && templates.is_dir() {
            for entry in self.site.entries(&templates, 4, diagnostics) {
                if !entry.file_type().is_file() {
                    continue;
                }
                let name = display_path(&templates, entry.path());
                match self.site.read_text(map, entry.path(), self.limits, false) {
                    Ok(file) => replace(&mut theme.templates, name, file),
                    Err(d) => diagnostics.push(d),
                }
            }
        }
        let statics = dir.join("static");
        if self.site.allowed(&statics, diagnostics) && statics.is_dir() {
            for entry in self.site.entries(&statics, 8, diagnostics) {
                if entry.file_type().is_file() {
                    let name = display_path(&statics, entry.path());
                    replace_static(
                        &mut theme.statics,
                        name,
                        StaticSource::Disk(entry.into_path()),
                    );
                }
            }
        }
    }

    /// Adds the theme's own `locales/<lang>/*.ftl` interface words.
    fn locales(
        &self,
        map: &mut SourceMap,
        dir: &Path,
        theme: &mut Theme,
        diagnostics: &mut Diagnostics,
    ) {
        if !self.site.allowed(dir, diagnostics) || !dir.is_dir() {
            return;
        }
        for entry in self.site.entries(dir, 2, diagnostics) {
            let path = entry.path();
            if !entry.file_type().is_file() {
                continue;
            }
            let tag = path
                .parent()
                .and_then(|p| p.file_name())
                .map(|t| t.to_string_lossy().into_owned());
            let lang = tag.as_deref().and_then(Lang::parse);
            let (Some(lang), Some("ftl")) = (lang, path.extension().and_then(|e| e.to_str()))
            else {
                continue;
            };
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            match self.site.read_text(map, path, self.limits, true) {
                Ok(file) => {
                    theme
                        .locales
                        .retain(|l| (&l.lang, &l.name) != (&lang, &name));
                    theme.locales.push(LocaleFile { lang, name, file });
                }
                Err(d) => diagnostics.push(d),
            }
        }
    }
}

fn replace(list: &mut Vec<(String, FileId)>, name: String, file: FileId) {
    list.retain(|(n, _)| *n != name);
    list.push((name, file));
}

fn replace_static(list: &mut Vec<StaticFile>, name: String, source: StaticSource) {
    list.retain(|f| f.name != name);
    list.push(StaticFile { name, source });
}
