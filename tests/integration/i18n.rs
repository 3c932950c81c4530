//! Translation: message files written by `i18n update`, kept across source edits, applied to
//! pages with fallback, right-to-left pages, and bad translations that never break the build.

use std::collections::BTreeMap;

use fluent_syntax::ast::Entry;
use fluent_syntax::{parser, serializer};

use super::helper::Site;

const GUIDE: &str = "content/visit/index.md";

/// Every message of a file: id and the value as written.
fn messages(text: &str) -> BTreeMap<String, String> {
    let resource = parser::parse(text).expect("valid Fluent");
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let mut bare = m.clone();
                bare.comment = None;
                let one = fluent_syntax::ast::Resource {
                    body: vec![Entry::Message(bare)],
                };
                Some((m.id.name.to_owned(), serializer::serialize(&one)))
            }
            _ => None,
        })
        .collect()
}

/// `i18n status --format json`, as (language, part) → counts.
fn status(site: &Site) -> BTreeMap<(String, String), serde_json::Value> {
    let run = site.run(&["i18n", "status", "--format", "json"]);
    run.expect(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let mut out = BTreeMap::new();
    for language in json["languages"].as_array().unwrap() {
        for part in language["parts"].as_array().unwrap() {
            let key = (
                language["lang"].as_str().unwrap().to_owned(),
                part["part"].as_str().unwrap().to_owned(),
            );
            out.insert(key, part.clone());
        }
    }
    out
}

fn count(status: &BTreeMap<(String, String), serde_json::Value>, lang: &str, what: &str) -> u64 {
    status[&(lang.to_owned(), "visit".to_owned())][what]
        .as_u64()
        .unwrap()
}

#[test]
fn the_files_update_writes_are_stable_and_canonical_fluent() {
    let site = Site::fixture("translated");
    let before = site.snapshot("locales");
    site.run(&["i18n", "update"])
        .expect(0)
        .says("0 files of 3 brought up to date");
    assert_eq!(
        before,
        site.snapshot("locales"),
        "an update with no change changes nothing"
    );
    for (path, bytes) in before {
        let text = String::from_utf8(bytes).unwrap();
        let resource = parser::parse(text.as_str()).expect("no syntax errors");
        assert_eq!(serializer::serialize(&resource), text, "{path} round-trips");
    }
}

#[test]
fn one_source_edit_makes_exactly_one_message_stale_in_every_language() {
    let site = Site::fixture("translated");
    let cy_before = messages(&site.read("locales/cy/visit.ftl"));
    site.edit(GUIDE, "Read your letter.", "Read your letter again.");
    let now = status(&site);
    for lang in ["cy", "ar"] {
        assert_eq!(count(&now, lang, "stale"), 1, "{lang} before update");
    }
    site.run(&["i18n", "update"]).expect(0);
    let now = status(&site);
    assert_eq!(count(&now, "cy", "stale"), 1);
    assert_eq!(count(&now, "ar", "stale"), 1);
    assert_eq!(count(&now, "ar", "translated"), 9);
    assert_eq!(count(&now, "cy", "missing"), 1);
    let cy = site.read("locales/cy/visit.ftl");
    assert_eq!(cy.matches("# stale:").count(), 1);
    assert!(
        cy.contains(
            "# stale: the words above changed; before, they were: Read your letter. It has"
        )
    );
    assert_eq!(
        messages(&cy),
        cy_before,
        "every translation kept as written"
    );
    site.build().expect(0);
    assert!(
        site.read("public/cy/visit/index.html")
            .contains("Darllenwch eich llythyr"),
        "a stale translation is still shown"
    );
}

#[test]
fn an_insertion_adds_exactly_one_missing_message_and_shifts_nothing() {
    let site = Site::fixture("translated");
    let ar_before = messages(&site.read("locales/ar/visit.ftl"));
    let ids_before: Vec<String> = messages(&site.read("locales/en/visit.ftl"))
        .into_keys()
        .collect();
    site.edit(
        GUIDE,
        "Call the clinic if you cannot come.",
        "Bring your glasses.\n\nCall the clinic if you cannot come.",
    );
    let now = status(&site);
    assert_eq!(count(&now, "ar", "missing"), 1);
    assert_eq!(count(&now, "ar", "translated"), 10);
    assert_eq!(count(&now, "cy", "missing"), 2);
    assert_eq!(count(&now, "cy", "translated"), 9);
    site.run(&["i18n", "update"]).expect(0);
    let ar = site.read("locales/ar/visit.ftl");
    assert_eq!(
        messages(&ar),
        ar_before,
        "all other translations still attached"
    );
    let placeholder = ar.find("# bring-your-glasses =").expect("a placeholder");
    assert!(ar.find("look-at-the-map =").unwrap() < placeholder);
    assert!(placeholder < ar.find("call-the-clinic-if =").unwrap());
    let ids_now: Vec<String> = messages(&site.read("locales/en/visit.ftl"))
        .into_keys()
        .collect();
    assert_eq!(ids_now.len(), ids_before.len() + 1);
    assert!(ids_before.iter().all(|id| ids_now.contains(id)));
}

#[test]
fn a_removed_piece_is_reported_obsolete_and_kept() {
    let site = Site::fixture("translated");
    site.edit(GUIDE, "Tell the desk your name.\n", "");
    site.edit(GUIDE, "## At the clinic\n", "");
    let now = status(&site);
    assert_eq!(count(&now, "ar", "obsolete"), 2);
    site.run(&["i18n", "update"]).expect(0);
    let ar = site.read("locales/ar/visit.ftl");
    assert_eq!(ar.matches("# obsolete:").count(), 2);
    assert!(ar.contains("tell-the-desk-your = أخبر موظف الاستقبال باسمك."));
    assert_eq!(count(&status(&site), "ar", "obsolete"), 2);
}

#[test]
fn a_partly_translated_guide_is_published_with_the_missing_piece_in_english() {
    let site = Site::fixture("translated");
    site.build()
        .expect(0)
        .says("wrote 22 pages (1 guide, 3 languages)");
    let cy = site.read("public/cy/visit/index.html");
    assert!(cy.contains("<html lang=\"cy\" dir=\"ltr\">"));
    assert!(cy.contains(
        "<span class=\"untranslated\" lang=\"en\" dir=\"ltr\">Call the clinic if you cannot come.</span> <small class=\"untranslated-mark\">(heb ei gyfieithu eto)</small>"
    ));
    assert!(cy.contains("Nid yw 1 rhan o'r canllaw hwn wedi'i chyfieithu eto."));
    assert!(cy.contains("<a href=\"https://clinic.example/map\">wefan y clinig</a>"));
    assert!(cy.contains("Cam 1 o 1"));
}

#[test]
fn a_guide_with_no_translation_says_so_once() {
    let site = Site::fixture("translated");
    std::fs::remove_file(site.path("locales/cy/visit.ftl")).unwrap();
    site.build().expect(0);
    let cy = site.read("public/cy/visit/index.html");
    assert!(
        cy.contains("Nid yw'r canllaw hwn wedi'i gyfieithu eto. Byddwch chi'n ei weld yn Saesneg.")
    );
    assert!(!cy.contains("untranslated-mark"), "no mark on every line");
    assert!(cy.contains("<h1 id=\"title\"><span class=\"untranslated\" lang=\"en\" dir=\"ltr\">Visit the clinic</span></h1>"));
    let list = site.read("public/cy/index.html");
    assert!(
        list.contains("(heb ei gyfieithu eto)"),
        "the guide list says which guides are not translated"
    );
}

#[test]
fn a_right_to_left_page_is_marked_rtl_and_isolates_addresses() {
    let site = Site::fixture("translated");
    site.build().expect(0);
    let ar = site.read("public/ar/visit/index.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("<a href=\"https://clinic.example/map\" dir=\"auto\">موقع العيادة</a>"));
    assert!(
        ar.contains("الخطوة 1 من 1"),
        "no invisible isolation marks around numbers"
    );
    assert!(!ar.contains('\u{2068}'));
    assert!(ar.contains("lang=\"en\" dir=\"ltr\" hreflang=\"en\">English</a>"));
}

#[test]
fn markup_in_a_translation_is_shown_as_text() {
    let site = Site::fixture("translated");
    site.edit(
        "locales/cy/visit.ftl",
        "tell-the-desk-your = Dywedwch eich enw wrth y dderbynfa.",
        "tell-the-desk-your = <script>alert(1)</script> <b>Dywedwch</b> <img src=x onerror=alert(1)>",
    );
    site.build().expect(0);
    let cy = site.read("public/cy/visit/index.html");
    assert!(cy.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;Dywedwch&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;"));
    assert!(!cy.contains("<script>") && !cy.contains("<b>"));
}

#[test]
fn a_broken_ftl_file_is_a_warning_at_its_line_and_the_site_is_still_written() {
    let site = Site::fixture("translated");
    site.edit(
        "locales/cy/visit.ftl",
        "at-the-clinic = Yn y clinig",
        "at-the-clinic = Yn y { clinig",
    );
    let line = site
        .read("locales/cy/visit.ftl")
        .lines()
        .position(|l| l.starts_with("at-the-clinic"))
        .unwrap()
        + 1;
    site.build()
        .expect(0)
        .says("warning[ftl-syntax]: this Fluent message cannot be read")
        .says(&format!("locales/cy/visit.ftl:{line}:"));
    let cy = site.read("public/cy/visit/index.html");
    assert!(
        cy.contains("<span class=\"untranslated\" lang=\"en\" dir=\"ltr\">At the clinic</span>")
    );
    assert!(
        cy.contains("Dywedwch eich enw"),
        "the other messages still work"
    );
    site.run(&["build", "--deny", "warnings"]).expect(1);
}

#[test]
fn update_never_rewrites_a_file_with_a_syntax_error() {
    let site = Site::fixture("translated");
    site.edit(
        "locales/cy/visit.ftl",
        "your-letter = Eich llythyr",
        "your-letter = {",
    );
    let before = site.read("locales/cy/visit.ftl");
    site.edit(GUIDE, "Read your letter.", "Read your letter again.");
    site.run(&["i18n", "update"])
        .expect(1)
        .says("this file has a Fluent mistake, so it was not updated");
    assert_eq!(site.read("locales/cy/visit.ftl"), before);
}

#[test]
fn a_translation_that_drops_or_invents_a_link_is_reported_and_not_used() {
    let site = Site::fixture("translated");
    site.edit(
        "locales/cy/visit.ftl",
        "[wefan y clinig]({ $link1 })",
        "wefan y clinig",
    );
    site.edit(
        "locales/ar/visit.ftl",
        "[موقع العيادة]({ $link1 })",
        "[موقع العيادة](https://elsewhere.example/)",
    );
    site.build()
        .expect(0)
        .says("warning[bad-translation]: the link `{ $link1 }` is missing, so this translation is not used")
        .says("locales/cy/visit.ftl:")
        .says("the link to `https://elsewhere.example/` is not in the English");
    let cy = site.read("public/cy/visit/index.html");
    assert!(cy.contains(
        "lang=\"en\" dir=\"ltr\">Look at the map on <a href=\"https://clinic.example/map\">"
    ));
    assert!(
        !site
            .read("public/ar/visit/index.html")
            .contains("elsewhere.example")
    );
}

#[test]
fn an_interface_translation_with_the_wrong_variables_is_reported_and_not_used() {
    let site = Site::fixture("translated");
    site.write(
        "locales/cy/ui.ftl",
        "step-of = Cam { $num }\nall-guides = Pob canllaw\n",
    );
    site.build()
        .expect(0)
        .says("warning[bad-translation]: the English message has no `{ $num }` in `step-of`")
        .says("locales/cy/ui.ftl:1:1");
    let cy = site.read("public/cy/visit/index.html");
    assert!(
        cy.contains("Cam 1 o 1"),
        "the theme's Welsh message is used instead"
    );
    assert!(
        cy.contains("Pob canllaw"),
        "the site overrides the theme message by message"
    );
}

#[test]
fn a_whole_guide_translation_overrides_the_message_file() {
    let site = Site::fixture("translated");
    let english = site.read(GUIDE);
    site.write(
        "content/visit/index.cy.md",
        &english
            .replace("Visit the clinic", "Mynd i'r clinig yn llawn")
            .replace(
                "How to get ready for a visit to the clinic.",
                "Sut i baratoi at ymweliad â'r clinig.",
            )
            .replace("Your letter", "Eich llythyr")
            .replace("Before you go", "Cyn i chi fynd")
            .replace("A letter with a date on it", "Llythyr gyda dyddiad arno")
            .replace(
                "Read your letter. It has the **time** of your visit.",
                "Darllenwch eich llythyr. Mae'n dweud **amser** eich ymweliad.",
            )
            .replace("Look at the map on", "Edrychwch ar y map ar")
            .replace("the clinic's website", "wefan y clinig")
            .replace(
                "Call the clinic if you cannot come.",
                "Ffoniwch y clinig os na allwch chi ddod.",
            )
            .replace("At the clinic", "Yn y clinig")
            .replace(
                "Tell the desk your name.",
                "Dywedwch eich enw wrth y ddesg.",
            ),
    );
    site.build().expect(0);
    assert!(
        site.read("public/cy/visit/index.html")
            .contains("Mynd i'r clinig yn llawn")
    );
    let now = status(&site);
    assert_eq!(now[&("cy".to_owned(), "visit".to_owned())]["how"], "whole");
}

#[test]
fn every_page_links_to_every_language_and_the_sitemap_lists_them() {
    let site = Site::fixture("translated");
    site.build().expect(0);
    for page in [
        "cy/index.html",
        "ar/visit/index.html",
        "en/visit/index.html",
    ] {
        let html = site.read(&format!("public/{page}"));
        for lang in ["en", "cy", "ar"] {
            assert!(
                html.contains(&format!("hreflang=\"{lang}\"")),
                "{page} {lang}"
            );
        }
    }
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<url><loc>https://test.example/ar/visit/</loc>"));
    assert!(sitemap.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"https://test.example/cy/visit/\"/>"
    ));
}

#[test]
fn status_prints_a_table_per_language() {
    let site = Site::fixture("translated");
    let run = site.run(&["i18n", "status"]);
    run.expect(0);
    assert!(run.stdout.starts_with("language"));
    let cy = run
        .stdout
        .lines()
        .find(|l| l.contains("visit") && l.starts_with("cy"))
        .unwrap();
    let numbers: Vec<&str> = cy.split_whitespace().collect();
    assert_eq!(numbers[3..8], ["9", "0", "1", "0", "90%"]);
}

#[test]
fn a_message_file_for_no_guide_is_reported() {
    let site = Site::fixture("translated");
    std::fs::rename(
        site.path("locales/cy/visit.ftl"),
        site.path("locales/cy/vist.ftl"),
    )
    .unwrap();
    site.build()
        .expect(0)
        .says("warning[unused-translation]: there is no guide `vist` for these messages")
        .says("locales/cy/vist.ftl");
}

#[test]
fn translations_are_checked_for_reading_level_at_their_own_line() {
    let site = Site::fixture("translated");
    site.edit(
        "locales/cy/visit.ftl",
        "tell-the-desk-your = Dywedwch eich enw wrth y dderbynfa.",
        "tell-the-desk-your = Dywedwch eich enw a'ch cyfeiriad a'ch rhif ffôn a'ch dyddiad geni wrth y person sydd yn eistedd wrth y dderbynfa heddiw.",
    );
    let line = site
        .read("locales/cy/visit.ftl")
        .lines()
        .position(|l| l.starts_with("tell-the-desk-your ="))
        .unwrap()
        + 1;
    let run = site.run(&["check", "--format", "short"]);
    run.says(&format!(
        "locales/cy/visit.ftl:{line}:22: warning[long-sentence]"
    ));
    // An English piece the Welsh page still shows (untranslated) is checked once, in English.
    site.edit(
        GUIDE,
        "Call the clinic if you cannot come.",
        "Call the clinic on the number in your letter if you cannot come to your visit on the day.",
    );
    let json = site.run(&["check", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let findings = |lang: &str| {
        let guide = value["readability"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["guide"] == "visit" && g["language"] == lang)
            .unwrap_or_else(|| panic!("visit ({lang}) has its own score: {}", json.stdout));
        guide["findings"].as_u64().unwrap()
    };
    assert_eq!(findings("en"), 1, "the long English sentence");
    assert_eq!(
        findings("cy"),
        1,
        "only the long Welsh sentence, not the English one again"
    );
}

#[test]
fn the_site_title_is_translated_or_marked_with_its_language() {
    let site = Site::fixture("translated");
    site.build().expect(0);
    let welsh = site.read("public/cy/index.html");
    assert!(
        welsh.contains(r#"class="site-name" href="../" lang="en" dir="ltr">"#),
        "an untranslated title says it is English: {welsh}"
    );
    site.write(
        "locales/cy/ui.ftl",
        "# status: reviewed\nsite-title = Canllawiau prawf\nsite-description = Canllawiau ar gyfer y profion.\n",
    );
    site.build().expect(0);
    let welsh = site.read("public/cy/index.html");
    assert!(
        welsh.contains(r#"class="site-name" href="../">Canllawiau prawf</a>"#),
        "{welsh}"
    );
    assert!(
        !site
            .read("public/ar/index.html")
            .contains("Canllawiau prawf")
    );
    let interface = &status(&site)[&("cy".to_owned(), "interface".to_owned())];
    assert_eq!(
        interface["obsolete"], 0,
        "site words are not obsolete interface words: {interface}"
    );
}
