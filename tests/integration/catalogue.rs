//! The bad-input catalogue (`docs/errors.md`): one test per entry. Each test breaks a copy of
//! the `basic` fixture in one way, runs a build, and checks that the exit code and every
//! line of the message are exactly what the catalogue shows, that nothing panicked, that a
//! failed build left the previous site as it was, and that nothing outside the output
//! folder (and easyguide's state and cache folders) changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use super::helper::{Run, Site};
use crate::support::{bomb, photo};

/// One entry of `docs/errors.md`: its exit code and the lines of its message.
struct Entry {
    exit: i32,
    lines: Vec<String>,
}

fn entry(id: &str) -> Entry {
    let docs =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/errors.md")).unwrap();
    let anchor = format!("<a id=\"{id}\"></a>");
    let start = docs
        .find(&anchor)
        .unwrap_or_else(|| panic!("docs/errors.md has no entry {id}"));
    let rest = &docs[start + anchor.len()..];
    let rest = &rest[..rest.find("<a id=").unwrap_or(rest.len())];
    let exit = rest
        .split("Exit code ")
        .nth(1)
        .and_then(|r| r[..1].parse().ok())
        .unwrap_or_else(|| panic!("{id}: no exit code"));
    let block = rest
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .unwrap_or_else(|| panic!("{id}: no message"));
    let lines = block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != "│" && *l != "…")
        .map(str::to_owned)
        .collect();
    Entry { exit, lines }
}

/// What a site looks like outside the folders a build may change.
fn outside_output(site: &Site) -> BTreeMap<String, Vec<u8>> {
    let mut all = site.snapshot("");
    all.retain(|path, _| {
        !(path.starts_with("public/")
            || path.starts_with(".public.easyguide/")
            || path.starts_with(".easyguide-cache/")
            || path.starts_with("small-disk/"))
    });
    all
}

/// Runs `args` on a site, replacing `replacements` in what it prints, and checks the run
/// against the catalogue entry `id`.
fn check(id: &str, site: &Site, args: &[&str], replacements: &[(&Path, &str)]) -> Run {
    let before = outside_output(site);
    let public = site.snapshot("public");
    let mut run = site.run(args);
    finish(id, site, &mut run, replacements, &before, &public);
    run
}

fn finish(
    id: &str,
    site: &Site,
    run: &mut Run,
    replacements: &[(&Path, &str)],
    before: &BTreeMap<String, Vec<u8>>,
    public: &BTreeMap<String, Vec<u8>>,
) {
    let mut paths: Vec<(String, String)> = Vec::new();
    for (path, shown) in replacements {
        paths.push((path.display().to_string(), (*shown).to_owned()));
        if let Ok(real) = fs::canonicalize(path) {
            paths.push((real.display().to_string(), (*shown).to_owned()));
        }
    }
    paths.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    for (path, shown) in paths {
        run.stderr = run.stderr.replace(&path, &shown);
    }
    if std::env::var_os("CATALOGUE_PRINT").is_some() {
        eprintln!("=== {id} (exit {})\n{}", run.code, run.stderr);
    }
    assert!(!run.stderr.contains("panicked"), "{id}: {}", run.stderr);
    let entry = entry(id);
    assert_eq!(run.code, entry.exit, "{id}: exit code\n{}", run.stderr);
    for line in &entry.lines {
        assert!(
            run.stderr.contains(line.as_str()),
            "{id}: the message lacks\n  {line}\nstderr:\n{}",
            run.stderr
        );
    }
    assert_eq!(
        *before,
        outside_output(site),
        "{id}: files outside the output changed"
    );
    if run.code != 0 {
        assert!(
            *public == site.snapshot("public"),
            "{id}: a failed build changed the output"
        );
    }
}

/// The `basic` fixture, built once so a previous site exists.
fn built() -> Site {
    let site = Site::fixture("basic");
    site.build().expect(0);
    site
}

fn build(id: &str, site: &Site) -> Run {
    check(id, site, &["build"], &[])
}

fn bytes(site: &Site, path: &str, bytes: &[u8]) {
    site.write_bytes(path, bytes);
}

#[cfg(unix)]
fn link(target: &Path, at: &Path) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

/// A folder outside the site, with a file in it.
fn elsewhere() -> Site {
    let outside = Site::empty();
    outside.write("secret.txt", "private");
    outside.write("index.md", "+++\ntitle = \"x\"\n+++\n");
    outside
}

// ---- encodings and text ----

#[test]
fn guide_latin1() {
    let site = built();
    bytes(
        &site,
        "content/second/index.md",
        b"+++\ntitle = \"Caf\xe9\"\n+++\n",
    );
    build("guide-latin1", &site);
}

#[test]
fn guide_utf16() {
    let site = built();
    let text: Vec<u8> = "\u{feff}+++\ntitle = \"x\"\n+++\n"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes(&site, "content/second/index.md", &text);
    build("guide-utf16", &site);
}

#[test]
fn guide_bom() {
    let site = built();
    let text = format!("\u{feff}{}", site.read("content/second/index.md"));
    site.write("content/second/index.md", &text);
    build("guide-bom", &site);
}

#[test]
fn guide_crlf() {
    let site = built();
    let text = site.read("content/first/index.md").replace('\n', "\r\n");
    site.write(
        "content/first/index.md",
        &text.replace("![A calendar]", "![]"),
    );
    build("guide-crlf", &site);
}

#[test]
fn guide_empty() {
    let site = built();
    site.write("content/second/index.md", "");
    build("guide-empty", &site);
}

#[test]
fn guide_blank() {
    let site = built();
    site.write("content/second/index.md", " \n\n\t\n");
    build("guide-blank", &site);
}

#[test]
fn guide_nul() {
    let site = built();
    let text = site
        .read("content/second/index.md")
        .replace("Only part", "Only\0part");
    site.write("content/second/index.md", &text);
    build("guide-nul", &site);
}

#[test]
fn guide_control_characters() {
    let site = built();
    let text = site
        .read("content/second/index.md")
        .replace("Only part", "Only \u{1b}[31mpart");
    site.write("content/second/index.md", &text);
    build("guide-control-characters", &site);
}

// ---- front matter ----

#[test]
fn front_matter_unclosed() {
    let site = built();
    site.write(
        "content/second/index.md",
        "+++\ntitle = \"Second guide\"\nsummary = \"A short guide.\"\n\n## Only part\n\nText.\n",
    );
    build("front-matter-unclosed", &site);
}

#[test]
fn review_overdue() {
    let site = built();
    site.edit(
        "content/first/index.md",
        "review_due = 2027-01-10",
        "review_due = 2026-05-01",
    );
    site.write(
        "site.toml",
        &format!(
            "{}[freshness]\noverdue_error = true\n",
            site.read("site.toml")
        ),
    );
    build("review-overdue", &site);
}

#[test]
fn front_matter_missing() {
    let site = built();
    site.write("content/second/index.md", "## Only part\n\nText.\n");
    build("front-matter-missing", &site);
}

#[test]
fn front_matter_yaml() {
    let site = built();
    site.write(
        "content/second/index.md",
        "---\ntitle: Second guide\n---\n\n## Only part\n\nText.\n",
    );
    build("front-matter-yaml", &site);
}

#[test]
fn front_matter_bad_toml() {
    let site = built();
    site.edit(
        "content/first/index.md",
        "summary = \"A guide",
        "summary = A guide",
    );
    build("front-matter-bad-toml", &site);
}

#[test]
fn front_matter_wrong_type() {
    let site = built();
    site.edit(
        "content/first/index.md",
        "tags = [\"test\"]",
        "tags = \"test\"",
    );
    build("front-matter-wrong-type", &site);
}

#[test]
fn front_matter_empty_title() {
    let site = built();
    site.edit(
        "content/second/index.md",
        "title = \"Second guide\"",
        "title = \"  \"",
    );
    build("front-matter-empty-title", &site);
}

// ---- sizes ----

#[test]
fn guide_too_large() {
    let site = built();
    let line = "Tap the green button to start the app on your phone.\n";
    site.write(
        "content/second/index.md",
        &line.repeat(15 * 1024 * 1024 / line.len()),
    );
    let start = Instant::now();
    build("guide-too-large", &site);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn guide_one_huge_line() {
    let site = built();
    site.write("content/second/index.md", &"a".repeat(10 * 1024 * 1024));
    let start = Instant::now();
    build("guide-one-huge-line", &site);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn guide_line_too_long() {
    let site = built();
    let text = site.read("content/second/index.md");
    site.write(
        "content/second/index.md",
        &text.replace("Go back", &format!("{} Go back", "word ".repeat(4000))),
    );
    build("guide-line-too-long", &site);
}

#[test]
fn guide_too_deep() {
    let site = built();
    let text = site.read("content/second/index.md");
    site.write(
        "content/second/index.md",
        &text.replace("Go back", &format!("{} Go back", ">".repeat(40))),
    );
    build("guide-too-deep", &site);
}

#[test]
fn too_many_pictures() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n[limits]\nmax_pictures = 3",
    );
    for i in 0..4 {
        site.write(
            &format!("content/second/images/extra{i}.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>",
        );
    }
    build("too-many-pictures", &site);
}

// ---- site.toml ----

#[test]
fn site_toml_missing() {
    let site = built();
    fs::remove_file(site.path("site.toml")).unwrap();
    build("site-toml-missing", &site);
}

#[test]
fn site_toml_not_utf8() {
    let site = built();
    bytes(&site, "site.toml", b"title = \"Caf\xe9\"\n");
    build("site-toml-not-utf8", &site);
}

#[test]
fn site_toml_empty() {
    let site = built();
    site.write("site.toml", "");
    build("site-toml-empty", &site);
}

#[test]
fn site_toml_bad_syntax() {
    let site = built();
    site.write(
        "site.toml",
        "title = \"Test guides\nbase_url = \"https://test.example/\"\n",
    );
    build("site-toml-bad-syntax", &site);
}

#[test]
fn site_toml_unknown_key() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nthme = \"easy\"",
    );
    build("site-toml-unknown-key", &site);
}

#[test]
fn theme_absolute_path() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\ntheme = \"/srv/www/theme\"",
    );
    build("theme-absolute-path", &site);
}

#[test]
fn theme_parent_path() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\ntheme = \"../shared\"",
    );
    build("theme-parent-path", &site);
}

#[test]
fn limit_zero() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n[limits]\nmax_file_kb = 0",
    );
    build("limit-zero", &site);
}

// ---- translations ----

fn welsh(site: &Site) {
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"cy\"]",
    );
}

#[test]
fn ftl_not_utf8() {
    let site = built();
    welsh(&site);
    bytes(
        &site,
        "locales/cy/ui.ftl",
        b"site-title = Canllawiau \xe9\n",
    );
    build("ftl-not-utf8", &site);
}

#[test]
fn ftl_syntax_error() {
    let site = built();
    welsh(&site);
    site.write(
        "locales/cy/ui.ftl",
        "site-title = Canllawiau\nsite-description = { \n",
    );
    build("ftl-syntax-error", &site);
}

#[test]
fn ftl_self_reference() {
    let site = built();
    welsh(&site);
    site.write(
        "locales/cy/ui.ftl",
        "site-title = Canllawiau { site-title }\nloop-a = { loop-b }\nloop-b = { loop-a }\n",
    );
    build("ftl-self-reference", &site);
}

#[test]
fn ftl_unknown_reference() {
    let site = built();
    welsh(&site);
    site.write("locales/cy/ui.ftl", "site-title = { no-such-message }\n");
    build("ftl-unknown-reference", &site);
}

#[test]
fn ftl_markup() {
    let site = built();
    welsh(&site);
    site.write(
        "locales/cy/ui.ftl",
        "site-title = <script>alert(1)</script><b>Canllawiau</b>\n",
    );
    let run = build("ftl-markup", &site);
    assert_eq!(run.code, 0);
    let page = site.read("public/cy/index.html");
    assert!(
        !page.contains("<script>") && page.contains("&lt;script&gt;"),
        "{page}"
    );
}

#[test]
fn ftl_too_deep() {
    let site = built();
    welsh(&site);
    site.write(
        "locales/cy/ui.ftl",
        "site-title = { { { { { { { { { \"Canllawiau\" } } } } } } } } }\n",
    );
    build("ftl-too-deep", &site);
}

#[test]
fn ftl_line_too_long() {
    let site = built();
    welsh(&site);
    site.write(
        "locales/cy/ui.ftl",
        &format!("site-title = {}\n", "a".repeat(20_000)),
    );
    build("ftl-line-too-long", &site);
}

#[test]
fn locale_bad_folder() {
    let site = built();
    site.write("locales/Welsh!/ui.ftl", "site-title = x\n");
    build("locale-bad-folder", &site);
}

#[test]
fn language_name_not_code() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"Farsi\"]",
    );
    build("language-name-not-code", &site);
}

#[test]
fn locale_unpublished() {
    let site = built();
    site.write("locales/so/ui.ftl", "site-title = x\n");
    build("locale-unpublished", &site);
}

// ---- themes and templates ----

#[test]
fn theme_missing() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\ntheme = \"fancy\"",
    );
    build("theme-missing", &site);
}

#[test]
fn template_syntax_error() {
    let site = built();
    site.write(
        "templates/home.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ site.title \n{% endblock main %}\n",
    );
    build("template-syntax-error", &site);
}

#[test]
fn template_missing_include() {
    let site = built();
    site.write("templates/home.html", "{% extends \"base.html\" %}{% block main %}{% include \"partials/nowhere.html\" %}{% endblock main %}");
    build("template-missing-include", &site);
}

#[test]
fn template_includes_itself() {
    let site = built();
    site.write(
        "templates/partials/loop.html",
        "x{% include \"partials/loop.html\" %}",
    );
    site.write("templates/home.html", "{% extends \"base.html\" %}{% block main %}{% include \"partials/loop.html\" %}{% endblock main %}");
    build("template-includes-itself", &site);
}

#[test]
fn template_unknown_variable() {
    let site = built();
    site.write(
        "templates/home.html",
        "{% extends \"base.html\" %}{% block main %}{{ no_such_thing.title }}{% endblock main %}",
    );
    build("template-unknown-variable", &site);
}

#[test]
fn template_not_utf8() {
    let site = built();
    bytes(&site, "templates/home.html", b"<h1>Caf\xe9</h1>");
    build("template-not-utf8", &site);
}

#[test]
fn template_script() {
    let site = built();
    site.write("templates/home.html", "{% extends \"base.html\" %}{% block main %}<h1>x</h1><script>alert(1)</script>{% endblock main %}");
    build("template-script", &site);
}

// ---- links, symbolic links and paths ----

#[cfg(unix)]
#[test]
fn images_link_outside() {
    let site = built();
    let outside = elsewhere();
    fs::remove_dir_all(site.path("content/second/images")).unwrap();
    link(outside.root(), &site.path("content/second/images"));
    check(
        "images-link-outside",
        &site,
        &["build"],
        &[(outside.root(), "/elsewhere")],
    );
}

#[cfg(unix)]
#[test]
fn guide_link_outside() {
    let site = built();
    let outside = elsewhere();
    link(outside.root(), &site.path("content/third"));
    check(
        "guide-link-outside",
        &site,
        &["build"],
        &[(outside.root(), "/elsewhere")],
    );
}

#[cfg(unix)]
#[test]
fn file_link_outside() {
    let site = built();
    let outside = elsewhere();
    fs::create_dir_all(site.path("static")).unwrap();
    link(&outside.path("secret.txt"), &site.path("static/notes.txt"));
    check(
        "file-link-outside",
        &site,
        &["build"],
        &[(outside.root(), "/elsewhere")],
    );
    assert!(!site.path("public/notes.txt").exists());
}

#[cfg(unix)]
#[test]
fn theme_link_outside() {
    let site = built();
    let outside = elsewhere();
    outside.write("templates/home.html", "<h1>elsewhere</h1>");
    fs::create_dir_all(site.path("themes")).unwrap();
    link(outside.root(), &site.path("themes/fancy"));
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\ntheme = \"fancy\"",
    );
    check(
        "theme-link-outside",
        &site,
        &["build"],
        &[(outside.root(), "/elsewhere")],
    );
}

#[cfg(unix)]
#[test]
fn link_dangling() {
    let site = built();
    link(
        Path::new("nowhere.svg"),
        &site.path("content/second/images/gone.svg"),
    );
    build("link-dangling", &site);
}

#[cfg(unix)]
#[test]
fn link_loop() {
    let site = built();
    link(Path::new(".."), &site.path("content/second/images/again"));
    build("link-loop", &site);
}

#[cfg(unix)]
#[test]
fn link_inside_site() {
    let site = built();
    fs::remove_file(site.path("content/second/images/phone.svg")).unwrap();
    link(
        &site.path("content/first/images/phone.svg"),
        &site.path("content/second/images/phone.svg"),
    );
    build("link-inside-site", &site);
}

#[test]
fn picture_path_outside() {
    let site = built();
    site.edit(
        "content/second/index.md",
        "images/phone.svg",
        "../../../../../etc/passwd",
    );
    build("picture-path-outside", &site);
}

#[test]
fn picture_path_absolute() {
    let site = built();
    site.edit("content/second/index.md", "images/phone.svg", "/etc/passwd");
    build("picture-path-absolute", &site);
}

#[test]
fn link_javascript() {
    let site = built();
    site.edit(
        "content/second/index.md",
        "(../first/#step-2)",
        "(javascript:alert(1))",
    );
    build("link-javascript", &site);
}

#[test]
fn slug_bad() {
    let site = built();
    site.write(
        "content/NHS App/index.md",
        &site.read("content/second/index.md"),
    );
    build("slug-bad", &site);
}

#[test]
fn picture_case_clash() {
    let site = built();
    site.write(
        "content/second/images/Phone.svg",
        &site.read("content/second/images/phone.svg"),
    );
    build("picture-case-clash", &site);
}

#[test]
fn stray_file() {
    let site = built();
    site.write("content/notes.md", "# notes\n");
    build("stray-file", &site);
}

// ---- pictures ----

#[test]
fn picture_missing() {
    let site = built();
    site.edit(
        "content/first/index.md",
        "images/calendar.png",
        "images/calender.png",
    );
    build("picture-missing", &site);
}

#[test]
fn picture_not_a_picture() {
    let site = built();
    site.write("content/first/images/calendar.png", "this is not a picture");
    build("picture-not-a-picture", &site);
}

#[test]
fn picture_cut_short() {
    let site = built();
    let png = photo::png(300, 200, 4);
    bytes(
        &site,
        "content/first/images/calendar.png",
        &png[..png.len() / 2],
    );
    build("picture-cut-short", &site);
}

#[test]
fn picture_too_large() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n[pictures]\nmax_megabytes = 1",
    );
    bytes(
        &site,
        "content/first/images/calendar.png",
        &photo::png(1000, 800, 9),
    );
    build("picture-too-large", &site);
}

#[test]
fn picture_bomb() {
    let site = built();
    bytes(
        &site,
        "content/first/images/calendar.png",
        &bomb::bomb(20_000),
    );
    build("picture-bomb", &site);
}

#[test]
fn svg_not_xml() {
    let site = built();
    site.write(
        "content/second/images/phone.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>",
    );
    build("svg-not-xml", &site);
}

#[test]
fn svg_script() {
    let site = built();
    site.write("content/second/images/phone.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)</script><a href=\"https://x.example/\"><rect width=\"10\" height=\"10\"/></a></svg>");
    build("svg-script", &site);
}

#[test]
fn svg_entities() {
    let site = built();
    site.write("content/second/images/phone.svg", "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>");
    build("svg-entities", &site);
}

#[test]
fn markdown_raw_html() {
    let site = built();
    site.edit(
        "content/second/index.md",
        "## Only part",
        "<iframe src=\"https://x.example/\"></iframe>\n\n## Only part",
    );
    build("markdown-raw-html", &site);
}

// ---- the output folder ----

#[test]
fn output_is_a_file() {
    let site = built();
    site.write("site-out", "a file");
    check(
        "output-is-a-file",
        &site,
        &["build", "--output", "site-out"],
        &[],
    );
}

#[test]
fn output_is_the_site() {
    let site = built();
    check(
        "output-is-the-site",
        &site,
        &["build", "--output", "."],
        &[],
    );
}

#[test]
fn output_inside_content() {
    let site = built();
    check(
        "output-inside-content",
        &site,
        &["build", "--output", "content/out"],
        &[],
    );
}

#[test]
fn output_foreign_files() {
    let site = built();
    site.write("public/contact.html", "the practice's page");
    build("output-foreign-files", &site);
}

#[test]
fn output_old_marker() {
    let site = Site::fixture("basic");
    site.write("public/.easyguide", "");
    site.write("public/index.html", "old");
    build("output-old-marker", &site);
}

#[test]
fn output_busy() {
    let site = built();
    let lock = fs::File::options()
        .write(true)
        .open(site.path(".public.easyguide/lock"))
        .unwrap();
    lock.lock().unwrap();
    build("output-busy", &site);
}

#[test]
fn cache_inside_output() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n[pictures]\ncache = \"public/cache\"",
    );
    build("cache-inside-output", &site);
}

#[test]
fn cache_is_the_site() {
    let site = built();
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n[pictures]\ncache = \".\"",
    );
    build("cache-is-the-site", &site);
}

// ---- permissions and full disks (need root to set up; CI runs as root) ----

/// Whether this process may drop to another user and mount file systems.
fn root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n")
}

/// Runs a build as the unprivileged user `nobody`, so file permissions apply.
fn build_as_nobody(id: &str, site: &Site) -> Run {
    let before = outside_output(site);
    let public = site.snapshot("public");
    let output = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(assert_cmd::cargo::cargo_bin("easyguide"))
        .arg("build")
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .env("EASYGUIDE_TODAY", super::helper::TODAY)
        .env("HOME", "/nonexistent")
        .output()
        .unwrap();
    let mut run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    finish(
        id,
        site,
        &mut run,
        &[(site.root(), "/home/me/guides")],
        &before,
        &public,
    );
    run
}

fn open_to_everyone(site: &Site) {
    Command::new("chmod")
        .arg("-R")
        .arg("a+rwX")
        .arg(site.root())
        .status()
        .unwrap();
    Command::new("chmod")
        .arg("a+rx")
        .arg(site.root().parent().unwrap())
        .status()
        .unwrap();
}

#[test]
fn guide_unreadable() {
    if !root() {
        eprintln!("guide-unreadable: skipped, it needs root to run a build as another user");
        return;
    }
    let site = built();
    open_to_everyone(&site);
    Command::new("chmod")
        .arg("000")
        .arg(site.path("content/second/index.md"))
        .status()
        .unwrap();
    build_as_nobody("guide-unreadable", &site);
}

#[test]
fn output_read_only() {
    if !root() {
        eprintln!("output-read-only: skipped, it needs root to run a build as another user");
        return;
    }
    let site = built();
    open_to_everyone(&site);
    Command::new("chmod")
        .arg("-R")
        .arg("a-w")
        .arg(site.path(".public.easyguide"))
        .status()
        .unwrap();
    Command::new("chmod")
        .arg("a+w")
        .arg(site.path(".public.easyguide/lock"))
        .status()
        .unwrap();
    site.edit("content/second/index.md", "Only part", "Only part, changed");
    build_as_nobody("output-read-only", &site);
}

/// A tiny file system mounted at a path, unmounted when dropped.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn output_disk_full() {
    if !root() {
        eprintln!("output-disk-full: skipped, it needs root to mount a small file system");
        return;
    }
    let site = built();
    let disk = site.path("small-disk");
    fs::create_dir(&disk).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=160k", "tmpfs"])
        .arg(&disk)
        .status()
        .unwrap();
    assert!(mounted.success(), "could not mount a tmpfs");
    let _unmount = Mount(disk.clone());
    let text = "A line of text that fills the small disk quickly.\n".repeat(4000);
    site.write("static/big.txt", &text);
    let before = outside_output(&site);
    let public = site.snapshot("public");
    let mut run = site.run(&["build", "--output", "small-disk/public"]);
    finish("output-disk-full", &site, &mut run, &[], &before, &public);
    let left: Vec<_> = fs::read_dir(&disk)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        left.iter().all(|n| n.to_string_lossy().starts_with('.')),
        "{left:?}"
    );
}
