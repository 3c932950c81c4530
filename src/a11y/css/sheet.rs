//! A stylesheet checked on its own, without a page: font sizes in absolute units, rotation
//! locked to an orientation, focus outlines removed with nothing in their place, and the
//! contrast of the colour pairs its rules set, over a small page of body text and a link.
//! The build checks the theme's stylesheet (and a site's override) this way, so a theme that
//! drops contrast fails at the line of the colour.

use scraper::ElementRef;

use super::cascade::Cascade;
use super::selector::Target;
use super::values::{self, ColorValue, Custom, Lengths, Rgba, contrast};
use super::{Origin, Rule, Scenario, Sheet};
use crate::a11y::Options;
use crate::a11y::dom::{Page, name};
use crate::a11y::finding::Finding;

/// The page the stylesheet is tried on: text, a link, and a focusable button.
const SAMPLE: &str = "<!doctype html><html lang=en><head><title>Sample</title></head><body><main><p>Text in a paragraph with <a href=\"#x\">a link</a>.</p><button type=button>Button</button></main></body></html>";

/// The rules of one stylesheet that need no page. `sheet` is at index 1 of the cascade.
pub fn check(sheet: &Sheet, options: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    declarations(sheet, &mut out);
    let page = Page::parse("(sample page)", SAMPLE);
    let cascade = Cascade::new(
        &page,
        vec![Sheet::browser_shared(), std::sync::Arc::new(sheet.clone())],
    );
    for scenario in Scenario::CHECKED {
        pairs(&cascade, &scenario, options, &mut out);
    }
    crate::a11y::finding::sort(&mut out);
    out
}

/// The rules about single declarations (absolute font sizes, orientation locks), for a
/// stylesheet a page uses.
pub fn declarations_only(sheet: &Sheet) -> Vec<Finding> {
    let mut out = Vec::new();
    declarations(sheet, &mut out);
    out
}

/// Declarations wrong wherever they are used: absolute font sizes, orientation locks.
fn declarations(sheet: &Sheet, out: &mut Vec<Finding>) {
    for rule in &sheet.rules {
        let on_screen = Scenario::CHECKED.iter().any(|s| rule.applies(s));
        for d in &rule.declarations {
            let value = d.value.to_ascii_lowercase();
            if d.name == "font-size" && on_screen && !value.contains("var(") {
                let at = Lengths {
                    em: 16.0,
                    rem: 16.0,
                    percent: 16.0,
                };
                if let Some((px, false)) = values::length(&value, at) {
                    let message = format!(
                        "font-size: {} is in absolute units ({px:.0} px) and ignores the reader's text size",
                        d.value
                    );
                    out.push(at_declaration(
                        sheet,
                        "font-size-absolute",
                        message,
                        d.range.clone(),
                    ));
                }
            }
            let rotates = d.name == "transform" && value.contains("rotate");
            if rotates
                && rule
                    .media
                    .iter()
                    .any(|m| m.to_ascii_lowercase().contains("orientation"))
                && locks(rule)
            {
                let message = "the page is rotated in an orientation media query, locking it to one orientation".to_owned();
                out.push(at_declaration(
                    sheet,
                    "css-orientation-lock",
                    message,
                    d.range.clone(),
                ));
            }
        }
    }
}

fn locks(rule: &Rule) -> bool {
    rule.selectors.iter().any(|s| {
        let t = s.text.trim().to_ascii_lowercase();
        matches!(
            t.as_str(),
            "html" | "body" | ":root" | "main" | "#app" | "#root" | "body > *"
        )
    })
}

fn at_declaration(
    sheet: &Sheet,
    code: &'static str,
    message: String,
    range: std::ops::Range<usize>,
) -> Finding {
    Finding::new(code, message, sheet.position(range.clone())).with_snippet(sheet.snippet(range))
}

/// Colour pairs: the sample page's text and link, and each rule that sets a colour or a
/// background, paired with what it does not set from the page around it.
fn pairs(cascade: &Cascade, scenario: &Scenario, options: &Options, out: &mut Vec<Finding>) {
    let styles = cascade.styles(scenario);
    let page = cascade.page;
    let find = |tag: &str| page.elements().find(|e| name(*e) == tag);
    let (Some(p), Some(a)) = (find("p"), find("a")) else {
        return;
    };
    let root = page.root();
    let canvas = if styles[&root.id()].dark_ui {
        Rgba::rgb(18, 18, 18)
    } else {
        Rgba::rgb(255, 255, 255)
    };
    let backdrop = |e: ElementRef| {
        let mut colour = canvas;
        let mut origin = None;
        for x in std::iter::once(e)
            .chain(crate::a11y::dom::ancestors(e))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let s = &styles[&x.id()];
            if s.background.a > 0.0 {
                colour = s.background.over(colour);
                origin = s.background_origin.clone().or(origin);
            }
        }
        (colour, origin)
    };
    let (page_bg, page_bg_origin) = backdrop(p);
    let text = &styles[&p.id()];
    let link = &styles[&a.id()];
    let mut check = |fg: Rgba,
                     fg_origin: Option<Origin>,
                     bg: Rgba,
                     bg_origin: Option<Origin>,
                     large: bool,
                     what: &str| {
        let fg = fg.over(bg);
        let ratio = contrast(fg, bg);
        let aa = if large { 3.0 } else { 4.5 };
        let wanted = match options.contrast {
            crate::a11y::ContrastLevel::Aa => aa,
            crate::a11y::ContrastLevel::Aaa => {
                if large {
                    4.5
                } else {
                    7.0
                }
            }
        };
        if ratio + 0.005 >= wanted {
            return;
        }
        let Some(origin) = fg_origin
            .filter(|o| o.sheet == 1)
            .or(bg_origin.filter(|o| o.sheet == 1))
        else {
            return;
        };
        let code = if ratio + 0.005 < aa {
            "color-contrast"
        } else {
            "color-contrast-enhanced"
        };
        let sheet = &cascade.sheets[1];
        let message = format!(
            "{what} {} on {} has a contrast of {ratio:.2}:1, below {wanted}:1{}",
            fg.hex(),
            bg.hex(),
            scenario.describe()
        );
        out.push(
            Finding::new(code, message, sheet.position(origin.range.clone()))
                .with_snippet(sheet.snippet(origin.range)),
        );
    };
    check(
        text.color,
        text.color_origin.clone(),
        page_bg,
        page_bg_origin.clone(),
        false,
        "body text",
    );
    check(
        link.color,
        link.color_origin.clone(),
        page_bg,
        page_bg_origin.clone(),
        false,
        "link text",
    );
    let customs = &text.customs;
    for rule in cascade.sheets[1]
        .rules
        .iter()
        .filter(|r| r.applies(scenario))
    {
        if rule
            .selectors
            .iter()
            .all(|s| s.target != Target::Element || s.states.other)
        {
            continue;
        }
        let Some(colours) = rule_colours(rule, customs, text.dark_ui) else {
            continue;
        };
        let large = rule_is_large(rule, customs);
        let subject_is_link = rule.selectors.iter().any(|s| {
            s.text
                .split([' ', '>', '+', '~'])
                .next_back()
                .is_some_and(|last| last.starts_with('a'))
        });
        match colours {
            (Some((fg, fo)), Some((bg, bo))) => {
                check(fg, Some(fo), bg.over(page_bg), Some(bo), large, "text")
            }
            (Some((fg, fo)), None) => {
                check(fg, Some(fo), page_bg, page_bg_origin.clone(), large, "text")
            }
            (None, Some((bg, bo))) => {
                let bg = bg.over(page_bg);
                check(
                    text.color,
                    text.color_origin.clone(),
                    bg,
                    Some(bo.clone()),
                    large,
                    "body text",
                );
                if !subject_is_link {
                    check(
                        link.color,
                        link.color_origin.clone(),
                        bg,
                        Some(bo),
                        large,
                        "link text",
                    );
                }
            }
            (None, None) => {}
        }
    }
}

type Colour = (Rgba, Origin);

/// The text colour and background a rule sets, with `var()` resolved from the root.
fn rule_colours(
    rule: &Rule,
    root: &std::collections::BTreeMap<String, Custom>,
    dark: bool,
) -> Option<(Option<Colour>, Option<Colour>)> {
    let mut customs = root.clone();
    for d in rule
        .declarations
        .iter()
        .filter(|d| d.name.starts_with("--"))
    {
        customs.insert(
            d.name.clone(),
            Custom {
                value: d.value.clone(),
                origin: Origin {
                    sheet: 1,
                    range: d.range.clone(),
                },
            },
        );
    }
    let mut fg = None;
    let mut bg = None;
    for d in &rule.declarations {
        let is_bg = matches!(d.name.as_str(), "background" | "background-color");
        if d.name != "color" && !is_bg {
            continue;
        }
        let (value, via) = values::substitute(&d.value, &customs)?;
        let origin = via.unwrap_or(Origin {
            sheet: 1,
            range: d.range.clone(),
        });
        let parsed = if d.name == "background" {
            values::colour_in_shorthand(&value, dark).0
        } else {
            values::color(&value, dark)
        };
        if let Some(ColorValue::Color(c)) = parsed {
            if is_bg {
                if c.a > 0.0 {
                    bg = Some((c, origin));
                }
            } else {
                fg = Some((c, origin));
            }
        }
    }
    Some((fg, bg))
}

fn rule_is_large(rule: &Rule, customs: &std::collections::BTreeMap<String, Custom>) -> bool {
    let at = Lengths {
        em: 20.0,
        rem: 16.0,
        percent: 20.0,
    };
    let size = rule
        .declarations
        .iter()
        .filter(|d| d.name == "font-size")
        .filter_map(|d| {
            let (v, _) = values::substitute(&d.value, customs)?;
            values::length(&v, at).map(|l| l.0)
        })
        .next_back();
    let bold = rule.declarations.iter().any(|d| {
        d.name == "font-weight"
            && (d.value.contains("bold") || d.value.trim().parse::<f32>().is_ok_and(|w| w >= 600.0))
    });
    size.is_some_and(|s| s >= 24.0 || bold && s >= 18.66)
}
