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

const POINTS: &str = "\n[[help.points]]\nname = \"Anytown Library\"\naddress = \"1 High Street, Anytown\"\nphone = \"+44 1632 960123\"\nopening = \"Monday to Friday, 10am to 4pm\"\n\n[[help.points]]\nname = \"Anytown Surgery\"\n";

#[test]
fn help_points_are_listed_in_the_box_with_a_number_a_phone_can_call() {
    let site = Site::fixture("basic");
    let config = site.read("site.toml");
    site.write("site.toml", &format!("{config}{HELP}{POINTS}"));
    site.build().expect(0);
    let html = site.read("public/en/first/index.html");
    let help = &html[html.find("<section class=\"need-help\"").unwrap()..];
    let help = &help[..help.find("</section>").unwrap()];
    assert!(help.contains("<strong>Anytown Library</strong>"), "{help}");
    assert!(
        help.contains("<span class=\"help-label\">Address:</span> 1 High Street, Anytown"),
        "{help}"
    );
    assert!(
        help.contains("<a href=\"tel:+441632960123\" dir=\"ltr\">+44 1632 960123</a>"),
        "{help}"
    );
    assert!(
        help.contains("<span class=\"help-label\">Open:</span> Monday to Friday, 10am to 4pm"),
        "{help}"
    );
    // Only the name is needed: no empty labels for what a point does not say.
    let surgery = &help[help.find("Anytown Surgery").unwrap()..];
    assert!(!surgery.contains("help-label"), "{surgery}");
    // The handout has the same box.
    let handout = site.read("public/print/en/first/index.html");
    assert!(handout.contains("tel:+441632960123"));
}

#[test]
fn a_help_point_phone_that_cannot_be_dialled_is_an_error_at_its_line() {
    let site = Site::fixture("basic");
    let config = site.read("site.toml");
    let bad = POINTS.replace("+44 1632 960123", "ask at the desk");
    site.write("site.toml", &format!("{config}{HELP}{bad}"));
    let line = format!("{config}{HELP}").lines().count() + 5;
    site.build()
        .expect(1)
        .says("`ask at the desk` is not a phone number")
        .says(&format!("site.toml:{line}:"));
}
