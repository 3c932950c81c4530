//! Theme overrides: a site's own templates and static files replace the theme's.

use super::helper::Site;

#[test]
fn a_site_template_overrides_the_theme() {
    let site = Site::fixture("basic");
    site.write(
        "templates/list.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Our own list</h1>{% include \"partials/guide-list.html\" %}{% endblock main %}",
    );
    site.build().expect(0);
    assert!(
        site.read("public/en/index.html")
            .contains("<h1>Our own list</h1>")
    );
    assert!(
        site.read("public/en/first/index.html")
            .contains("class=\"steps\""),
        "other templates unchanged"
    );
}

#[test]
fn a_site_stylesheet_overrides_the_theme() {
    let site = Site::fixture("basic");
    site.write("static/style.css", "body { color: black; }\n");
    site.write("static/favicon.ico", "icon");
    site.build().expect(0);
    let files = site.snapshot("public");
    // The theme's stylesheet, overridden; the embeds' copy of it is scoped under `.easyguide`.
    let css: Vec<_> = files
        .iter()
        .filter(|(k, _)| k.ends_with(".css") && !k.starts_with("embed/"))
        .collect();
    assert_eq!(
        files["embed/easyguide.css"],
        b".easyguide { color: black; }\n.easyguide:not(body) { padding: 1rem; }\n"
    );
    assert_eq!(css.len(), 1);
    assert_eq!(css[0].1, b"body { color: black; }\n");
    assert!(files.contains_key("favicon.ico"));
}

#[test]
fn template_errors_point_at_the_template() {
    let site = Site::fixture("basic");
    site.write(
        "templates/home.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ site.title \n{% endblock main %}\n",
    );
    site.build()
        .expect(1)
        .says("error[template]")
        .says("templates/home.html:4:1");
}

#[test]
fn a_template_with_script_is_refused() {
    let site = Site::fixture("basic");
    site.write("templates/home.html", "{% extends \"base.html\" %}{% block main %}<h1>x</h1><script>1</script>{% endblock main %}");
    site.build()
        .expect(1)
        .says("error[script]")
        .says("public/index.html:20:11");
}

#[test]
fn a_missing_theme_is_named() {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\ntheme = \"fancy\"",
    );
    site.build()
        .expect(1)
        .says("there is no theme called `fancy`");
}
