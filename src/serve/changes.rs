//! Which changed paths a rebuild needs, and how to name a batch of them in one line.
//!
//! Takes absolute paths from the watcher and the site folder; produces site-relative,
//! `/`-separated paths of sources (`content/`, `locales/`, `themes/`, `templates/`,
//! `static/`, `site.toml`), dropping editor temporary and swap files and everything else.

use std::path::Path;

/// The folders of a site that hold sources, watched recursively.
pub const FOLDERS: [&str; 5] = ["content", "locales", "themes", "templates", "static"];

/// The site's configuration file, watched through its folder (editors replace it by rename).
pub const CONFIG: &str = "site.toml";

/// The site-relative path of a changed source, or `None` for a path a build does not read.
pub fn relevant(root: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let first = parts.first()?;
    let source = (parts.len() == 1 && first == CONFIG) || FOLDERS.contains(&first.as_str());
    if !source || parts.iter().any(|p| is_temporary(p)) {
        return None;
    }
    Some(parts.join("/"))
}

/// True for the files editors write beside the one being saved: Vim's swap files and its
/// `4913` probe, Emacs's lock and auto-save files, backups ending in `~`, JetBrains' and
/// others' temporary copies, and hidden files (which the build never reads).
pub fn is_temporary(name: &str) -> bool {
    const SUFFIXES: [&str; 8] = [
        "~",
        ".swp",
        ".swo",
        ".swx",
        ".tmp",
        ".bak",
        "___jb_tmp___",
        "___jb_old___",
    ];
    name.starts_with('.')
        || name.starts_with('#')
        || name.starts_with("~$")
        || name == "4913"
        || SUFFIXES.iter().any(|s| name.ends_with(s))
        || name.contains(".sb-")
}

/// "content/nhs-app/index.md", or "3 files (content/a/index.md, locales/cy/a.ftl, …)".
pub fn describe(paths: &[String]) -> String {
    // A folder is named only when no file inside it is (polling reports both).
    let files: Vec<String> = paths
        .iter()
        .filter(|p| p.rsplit('/').next().is_some_and(|name| name.contains('.')))
        .cloned()
        .collect();
    let paths = if files.is_empty() { paths } else { &files };
    match paths {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        many => {
            let shown: Vec<&str> = many.iter().take(2).map(String::as_str).collect();
            let more = if many.len() > 2 { ", …" } else { "" };
            format!("{} files ({}{more})", many.len(), shown.join(", "))
        }
    }
}

/// The source files whose findings a change should show: a guide's folder and its message
/// files in every language, or the changed file itself.
pub fn concerns(changed: &[String], file: &str) -> bool {
    changed.iter().any(|c| match guide_of(c) {
        Some(slug) => {
            file.starts_with(&format!("content/{slug}/"))
                || (file.starts_with("locales/") && file.ends_with(&format!("/{slug}.ftl")))
        }
        None => file == c,
    })
}

/// The guide a path under `content/` belongs to.
fn guide_of(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("content/")?;
    rest.split('/').next().filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_sources_and_drops_editor_files_and_output() {
        let root = Path::new("/site");
        let keep = |p: &str| relevant(root, &root.join(p));
        assert_eq!(
            keep("content/a/index.md").as_deref(),
            Some("content/a/index.md")
        );
        assert_eq!(keep("site.toml").as_deref(), Some("site.toml"));
        assert_eq!(
            keep("locales/cy/a.ftl").as_deref(),
            Some("locales/cy/a.ftl")
        );
        for ignored in [
            "content/a/.index.md.swp",
            "content/a/index.md~",
            "content/a/4913",
            "content/a/#index.md#",
            "content/a/.#index.md",
            "content/a/index.md___jb_tmp___",
            "public/index.html",
            "target/debug/x",
            "site.toml.tmp",
            "notes.txt",
        ] {
            assert_eq!(keep(ignored), None, "{ignored}");
        }
        assert_eq!(relevant(root, Path::new("/elsewhere/site.toml")), None);
    }

    #[test]
    fn a_guide_change_concerns_its_folder_and_message_files() {
        let changed = ["content/a/index.md".to_owned()];
        assert!(concerns(&changed, "content/a/index.cy.md"));
        assert!(concerns(&changed, "locales/cy/a.ftl"));
        assert!(!concerns(&changed, "content/ab/index.md"));
        assert!(!concerns(&changed, "locales/cy/ui.ftl"));
        assert!(concerns(&["site.toml".to_owned()], "site.toml"));
        assert_eq!(
            describe(&["a".into(), "b".into(), "c".into()]),
            "3 files (a, b, …)"
        );
    }
}
