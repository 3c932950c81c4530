//! The colour, focus and size rules on a page, from its cascade: text contrast (AA or AAA),
//! links marked by colour alone, focus indicators that are removed or too faint, targets
//! smaller than the options' size, words split apart by a flex or grid box, and (easy read)
//! italics and capitals made by CSS.

use std::collections::{BTreeSet, HashMap};

use ego_tree::NodeId;
use scraper::{ElementRef, Node};

use super::cascade::{Cascade, INLINE, Style};
use super::selector::States;
use super::values::{self, ColorValue, Lengths, Rgba, contrast};
use super::{Origin, Scenario};
use crate::a11y::dom::{ancestors, attr, name, parent};
use crate::a11y::finding::{Finding, Position};
use crate::a11y::{ContrastLevel, Options, aria};

/// Runs every style rule of a page.
pub fn check(cascade: &Cascade, options: &Options) -> Vec<Finding> {
    let mut out = Findings {
        cascade,
        options,
        list: Vec::new(),
        seen: BTreeSet::new(),
        scenario: Scenario::CHECKED[0],
    };
    for scenario in Scenario::CHECKED {
        out.scenario = scenario;
        let styles = cascade.styles(&scenario);
        let ctx = Looked {
            cascade,
            styles: &styles,
            scenario,
        };
        text_contrast(&ctx, &mut out);
        links_in_text(&ctx, &mut out);
        focus(&ctx, &mut out);
        if scenario == Scenario::CHECKED[0] {
            targets(&ctx, &mut out);
            split_text(&ctx, &mut out);
            if options.easy_read {
                easy_read(&ctx, &mut out);
            }
        }
    }
    out.list
}

/// One scenario's computed styles.
struct Looked<'a, 'p> {
    cascade: &'a Cascade<'p>,
    styles: &'a HashMap<NodeId, Style>,
    scenario: Scenario,
}

impl Looked<'_, '_> {
    fn style(&self, e: ElementRef<'_>) -> &Style {
        &self.styles[&e.id()]
    }

    /// The colour behind `e`: every background from the canvas down to `e`, painted in
    /// order. `None` when one of them is a picture or gradient.
    fn backdrop(&self, e: ElementRef<'_>) -> Option<(Rgba, Option<Origin>)> {
        let chain: Vec<ElementRef> = std::iter::once(e).chain(ancestors(e)).collect();
        let root = self.style(self.cascade.page.root());
        let mut colour = if root.dark_ui {
            Rgba::rgb(18, 18, 18)
        } else {
            Rgba::rgb(255, 255, 255)
        };
        let mut origin = None;
        for a in chain.iter().rev() {
            let s = self.style(*a);
            if s.background_image {
                return None;
            }
            if s.background.a > 0.0 {
                colour = s.background.over(colour);
                if s.background_origin.is_some() {
                    origin = s.background_origin.clone();
                }
            }
        }
        Some((colour, origin))
    }
}

/// Findings, each made once per place and message.
struct Findings<'a, 'p> {
    cascade: &'a Cascade<'p>,
    options: &'a Options,
    list: Vec<Finding>,
    seen: BTreeSet<(&'static str, Position, String)>,
    scenario: Scenario,
}

impl Findings<'_, '_> {
    fn position(&self, origin: &Origin, e: ElementRef<'_>) -> (Position, String) {
        if origin.sheet == INLINE {
            let page = self.cascade.page;
            return (page.position(e), page.snippet(e));
        }
        let sheet = &self.cascade.sheets[origin.sheet];
        (
            sheet.position(origin.range.clone()),
            sheet.snippet(origin.range.clone()),
        )
    }

    /// Reports at the first author origin given, else at the element; the element is always
    /// named too.
    fn report(
        &mut self,
        code: &'static str,
        message: String,
        origins: &[Option<&Origin>],
        e: ElementRef<'_>,
    ) {
        let page = self.cascade.page;
        let author = origins
            .iter()
            .flatten()
            .find(|o| o.sheet == INLINE || !self.cascade.sheets[o.sheet].browser);
        let (position, snippet) = match author {
            Some(o) => self.position(o, e),
            None => (page.position(e), page.snippet(e)),
        };
        // The same finding in another scenario (dark mode that changes nothing) is said once.
        if !self.seen.insert((code, position.clone(), message.clone())) {
            return;
        }
        let message = format!("{message}{}", self.scenario.describe());
        let mut f = Finding::new(code, message, position.clone()).with_snippet(snippet);
        if position != page.position(e) {
            f = f.also_at(page.position(e));
        }
        self.list.push(f);
    }
}

/// Elements with text of their own that is shown.
fn text_elements<'a>(ctx: &'a Looked) -> impl Iterator<Item = ElementRef<'a>> + 'a {
    ctx.cascade.page.elements().filter(move |e| {
        !ctx.style(*e).hidden
            && !matches!(
                name(*e),
                "option" | "script" | "style" | "title" | "textarea"
            )
            && !disabled(*e)
            && e.children()
                .any(|c| matches!(c.value(), Node::Text(t) if t.chars().any(char::is_alphanumeric)))
    })
}

fn disabled(e: ElementRef<'_>) -> bool {
    std::iter::once(e).chain(ancestors(e)).any(|a| {
        attr(a, "disabled").is_some()
            && matches!(
                name(a),
                "button" | "input" | "select" | "textarea" | "fieldset"
            )
            || attr(a, "aria-disabled") == Some("true")
    })
}

fn large(style: &Style) -> bool {
    style.font_px >= 24.0 || style.bold && style.font_px >= 18.66
}

/// The ratios text needs: (AA, the options' level).
fn needed(options: &Options, large: bool) -> (f32, f32) {
    let aa = if large { 3.0 } else { 4.5 };
    let wanted = match options.contrast {
        ContrastLevel::Aa => aa,
        ContrastLevel::Aaa => {
            if large {
                4.5
            } else {
                7.0
            }
        }
    };
    (aa, wanted)
}

fn text_contrast(ctx: &Looked, out: &mut Findings) {
    for e in text_elements(ctx) {
        let style = ctx.style(e);
        let Some((bg, bg_origin)) = ctx.backdrop(e) else {
            continue;
        };
        let fg = style.color.over(bg);
        let ratio = contrast(fg, bg);
        let is_large = large(style);
        let (aa, wanted) = needed(out.options, is_large);
        if ratio + 0.005 >= wanted {
            continue;
        }
        let code = if ratio + 0.005 < aa {
            "color-contrast"
        } else {
            "color-contrast-enhanced"
        };
        let size = if is_large { "large text" } else { "text" };
        let message = format!(
            "{size} {} on {} has a contrast of {:.2}:1, below {wanted}:1",
            fg.hex(),
            bg.hex(),
            ratio
        );
        out.report(
            code,
            message,
            &[style.color_origin.as_ref(), bg_origin.as_ref()],
            e,
        );
    }
}

const BLOCKS: &[&str] = &[
    "p",
    "li",
    "td",
    "th",
    "dd",
    "dt",
    "blockquote",
    "figcaption",
    "caption",
    "label",
    "legend",
    "div",
    "section",
    "article",
    "main",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "footer",
    "nav",
    "aside",
    "ul",
    "ol",
    "dl",
    "table",
    "tr",
    "form",
    "fieldset",
    "figure",
    "details",
    "summary",
    "address",
    "pre",
];

/// Is the link part of a sentence: does its block have words of its own besides links
/// (leaving out blocks inside the block)?
fn in_text_block(e: ElementRef<'_>) -> bool {
    let Some(block) = ancestors(e).find(|a| BLOCKS.contains(&name(*a))) else {
        return false;
    };
    let mut words = String::new();
    for d in block.descendants() {
        if let Node::Text(t) = d.value() {
            let between: Vec<ElementRef> = d
                .ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| a.id() != block.id())
                .collect();
            let elsewhere = between.iter().any(|a| {
                name(*a) == "a"
                    || name(*a) == "button"
                    || BLOCKS.contains(&name(*a))
                    || crate::a11y::dom::hidden_self(*a)
            });
            if !elsewhere {
                words.push_str(t);
            }
        }
    }
    words.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

fn links_in_text(ctx: &Looked, out: &mut Findings) {
    for e in ctx
        .cascade
        .page
        .elements()
        .filter(|e| name(*e) == "a" && attr(*e, "href").is_some())
    {
        let style = ctx.style(e);
        if style.hidden
            || style.underline
            || !in_text_block(e)
            || !e.text().any(|t| !t.trim().is_empty())
        {
            continue;
        }
        let Some(p) = parent(e) else { continue };
        let around = ctx.style(p);
        let border = style
            .get("border-bottom")
            .or(style.get("border-block-end"))
            .or(style.get("border"))
            .is_some_and(|b| !b.contains("none") && !b.starts_with('0'));
        let boxed = style.background.a > 0.0 && style.background != around.background;
        let bolder = style.bold && !around.bold;
        if border || boxed || bolder {
            continue;
        }
        let bg = ctx.backdrop(e).map_or(Rgba::rgb(255, 255, 255), |b| b.0);
        let ratio = contrast(style.color.over(bg), around.color.over(bg));
        let message = format!(
            "this link in a sentence is not underlined; only its colour ({} against the text's {}, {:.2}:1) marks it",
            style.color.hex(),
            around.color.hex(),
            ratio
        );
        out.report(
            "link-in-text-block",
            message,
            &[style.decoration_origin.as_ref()],
            e,
        );
    }
}

/// What a focus indicator is made of.
struct Indicator {
    visible: bool,
    colours: Vec<(Rgba, Option<Origin>)>,
    removed_at: Option<Origin>,
}

fn focus(ctx: &Looked, out: &mut Findings) {
    let page = ctx.cascade.page;
    for e in page
        .elements()
        .filter(|e| aria::focusable(*e) && !matches!(name(*e), "iframe"))
    {
        let normal = ctx.style(e);
        if normal.hidden || attr(e, "tabindex").is_some_and(|t| t.trim() == "-1") {
            continue;
        }
        let parent_style = parent(e)
            .map(|p| ctx.style(p).clone())
            .unwrap_or_else(|| normal.clone());
        let rem = ctx.style(page.root()).font_px;
        let focused = ctx.cascade.compute_with_rem(
            e,
            &parent_style,
            &ctx.scenario,
            States {
                focus: true,
                ..States::default()
            },
            false,
            rem,
        );
        let indicator = indicator(normal, &focused);
        let Some((behind, _)) = ctx.backdrop(parent(e).unwrap_or(e)) else {
            continue;
        };
        if !indicator.visible {
            let message = format!(
                "<{}> shows no focus indicator: the outline is removed and nothing replaces it",
                name(e)
            );
            out.report(
                "focus-visible",
                message,
                &[indicator.removed_at.as_ref()],
                e,
            );
            continue;
        }
        if indicator.colours.is_empty() {
            continue;
        }
        // The indicator sits between the element's own background and the page around it:
        // standing out from either is enough to see it.
        let own = ctx.backdrop(e).map_or(behind, |b| b.0);
        let best = indicator
            .colours
            .iter()
            .map(|(c, o)| {
                let ratio = contrast(c.over(behind), behind).max(contrast(c.over(own), own));
                (ratio, o)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((ratio, origin)) = best
            && ratio + 0.005 < 3.0
        {
            let message = format!(
                "the focus indicator of this <{}> has a contrast of {:.2}:1 against {}, below 3:1",
                name(e),
                ratio,
                behind.hex()
            );
            out.report("non-text-contrast", message, &[origin.as_ref()], e);
        }
    }
}

/// Compares an element's focused style with its normal one.
fn indicator(normal: &Style, focused: &Style) -> Indicator {
    let mut colours = Vec::new();
    let mut visible = false;
    let outline = Outline::of(focused);
    let origin_of = |slot: &str| focused.declared.get(slot).map(|w| w.origin.clone());
    let mut removed_at = None;
    if outline.shown() {
        visible = true;
        // `auto` is the browser's own ring, drawn in two colours to show on any background.
        if outline.style != "auto" || focused.declared.contains_key("outline-color") {
            let origin = origin_of("outline-color").or(origin_of("outline-style"));
            colours.push((resolve(outline.colour, focused), origin));
        }
    } else {
        removed_at = origin_of("outline-style").or(origin_of("outline-width"));
    }
    // Anything else that changes on focus is an indicator too.
    if focused.get("box-shadow") != normal.get("box-shadow")
        && let Some(shadow) = focused
            .get("box-shadow")
            .filter(|s| !s.trim().eq_ignore_ascii_case("none"))
    {
        visible = true;
        let c = values::colour_in_shorthand(shadow, focused.dark_ui).0;
        colours.push((
            resolve(c, focused),
            focused.declared.get("box-shadow").map(|w| w.origin.clone()),
        ));
    }
    if focused.background != normal.background {
        visible = true;
        colours.push((focused.background, focused.background_origin.clone()));
    }
    let border_keys = [
        "border",
        "border-color",
        "border-width",
        "border-style",
        "border-bottom",
        "border-block-end",
        "border-bottom-color",
        "border-bottom-width",
    ];
    if border_keys.iter().any(|k| focused.get(k) != normal.get(k)) {
        visible = true;
    }
    if focused.color != normal.color || focused.underline != normal.underline {
        visible = true;
    }
    Indicator {
        visible,
        colours,
        removed_at,
    }
}

/// An element's outline, from the longhands or the `outline` shorthand that set them.
struct Outline {
    style: String,
    width: f32,
    colour: Option<ColorValue>,
}

impl Outline {
    fn of(style: &Style) -> Outline {
        let part = |slot: &str| {
            style
                .declared
                .get(slot)
                .map(|w| (w.value.to_ascii_lowercase(), w.property == "outline"))
        };
        const STYLES: &[&str] = &[
            "none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset",
            "outset", "auto",
        ];
        let kind = match part("outline-style") {
            Some((v, true)) => v
                .split_whitespace()
                .find(|w| STYLES.contains(w))
                .unwrap_or("none")
                .to_owned(),
            Some((v, false)) => v.trim().to_owned(),
            None => "none".to_owned(),
        };
        let at = Lengths {
            em: style.font_px,
            rem: 16.0,
            percent: f32::NAN,
        };
        let width_of = |w: &str| match w {
            "thin" => Some(1.0),
            "medium" => Some(3.0),
            "thick" => Some(5.0),
            w => values::length(w, at).map(|l| l.0),
        };
        let width = match part("outline-width") {
            Some((v, true)) => v.split_whitespace().find_map(width_of).unwrap_or(3.0),
            Some((v, false)) => width_of(v.trim()).unwrap_or(3.0),
            None => 3.0,
        };
        let colour = match part("outline-color") {
            Some((v, true)) => values::colour_in_shorthand(&v, style.dark_ui).0,
            Some((v, false)) => values::color(&v, style.dark_ui),
            None => None,
        };
        Outline {
            style: kind,
            width,
            colour,
        }
    }

    fn shown(&self) -> bool {
        !matches!(self.style.as_str(), "none" | "hidden") && self.width > 0.0
    }
}

fn resolve(c: Option<ColorValue>, style: &Style) -> Rgba {
    match c {
        Some(ColorValue::Color(c)) => c,
        _ => style.color,
    }
}

fn targets(ctx: &Looked, out: &mut Findings) {
    let page = ctx.cascade.page;
    for e in page.elements().filter(|e| aria::interactive(*e)) {
        let style = ctx.style(e);
        if style.hidden || name(e) == "a" && in_text_block(e) {
            continue;
        }
        let display = style
            .get("display")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let boxed = !matches!(name(e), "a" | "span" | "summary")
            || display.contains("block")
            || display.contains("flex")
            || display.contains("grid")
            || display.contains("table");
        if !boxed {
            continue;
        }
        let rem = ctx.style(page.root()).font_px;
        let at = Lengths {
            em: style.font_px,
            rem,
            percent: f32::NAN,
        };
        let size = |keys: &[&str]| -> Option<(f32, Origin)> {
            keys.iter()
                .filter_map(|k| style.declared.get(*k))
                .filter_map(|w| values::length(&w.value, at).map(|l| (l.0, w.origin.clone())))
                .max_by(|a, b| a.0.total_cmp(&b.0))
        };
        let height = size(&["height", "min-height", "block-size", "min-block-size"]);
        let width = size(&["width", "min-width", "inline-size", "min-inline-size"]);
        // The smaller side decides; one finding per control.
        let smallest = [
            height.map(|(p, o)| (p, o, "tall")),
            width.map(|(p, o)| (p, o, "wide")),
        ]
        .into_iter()
        .flatten()
        .min_by(|a, b| a.0.total_cmp(&b.0));
        let want = out.options.target_size;
        if let Some((px, origin, which)) = smallest
            && px + 0.01 < want
        {
            let code = if px + 0.01 < 24.0 {
                "target-size"
            } else {
                "target-size-enhanced"
            };
            let message = format!(
                "this <{}> is {px:.0} CSS px {which}, smaller than {want:.0} px",
                name(e)
            );
            out.report(code, message, &[Some(&origin)], e);
        }
    }
}

/// A flex or grid box makes each run of text beside an element an anonymous box of its own,
/// whose spaces at the edges are dropped: `Book a <abbr>GP</abbr> visit` shows as
/// "Book aGPvisit", and the boxes do not wrap as one line of words.
fn split_text(ctx: &Looked, out: &mut Findings) {
    for e in ctx.cascade.page.elements() {
        let style = ctx.style(e);
        let Some(display) = style.declared.get("display") else {
            continue;
        };
        let value = display.value.to_ascii_lowercase();
        if style.hidden || !(value.contains("flex") || value.contains("grid")) {
            continue;
        }
        let shown = |n: ego_tree::NodeRef<'_, Node>| match ElementRef::wrap(n) {
            Some(child) => name(child) != "br" && !ctx.style(child).hidden,
            None => false,
        };
        let split = e.children().any(|n| {
            let Node::Text(t) = n.value() else {
                return false;
            };
            let text: &str = t;
            if text.trim().is_empty() {
                return false;
            }
            let before =
                text.starts_with(char::is_whitespace) && n.prev_sibling().is_some_and(shown);
            let after = text.ends_with(char::is_whitespace) && n.next_sibling().is_some_and(shown);
            before || after
        });
        if split {
            let message = format!(
                "this <{}> is a {} box with words and elements side by side: the spaces between them are not shown",
                name(e),
                if value.contains("flex") {
                    "flex"
                } else {
                    "grid"
                },
            );
            out.report("flex-text-split", message, &[Some(&display.origin)], e);
        }
    }
}

fn easy_read(ctx: &Looked, out: &mut Findings) {
    let page = ctx.cascade.page;
    let Some(main) = page.elements().find(|e| name(*e) == "main") else {
        return;
    };
    for e in text_elements(ctx).filter(|e| ancestors(*e).any(|a| a.id() == main.id())) {
        let style = ctx.style(e);
        if let Some(origin) = &style.italic {
            out.report(
                "text-italic",
                format!("text in <{}> is shown in italics", name(e)),
                &[origin.as_ref()],
                e,
            );
        }
        if let Some(origin) = &style.uppercase {
            out.report(
                "text-block-capitals",
                format!(
                    "text in <{}> is shown in capitals (text-transform: uppercase)",
                    name(e)
                ),
                &[Some(origin)],
                e,
            );
        }
    }
}
