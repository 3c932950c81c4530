//! What translators meet: stale tracking that survives a refused file, interface words in
//! every language, checked language codes, and mistakes reported where they are.

use super::helper::Site;

const GUIDE: &str = "content/visit/index.md";
const CY: &str = "locales/cy/visit.ftl";

/// `i18n status --format json`: one language's counts for one part.
fn counts(site: &Site, lang: &str, part: &str) -> serde_json::Value {
    let run = site.run(&["i18n", "status", "--format", "json"]);
    run.expect(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let language = json["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == lang)
        .unwrap_or_else(|| panic!("no {lang} in {json}"))
        .clone();
    language["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["part"] == part)
        .unwrap_or_else(|| panic!("no {part} in {language}"))
        .clone()
}

#[test]
fn a_source_change_made_while_a_file_was_refused_is_still_flagged_stale() {
    let site = Site::fixture("translated");
    site.edit(CY, "your-letter = Eich llythyr", "your-letter = Eich { $x");
    site.edit(GUIDE, "Read your letter.", "Read your letter again.");
    site.run(&["i18n", "update"]).expect(1);
    site.edit(CY, "your-letter = Eich { $x", "your-letter = Eich llythyr");
    site.run(&["i18n", "update"]).expect(0);
    let cy = site.read(CY);
    assert!(
        cy.contains(
            "# stale: the words above changed; before, they were: Read your letter. It has"
        ),
        "{cy}"
    );
    assert_eq!(counts(&site, "cy", "visit")["stale"], 1);
}

#[test]
fn interface_words_that_fall_back_to_english_are_marked_with_english() {
    let site = Site::fixture("translated");
    site.edit(
        "site.toml",
        r#"languages = ["en", "cy", "ar"]"#,
        r#"languages = ["en", "cy", "ar", "fa"]"#,
    );
    site.build().expect(0);
    let page = site.read("public/fa/visit/index.html");
    assert!(page.contains(r#"<html lang="fa" dir="rtl">"#), "{page}");
    for english in [
        "Skip to the main content",
        "What you need",
        "Step 1 of",
        "not translated yet",
    ] {
        let at = page
            .find(english)
            .unwrap_or_else(|| panic!("{english:?} not on the page:\n{page}"));
        let before = &page[..at];
        let open = before.rfind("<span lang=\"en\" dir=\"ltr\">");
        let close = before.rfind("</span>");
        assert!(
            open.is_some() && open > close,
            "{english:?} is not inside <span lang=\"en\" dir=\"ltr\">:\n{}",
            &page[at.saturating_sub(200)..at + english.len()]
        );
    }
    assert!(
        page.contains(r#"aria-label="Languages""#) || page.contains("aria-label=\""),
        "attributes stay plain words"
    );
    assert!(
        !page.contains("aria-label=\"<"),
        "no markup in an attribute"
    );
}

#[test]
fn update_writes_the_interface_file_of_a_new_language_and_tracks_it() {
    let site = Site::fixture("translated");
    site.edit(
        "site.toml",
        r#"languages = ["en", "cy", "ar"]"#,
        r#"languages = ["en", "cy", "ar", "fa"]"#,
    );
    site.run(&["i18n", "update"]).expect(0);
    let ui = site.read("locales/fa/ui.ftl");
    assert!(ui.contains("# status: draft"), "{ui}");
    assert!(
        ui.contains("# en: Skip to the main content\n# skip-to-content =\n"),
        "{ui}"
    );
    assert!(ui.contains("# en: Test guides\n# site-title =\n"), "{ui}");
    assert!(
        !site.path("locales/cy/ui.ftl").exists(),
        "the theme has Welsh interface words: no file for them"
    );
    assert_eq!(counts(&site, "fa", "interface")["translated"], 0);

    // Copying the English is not translating; a deliberate copy is.
    site.edit(
        "locales/fa/ui.ftl",
        "# skip-to-content =",
        "skip-to-content = Skip to the main content",
    );
    site.edit(
        "locales/fa/ui.ftl",
        "# languages-heading =",
        "languages-heading = زبان‌ها",
    );
    assert_eq!(counts(&site, "fa", "interface")["translated"], 1);
    site.edit(
        "locales/fa/ui.ftl",
        "skip-to-content = Skip",
        "# same: kept in English on purpose\nskip-to-content = Skip",
    );
    assert_eq!(counts(&site, "fa", "interface")["translated"], 2);
    site.run(&["i18n", "update"]).expect(0);
    assert!(
        site.read("locales/fa/ui.ftl")
            .contains("# same: kept in English on purpose")
    );

    // The English changes (here the site's own override): the translation is stale.
    site.write("locales/en/ui.ftl", "languages-heading = Other languages\n");
    assert_eq!(counts(&site, "fa", "interface")["stale"], 1);
    site.run(&["i18n", "update"]).expect(0);
    let ui = site.read("locales/fa/ui.ftl");
    assert!(
        ui.contains("# en: Other languages\n# stale: the words above changed; before, they were: Languages\nlanguages-heading = زبان‌ها"),
        "{ui}"
    );
    // English words kept "on purpose" in a Farsi page are still read with a Farsi voice:
    // on the short accessibility statement they would be most of its text.
    site.edit(
        "locales/fa/ui.ftl",
        "skip-to-content = Skip to the main content",
        "skip-to-content = رفتن به محتوای اصلی",
    );
    site.build().expect(0);
    assert!(site.read("public/fa/visit/index.html").contains("زبان‌ها"));
}

#[test]
fn language_codes_are_checked() {
    let site = Site::fixture("translated");
    site.edit(
        "site.toml",
        r#"languages = ["en", "cy", "ar"]"#,
        r#"languages = ["en", "cy", "Farsi", "cy", "ar"]"#,
    );
    let run = site.run(&["build", "--format", "short"]);
    run.expect(1)
        .says("site.toml:5:26: error[bad-language]: `Farsi` is not a language code")
        .says("site.toml:5:35: warning[duplicate-language]: `cy` is listed in `languages` more than once");
    let full = site.run(&["build"]);
    full.says("help: write the language's code: \"fa\" for Farsi");
    assert_eq!(full.stderr.matches("duplicate-language").count(), 1);
    site.run(&["readability", "-", "--lang", "klingon-xx"])
        .expect(2)
        .says("`klingon-xx` is not a language code");
}

#[test]
fn a_locales_folder_for_an_unpublished_language_is_one_warning() {
    let site = Site::fixture("translated");
    site.edit(
        "site.toml",
        r#"languages = ["en", "cy", "ar"]"#,
        r#"languages = ["en", "cy"]"#,
    );
    let run = site.run(&["build", "--format", "short"]);
    run.expect(0);
    let findings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("warning[") || l.contains("error["))
        .collect();
    assert_eq!(findings.len(), 1, "{}", run.stderr);
    assert!(
        findings[0].contains(
            "warning[unpublished-language]: locales/ar/ is for a language the site does not publish"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn the_same_words_twice_are_one_message() {
    let site = Site::fixture("translated");
    site.edit(
        GUIDE,
        "Tell the desk your name.",
        "Tell the desk your name.\n\nWait to hear your name.\n\nTell the desk your name.",
    );
    site.run(&["i18n", "update"]).expect(0);
    let en = site.read("locales/en/visit.ftl");
    assert_eq!(en.matches("= Tell the desk your name.").count(), 1, "{en}");
    assert!(!en.contains("tell-the-desk-your-2"), "{en}");
    let cy = site.read(CY);
    assert_eq!(
        cy.matches("# en: Tell the desk your name.").count(),
        1,
        "{cy}"
    );
    assert_eq!(
        counts(&site, "cy", "visit")["missing"],
        2,
        "the new piece and the old one"
    );
    site.build().expect(0);
    let page = site.read("public/cy/visit/index.html");
    assert_eq!(
        page.matches("Dywedwch eich enw wrth y dderbynfa.").count(),
        2
    );
}

#[test]
fn html_a_translator_types_is_shown_as_typed_with_a_warning_at_its_line() {
    let site = Site::fixture("translated");
    site.edit(
        CY,
        "Mae'n dangos **amser** eich ymweliad.",
        "Mae'n dangos <b>amser</b> eich ymweliad.",
    );
    let line = site
        .read(CY)
        .lines()
        .position(|l| l.contains("<b>amser</b>"))
        .unwrap()
        + 1;
    site.build()
        .expect(0)
        .says(&format!("locales/cy/visit.ftl:{line}:"))
        .says("warning[translation-html]: `<b>` in a translation is shown on the page as typed")
        .says("for bold words write **words**");
    let page = site.read("public/cy/visit/index.html");
    assert!(page.contains("&lt;b&gt;amser&lt;/b&gt;"), "{page}");
}

const HELP: &str = "\n[help]\ntext = \"\"\"\n**Anytown Library** can help. Come in on Monday.\n\nAsk at the desk.\n\"\"\"\n";

#[test]
fn the_help_text_is_offered_to_translators_and_their_words_fill_the_box() {
    let site = Site::fixture("translated");
    let config = site.read("site.toml");
    site.write("site.toml", &format!("{config}{HELP}"));
    site.write("locales/cy/ui.ftl", "site-title = Canllawiau prawf\n");
    site.run(&["i18n", "update"]).expect(0);
    let ui = site.read("locales/cy/ui.ftl");
    assert!(
        ui.contains("# site-help ="),
        "offered as a message to write: {ui}"
    );
    assert!(
        ui.contains("**Anytown Library** can help."),
        "with the English above it: {ui}"
    );
    // A translation whose paragraph starts with bold words (which Fluent's layout would
    // break) is written back so that it still reads.
    site.edit(
        "locales/cy/ui.ftl",
        "# site-help =",
        "site-help = **Llyfrgell Anytown** yn helpu. Dewch ddydd Llun.\n\n    Gofynnwch wrth y ddesg.",
    );
    site.run(&["i18n", "update"]).expect(0);
    site.run(&["i18n", "update"]).expect(0);
    site.build().expect(0);
    let html = site.read("public/cy/visit/index.html");
    let help = &html[html.find("<section class=\"need-help\"").unwrap()..];
    let help = &help[..help.find("</section>").unwrap()];
    assert!(
        help.contains("<p><strong>Llyfrgell Anytown</strong> yn helpu. Dewch ddydd Llun.</p>\n<p>Gofynnwch wrth y ddesg.</p>"),
        "{help}"
    );
    assert!(!help.contains("untranslated"), "{help}");
    // Arabic has no translation yet: the English, marked as English.
    let ar = site.read("public/ar/visit/index.html");
    assert!(ar.contains(
        "<span class=\"untranslated\" lang=\"en\" dir=\"ltr\"><strong>Anytown Library</strong>"
    ));
}

#[test]
fn a_heading_in_a_translated_help_text_is_an_error_at_its_message() {
    let site = Site::fixture("translated");
    let config = site.read("site.toml");
    site.write("site.toml", &format!("{config}{HELP}"));
    site.write(
        "locales/cy/ui.ftl",
        "site-help = Dewch i mewn.\n\n    # Oriau agor\n",
    );
    site.build()
        .expect(1)
        .says("error[help-text]")
        .says("locales/cy/ui.ftl:1:1");
}

#[test]
fn a_fluent_mistake_is_shown_at_the_same_line_by_build_and_by_update_which_names_the_file() {
    let site = Site::fixture("translated");
    site.edit(
        CY,
        "your-letter = Eich llythyr",
        "your-letter = Eich { $x llythyr",
    );
    let line = site
        .read(CY)
        .lines()
        .position(|l| l.starts_with("your-letter ="))
        .unwrap()
        + 1;
    let at = format!("{CY}:{line}:");
    let build = site.build();
    build
        .says("warning[ftl-syntax]")
        .says(&at)
        .says("close it with `}`");
    let update = site.run(&["i18n", "update"]);
    update
        .expect(1)
        .says("error[ftl-syntax]: this file has a Fluent mistake, so it was not updated")
        .says(&at)
        .says("close it with `}`")
        .says(&format!(
            "1 file not updated because of a Fluent mistake (shown above): {CY}"
        ));
}

/// The basic fixture in English and Welsh, with `first` translated as a whole into Welsh
/// with one step fewer; `second` links to step 2 of `first`.
fn whole_guide_with_fewer_steps() -> Site {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"cy\"]",
    );
    let english = site.read("content/first/index.md");
    let step_two = english.find("![A calendar]").unwrap();
    let advice = english.find("## Advice").unwrap();
    let welsh = format!("{}{}", &english[..step_two], &english[advice..])
        .replace("title = \"First guide\"", "title = \"Canllaw cyntaf\"");
    site.write("content/first/index.cy.md", &welsh);
    site
}

#[test]
fn a_whole_guide_translation_with_fewer_steps_is_a_warning_at_its_file_and_the_site_is_built() {
    let site = whole_guide_with_fewer_steps();
    let run = site.run(&["build", "--format", "short"]);
    run.expect(0).says(
        "content/first/index.cy.md:2:9: warning[translation-part-missing]: this translation of `first` has no part called `#step-2`, which the guide `second` links to",
    );
    assert!(!run.stderr.contains("error"), "{}", run.stderr);
    // Welsh readers go to the top of the Welsh guide; English readers to step 2.
    for page in ["cy/second/index.html", "print/cy/second/index.html"] {
        let html = site.read(&format!("public/{page}"));
        assert!(html.contains("first/\""), "{page}");
        assert!(!html.contains("#step-2"), "{page}");
    }
    assert!(
        site.read("public/en/second/index.html")
            .contains("href=\"../first/#step-2\"")
    );
}

#[test]
fn a_link_mistake_in_a_whole_guide_translation_is_reported_once_at_its_line() {
    let site = whole_guide_with_fewer_steps();
    site.edit(
        "content/first/index.cy.md",
        "Tap **Start**.",
        "Tap **Start**. See [the advice](#no-such-part).",
    );
    let run = site.run(&["build", "--format", "short"]);
    run.expect(1);
    let at_line: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("no-such-part"))
        .collect();
    assert_eq!(
        at_line.len(),
        1,
        "one finding, not one per built page:\n{}",
        run.stderr
    );
    assert!(
        at_line[0].starts_with("content/first/index.cy.md:21:20: error[broken-link]"),
        "{}",
        at_line[0]
    );
}

#[test]
fn a_whole_guide_translation_without_a_status_line_is_not_reviewed() {
    let site = whole_guide_with_fewer_steps();
    assert_eq!(counts(&site, "cy", "first")["review"], "draft");
    let welsh = site.read("content/first/index.cy.md");
    site.write(
        "content/first/index.cy.md",
        &welsh.replacen(
            "+++\n",
            "+++\n# status: reviewed by Catrin Jones, March 2027\n",
            1,
        ),
    );
    assert_eq!(counts(&site, "cy", "first")["review"], "reviewed");
}
