//! Pictures and their text alternatives: `<img>`, image buttons, image-map areas,
//! `<object>`, role="img" and inline SVG.

use scraper::ElementRef;

use super::{Ctx, shown};
use crate::a11y::aria;
use crate::a11y::dom::{ancestors, aria_hidden, attr, collapse, name};
use crate::a11y::name::accessible_name;
use crate::a11y::words::{self, normalise};

/// Runs the picture rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    for e in shown(page).filter(|e| !aria_hidden(*e)) {
        match name(e) {
            "img" => img(ctx, e),
            "input" if attr(e, "type").is_some_and(|t| t.eq_ignore_ascii_case("image")) => {
                if accessible_name(page, e).is_empty() {
                    ctx.report("input-image-alt", "this image button has no alt text", e);
                } else if let Some(alt) = attr(e, "alt") {
                    alt_text(ctx, e, alt);
                }
            }
            "area" if attr(e, "href").is_some() => {
                if accessible_name(page, e).is_empty() {
                    ctx.report("area-alt", "this image-map area has no alt text", e);
                }
            }
            "object" if accessible_name(page, e).is_empty() && attr(e, "role").is_none() => {
                ctx.report("object-alt", "this <object> has no text alternative", e)
            }
            "svg" => svg(ctx, e),
            _ => {
                if aria::explicit_role(e).is_some_and(|r| r == "img" || r == "image")
                    && accessible_name(page, e).is_empty()
                {
                    ctx.report(
                        "role-img-alt",
                        "this element has role=\"img\" but no name",
                        e,
                    );
                }
            }
        }
    }
}

fn img(ctx: &mut Ctx, e: ElementRef<'_>) {
    if attr(e, "ismap").is_some() && ancestors(e).any(|a| name(a) == "a") {
        ctx.report(
            "server-side-image-map",
            "this picture is a server-side image map (ismap)",
            e,
        );
    }
    let role = aria::explicit_role(e);
    let presentational = matches!(role, Some("none" | "presentation"));
    match attr(e, "alt") {
        None => {
            let named = attr(e, "aria-label").is_some_and(|l| !l.trim().is_empty())
                || attr(e, "aria-labelledby").is_some() && !accessible_name(ctx.page, e).is_empty();
            if !named && !presentational {
                ctx.report(
                    "image-alt-missing",
                    format!("this picture has no alt text ({})", file_name(e)),
                    e,
                );
            } else if !named && presentational && attr(e, "title").is_some() {
                ctx.report(
                    "image-alt-missing",
                    "this picture is marked decorative but has a title",
                    e,
                );
            }
        }
        Some(alt) if alt.trim().is_empty() => empty_alt(ctx, e, role),
        Some(alt) => alt_text(ctx, e, alt),
    }
}

/// alt="" is right for a decorative picture; say so only when something shows it is not.
fn empty_alt(ctx: &mut Ctx, e: ElementRef<'_>, role: Option<&str>) {
    let title = attr(e, "title").map(str::trim).filter(|t| !t.is_empty());
    let label = attr(e, "aria-label")
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let reason = if let Some(t) = title.or(label) {
        Some(format!(
            "this picture has alt=\"\" but is described as \"{t}\""
        ))
    } else if role.is_some_and(|r| r != "none" && r != "presentation") {
        Some(format!(
            "this picture has alt=\"\" but role=\"{}\"",
            role.unwrap_or_default()
        ))
    } else if attr(e, "aria-describedby").is_some() {
        Some("this picture has alt=\"\" but a description (aria-describedby)".into())
    } else if telling_name(e) {
        Some(format!(
            "this picture has alt=\"\", but {} looks like it carries information",
            file_name(e)
        ))
    } else {
        None
    };
    // A picture that is a link's only content is reported as a link without a name.
    let alone_in_control = ancestors(e)
        .find(|a| matches!(name(*a), "a" | "button"))
        .is_some_and(|c| accessible_name(ctx.page, c).is_empty());
    if let Some(message) = reason
        && !alone_in_control
    {
        ctx.report("image-alt-empty", message, e);
    }
}

/// A file name that says the picture holds information (a chart, a map, a diagram...).
fn telling_name(e: ElementRef<'_>) -> bool {
    let file = file_name(e).to_ascii_lowercase();
    let stem = file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s);
    stem.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        matches!(
            w,
            "chart"
                | "graph"
                | "diagram"
                | "map"
                | "infographic"
                | "screenshot"
                | "qr"
                | "qrcode"
                | "timetable"
                | "table"
                | "plan"
                | "figure"
                | "fig"
        )
    })
}

fn file_name(e: ElementRef<'_>) -> String {
    let src = attr(e, "src").unwrap_or_default();
    let path = src.split(['?', '#']).next().unwrap_or_default();
    let base = path.rsplit('/').next().unwrap_or_default();
    if base.is_empty() {
        "no src".into()
    } else {
        base.to_owned()
    }
}

/// Checks the words of a non-empty alt text.
fn alt_text(ctx: &mut Ctx, e: ElementRef<'_>, alt: &str) {
    let alt = collapse(alt);
    let lower = alt.to_lowercase();
    let norm = normalise(&alt);
    if looks_like_url(&lower) {
        ctx.report(
            "image-alt-url",
            format!("the alt text \"{alt}\" is a web address"),
            e,
        );
    } else if looks_like_file_name(&lower, &file_name(e).to_lowercase()) {
        ctx.report(
            "image-alt-file-name",
            format!("the alt text \"{alt}\" is a file name"),
            e,
        );
    } else if words::ALT_GENERIC.contains(&norm.as_str()) {
        ctx.report(
            "image-alt-generic",
            format!("the alt text \"{alt}\" only says it is a picture"),
            e,
        );
    } else if let Some(p) = words::ALT_PREFIXES
        .iter()
        .find(|p| words::starts_with_words(&norm, p))
        .or_else(|| {
            words::ALT_SUFFIXES
                .iter()
                .find(|s| words::ends_with_phrase(&norm, s))
        })
    {
        ctx.report(
            "image-alt-redundant",
            format!(
                "the alt text \"{alt}\" says \"{p}\": screen readers already say it is a picture"
            ),
            e,
        );
    }
}

fn looks_like_url(alt: &str) -> bool {
    alt.starts_with("http://")
        || alt.starts_with("https://")
        || alt.starts_with("www.")
        || alt.starts_with("//")
        || alt.starts_with("data:")
}

const PICTURE_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "tif", "tiff", "heic", "ico", "jfif",
];

/// A file name: an alt ending in a picture extension, the src's own name, or a camera or
/// editor name (`IMG_1234`, `DSC01234`, `image1`, `photo_2024-01-02`, `Screenshot 2024-...`).
fn looks_like_file_name(alt: &str, src_name: &str) -> bool {
    if alt.contains(' ') && !alt.starts_with("screenshot ") {
        return false;
    }
    if let Some((_, ext)) = alt.rsplit_once('.')
        && PICTURE_EXTENSIONS.contains(&ext)
    {
        return true;
    }
    let src_stem = src_name.rsplit_once('.').map_or(src_name, |(s, _)| s);
    if !src_stem.is_empty()
        && (alt == src_name || alt == src_stem)
        && (src_stem.contains(['-', '_', '.']) || src_stem.chars().any(|c| c.is_ascii_digit()))
    {
        return true;
    }
    let letters: String = alt
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let rest = &alt[letters.len()..];
    let camera = matches!(
        letters.as_str(),
        "img"
            | "dsc"
            | "dscn"
            | "dcim"
            | "pxl"
            | "image"
            | "photo"
            | "picture"
            | "pic"
            | "screenshot"
            | "scan"
            | "untitled"
            | "wp"
            | "mvimg"
    );
    camera
        && !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || "-_ .:".contains(c))
        && rest.chars().any(|c| c.is_ascii_digit())
}

/// Inline SVG: a picture needs a name; a decorative one must be hidden.
fn svg(ctx: &mut Ctx, e: ElementRef<'_>) {
    if ancestors(e).any(|a| name(a) == "svg") {
        return;
    }
    let role = aria::explicit_role(e);
    if matches!(role, Some("none" | "presentation")) {
        return;
    }
    let named = !accessible_name(ctx.page, e).is_empty();
    if named {
        return;
    }
    if matches!(
        role,
        Some("img" | "image" | "graphics-document" | "graphics-symbol")
    ) {
        ctx.report(
            "svg-img-alt",
            format!(
                "this SVG has role=\"{}\" but no name",
                role.unwrap_or_default()
            ),
            e,
        );
        return;
    }
    // An unnamed icon inside a control with words is decoration; the control has the name.
    let in_named_control = ancestors(e)
        .find(|a| aria::interactive(*a))
        .is_some_and(|c| !accessible_name(ctx.page, c).is_empty());
    let draws = e.descendants().filter_map(ElementRef::wrap).any(|d| {
        matches!(
            name(d),
            "path"
                | "rect"
                | "circle"
                | "ellipse"
                | "polygon"
                | "polyline"
                | "line"
                | "image"
                | "text"
                | "use"
        )
    });
    if draws && !in_named_control {
        ctx.report(
            "svg-img-alt",
            "this inline SVG picture has no name and is not hidden",
            e,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_recognised() {
        assert!(looks_like_file_name("phone.png", "phone.png"));
        assert!(looks_like_file_name("img_1234", "x.jpg"));
        assert!(looks_like_file_name("dsc01234", "x.jpg"));
        assert!(looks_like_file_name("nhs-app-login", "nhs-app-login.webp"));
        assert!(!looks_like_file_name(
            "a phone showing the app",
            "phone.png"
        ));
        assert!(!looks_like_file_name("phone", "phone.png"));
    }
}
