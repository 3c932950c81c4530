//! The corpus as a Hugo site and as a Zola site, for comparison: takes the [`Corpus`];
//! writes the same guides in the same languages with the same words and pictures, as plain
//! CommonMark (callouts and do/don't boxes become quotes with a bold label), with a minimal
//! layout (`bench/hugo/`, `bench/zola/`) that resizes every photo to the widths easyguide
//! makes (128, 256, 384 and 480 px, as WebP and JPEG) and lists the guides per language.
//! Every language gets every page as a translated file, the pieces easyguide would show in
//! English included, so each tool builds the same number of guide pages.
//!
//! The shared pictures are kept once, in the site's own picture folder (Hugo's
//! `assets/pictures/`, Zola's `static/pictures/`), as an author of those tools shares a
//! photo between pages; the layout finds `images/<name>` there. So each tool makes each
//! rendition once, which is what easyguide's content-addressed renditions are measured
//! against.

use std::path::Path;

use super::Corpus;
use super::easyguide_site::{SITE_DESCRIPTION, SITE_TITLE, q};
use super::model::{self, Dialect, Guide, Words};
use super::pictures::Files;
use super::tongue::Tongue;
use super::vocabulary::SITE_GLOSSARY;

/// Hugo's layout, compiled in so the generated site stands alone.
const HUGO_LAYOUT: &[(&str, &str)] = &[
    (
        "layouts/_default/baseof.html",
        include_str!("../../bench/hugo/layouts/_default/baseof.html"),
    ),
    (
        "layouts/_default/single.html",
        include_str!("../../bench/hugo/layouts/_default/single.html"),
    ),
    (
        "layouts/_default/list.html",
        include_str!("../../bench/hugo/layouts/_default/list.html"),
    ),
    (
        "layouts/index.html",
        include_str!("../../bench/hugo/layouts/index.html"),
    ),
    (
        "layouts/_default/_markup/render-image.html",
        include_str!("../../bench/hugo/layouts/_default/_markup/render-image.html"),
    ),
    (
        "assets/style.css",
        include_str!("../../bench/hugo/assets/style.css"),
    ),
];

/// Zola's templates.
const ZOLA_LAYOUT: &[(&str, &str)] = &[
    (
        "templates/base.html",
        include_str!("../../bench/zola/templates/base.html"),
    ),
    (
        "templates/index.html",
        include_str!("../../bench/zola/templates/index.html"),
    ),
    (
        "templates/section.html",
        include_str!("../../bench/zola/templates/section.html"),
    ),
    (
        "templates/page.html",
        include_str!("../../bench/zola/templates/page.html"),
    ),
    (
        "templates/shortcodes/step.html",
        include_str!("../../bench/zola/templates/shortcodes/step.html"),
    ),
    (
        "static/style.css",
        include_str!("../../bench/hugo/assets/style.css"),
    ),
];

/// Writes the Hugo site into `root`.
pub fn hugo(root: &Path, corpus: &Corpus, files: &mut Files) -> std::io::Result<()> {
    write_layout(root, HUGO_LAYOUT, files)?;
    files.write(&root.join("hugo.toml"), hugo_config(corpus).as_bytes())?;
    for g in &corpus.guides {
        let dir = root.join("content").join(&g.slug);
        for (i, lang) in corpus.langs.iter().enumerate() {
            let tongue = Tongue::new(corpus.seed, lang, i == 0, &g.slug);
            let name = if i == 0 {
                "index.md".to_owned()
            } else {
                format!("index.{}.md", lang.code)
            };
            let text = page(g, &tongue, Dialect::Hugo);
            files.write(&dir.join(name), text.as_bytes())?;
        }
    }
    write_pool(&root.join("assets/pictures"), corpus, files)
}

/// Every picture of the pool, once.
fn write_pool(dir: &Path, corpus: &Corpus, files: &mut Files) -> std::io::Result<()> {
    let pool = &corpus.pool;
    for (entry, bytes) in pool.photos.iter().zip(&pool.photo_bytes) {
        files.shared(
            &format!("images/{}", entry.name),
            &dir.join(&entry.name),
            bytes,
        )?;
    }
    for (entry, text) in pool.svgs.iter().zip(&pool.svg_text) {
        files.shared(
            &format!("images/{}", entry.name),
            &dir.join(&entry.name),
            text.as_bytes(),
        )?;
    }
    Ok(())
}

fn hugo_config(corpus: &Corpus) -> String {
    let mut out = format!(
        "# A generated benchmark site: the easyguide corpus of {} guides, seed {}.\n\
         baseURL = \"https://bench.example/\"\ntitle = {}\n\
         defaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true\n\
         disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"404\"]\n\
         enableRobotsTXT = false\n\
         # Resizing many photos on a busy machine can outlast the default 30 seconds.\n\
         timeout = \"600s\"\n\n[imaging]\nresampleFilter = \"Lanczos\"\nquality = 80\n\n",
        corpus.guides.len(),
        corpus.seed,
        q(SITE_TITLE),
    );
    for (i, lang) in corpus.langs.iter().enumerate() {
        out.push_str(&format!(
            "[languages.{}]\nlanguageName = {}\nweight = {}\ntitle = {}\n",
            lang.code,
            q(lang.name),
            i + 1,
            q(&lang.translate(SITE_TITLE)),
        ));
        if lang.rtl {
            out.push_str("languageDirection = \"rtl\"\n");
        }
        out.push('\n');
    }
    out
}

/// Writes the Zola site into `root`.
pub fn zola(root: &Path, corpus: &Corpus, files: &mut Files) -> std::io::Result<()> {
    write_layout(root, ZOLA_LAYOUT, files)?;
    files.write(&root.join("config.toml"), zola_config(corpus).as_bytes())?;
    for (i, lang) in corpus.langs.iter().enumerate() {
        let name = if i == 0 {
            "_index.md".to_owned()
        } else {
            format!("_index.{}.md", lang.code)
        };
        let text = format!(
            "+++\ntitle = {}\nsort_by = \"weight\"\n+++\n",
            q(&lang.translate(SITE_TITLE))
        );
        files.write(&root.join("content").join(name), text.as_bytes())?;
    }
    for g in &corpus.guides {
        let dir = root.join("content").join(&g.slug);
        for (i, lang) in corpus.langs.iter().enumerate() {
            let tongue = Tongue::new(corpus.seed, lang, i == 0, &g.slug);
            let name = if i == 0 {
                "index.md".to_owned()
            } else {
                format!("index.{}.md", lang.code)
            };
            let text = page(g, &tongue, Dialect::Zola);
            files.write(&dir.join(name), text.as_bytes())?;
        }
    }
    write_pool(&root.join("static/pictures"), corpus, files)
}

fn zola_config(corpus: &Corpus) -> String {
    let mut out = format!(
        "# A generated benchmark site: the easyguide corpus of {} guides, seed {}.\n\
         base_url = \"https://bench.example\"\ntitle = {}\ndescription = {}\n\
         default_language = \"en\"\ncompile_sass = false\nbuild_search_index = false\n\n",
        corpus.guides.len(),
        corpus.seed,
        q(SITE_TITLE),
        q(SITE_DESCRIPTION),
    );
    for lang in &corpus.langs[1..] {
        out.push_str(&format!(
            "[languages.{}]\ntitle = {}\n\n",
            lang.code,
            q(&lang.translate(SITE_TITLE)),
        ));
    }
    out.push_str("[extra]\nrtl = [");
    let rtl: Vec<String> = corpus
        .langs
        .iter()
        .filter(|l| l.rtl)
        .map(|l| q(l.code))
        .collect();
    out.push_str(&rtl.join(", "));
    out.push_str("]\n");
    out
}

fn write_layout(root: &Path, layout: &[(&str, &str)], files: &mut Files) -> std::io::Result<()> {
    for (path, text) in layout {
        files.write(&root.join(path), text.as_bytes())?;
    }
    Ok(())
}

/// One page for Hugo or Zola: what easyguide shows on that page, in plain CommonMark.
/// Both tools read `title`, `description`, `date` and `weight`; the rest is for the layout
/// (Zola wants it under `[extra]`).
fn page(g: &Guide, w: &dyn Words, dialect: Dialect) -> String {
    let list = |items: &[String]| -> String {
        let items: Vec<String> = items.iter().map(|s| q(&w.text(s))).collect();
        format!("[{}]", items.join(", "))
    };
    let mut out = format!(
        "+++\ntitle = {}\ndescription = {}\ndate = {}\nweight = {}\n",
        q(&w.text(&g.title)),
        q(&w.text(&g.summary)),
        g.updated,
        g.order,
    );
    if dialect == Dialect::Zola {
        out.push_str("\n[extra]\n");
    }
    out.push_str(&format!(
        "you_need = {}\ntime = {}\nsources = {}\nreview_due = {}\n",
        list(&g.you_need),
        q(&w.text(&g.time)),
        list(&g.sources),
        g.review_due,
    ));
    let glossary = model::glossary_in_use(g, SITE_GLOSSARY);
    if !glossary.is_empty() {
        let table = if dialect == Dialect::Zola {
            "extra.glossary"
        } else {
            "glossary"
        };
        out.push_str(&format!("\n[{table}]\n"));
        for (term, explanation) in &glossary {
            out.push_str(&format!(
                "{} = {}\n",
                q(&w.text(term)),
                q(&w.text(explanation))
            ));
        }
    }
    out.push_str("+++\n\n");
    out.push_str(&model::body(g, w, dialect));
    out
}
