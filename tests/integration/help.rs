//! The "Need help?" box: `[help]` in `site.toml` is shown at the end of every guide.

use super::helper::Site;

const HELP: &str = "\n[help]\ntext = \"Ask at **Anytown Library**, Monday to Friday. Or see [the second guide](../second/).\"\n";

#[test]
fn help_text_is_shown_at_the_end_of_every_guide() {
    let site = Site::fixture("basic");
    let config = site.read("site.toml");
    site.write("site.toml", &format!("{config}{HELP}"));
    site.build().expect(0);
    for (guide, href) in [("first", "../second/"), ("second", "./")] {
        let html = site.read(&format!("public/en/{guide}/index.html"));
        let start = html
            .find("<section class=\"need-help\"")
            .expect("a help box");
        let help = &html[start..];
        assert!(help.contains("<h2 id=\"help\">Need help?</h2>"), "{help}");
        assert!(help.contains("Ask at <strong>Anytown Library</strong>, Monday to Friday."));
        let link = format!("<a href=\"{href}\">the second guide</a>");
        assert!(help.contains(&link), "links work from each page: {help}");
        assert!(
            start > html.find("class=\"steps\"").unwrap(),
            "after the steps"
        );
    }
    let list = site.read("public/en/index.html");
    assert!(!list.contains("need-help"), "guide pages only");
}

#[test]
fn no_help_table_means_no_box() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    let html = site.read("public/en/first/index.html");
    assert!(!html.contains("need-help") && !html.contains("Need help?"));
}

#[test]
fn a_heading_in_the_help_text_is_an_error_in_site_toml() {
    let site = Site::fixture("basic");
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("{config}\n[help]\ntext = \"\"\"\nAsk us.\n\n# Opening times\n\"\"\"\n"),
    );
    site.build()
        .expect(1)
        .says("error[help-text]")
        .says("site.toml:10:1");
}
