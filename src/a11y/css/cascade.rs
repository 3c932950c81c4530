//! The cascade of one page: which declarations win on each element, in a scenario and a
//! state (normal, focused, visited), and the computed values the checks read (colour,
//! background, font size, weight and style, decoration, outline, sizes), inherited the way
//! CSS inherits them.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use ego_tree::NodeId;
use scraper::ElementRef;

use super::selector::{Key, States, Target};
use super::values::{self, ColorValue, Custom, Lengths, Rgba};
use super::{Declaration, Origin, Scenario, Sheet};
use crate::a11y::dom::{Page, attr};

/// The sheet index used for `style` attributes.
pub const INLINE: usize = usize::MAX;

/// A declaration that won, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Won {
    /// The value as written (after `var()`).
    pub value: String,
    /// Where.
    pub origin: Origin,
    /// The property written: the longhand itself, or the shorthand that set it.
    pub property: String,
}

/// A declaration that applies to an element: its cascade order (important, origin,
/// specificity, sheet, rule, position), the declaration, and its sheet.
type Candidate<'d> = (
    (bool, u8, (u32, u32, u32), usize, usize, usize),
    &'d Declaration,
    usize,
);

/// A longhand and the property that set it.
#[derive(Clone, Copy)]
struct Slot<'a> {
    name: &'a str,
    property: &'a str,
}

/// The longhands a property sets, for the ones the checks read.
fn slots(property: &str) -> [Option<&str>; 3] {
    match property {
        "background" => [Some("background-color"), Some("background-image"), None],
        "outline" => [
            Some("outline-style"),
            Some("outline-width"),
            Some("outline-color"),
        ],
        "text-decoration" => [
            Some("text-decoration-line"),
            Some("text-decoration-color"),
            None,
        ],
        "border" => [
            Some("border"),
            Some("border-bottom"),
            Some("border-block-end"),
        ],
        p => [Some(p), None, None],
    }
}

/// The computed values the checks need.
#[derive(Debug, Clone)]
pub struct Style {
    /// Text colour.
    pub color: Rgba,
    /// Where the text colour was set (through `var()` to the colour itself); `None` for the
    /// browser's default.
    pub color_origin: Option<Origin>,
    /// The element's own background colour (transparent when none).
    pub background: Rgba,
    /// Where it was set.
    pub background_origin: Option<Origin>,
    /// The background also has an image or gradient, so contrast cannot be known.
    pub background_image: bool,
    /// Font size in CSS px.
    pub font_px: f32,
    /// Bold (weight 600 or more).
    pub bold: bool,
    /// Italic or oblique, and where that was set.
    pub italic: Option<Option<Origin>>,
    /// `text-transform: uppercase`, and where.
    pub uppercase: Option<Origin>,
    /// Not rendered (`display: none` here or above, `visibility: hidden`).
    pub hidden: bool,
    /// Underlined (its own decoration or an ancestor's).
    pub underline: bool,
    /// Where the decoration was removed, when an author removed it.
    pub decoration_origin: Option<Origin>,
    /// The browser uses dark system colours here (`color-scheme` allows dark, dark is asked for).
    pub dark_ui: bool,
    /// Custom properties in scope.
    pub customs: Rc<BTreeMap<String, Custom>>,
    /// The winning declaration of every property the checks compare (after `var()`).
    pub declared: BTreeMap<String, Won>,
}

impl Style {
    /// The style of the initial containing block: the browser's canvas.
    fn initial() -> Style {
        Style {
            color: Rgba::rgb(0, 0, 0),
            color_origin: None,
            background: Rgba::TRANSPARENT,
            background_origin: None,
            background_image: false,
            font_px: 16.0,
            bold: false,
            italic: None,
            uppercase: None,
            hidden: false,
            underline: false,
            decoration_origin: None,
            dark_ui: false,
            customs: Rc::new(BTreeMap::new()),
            declared: BTreeMap::new(),
        }
    }

    /// What a child starts from: every field copied except the winning declarations, which
    /// are the element's own (and would be a deep copy).
    fn inherited(&self) -> Style {
        Style {
            customs: Rc::clone(&self.customs),
            declared: BTreeMap::new(),
            color_origin: self.color_origin.clone(),
            background_origin: self.background_origin.clone(),
            italic: self.italic.clone(),
            uppercase: self.uppercase.clone(),
            decoration_origin: self.decoration_origin.clone(),
            ..*self
        }
    }

    /// A declared value, after `var()`.
    pub fn get(&self, property: &str) -> Option<&str> {
        self.declared.get(property).map(|w| w.value.as_str())
    }
}

/// A rule's selector matched on an element.
#[derive(Debug, Clone, Copy)]
struct Match {
    sheet: usize,
    rule: usize,
    specificity: (u32, u32, u32),
    states: States,
    target: Target,
}

/// The sheets of a page and which of their selectors match each element.
pub struct Cascade<'p> {
    /// The page.
    pub page: &'p Page,
    /// Its sheets: the browser's first, then the author's in document order.
    pub sheets: Vec<Arc<Sheet>>,
    matches: HashMap<NodeId, Vec<Match>>,
    /// Each element's `style` attribute, read once.
    inline: HashMap<NodeId, Vec<Declaration>>,
    /// Whether each rule applies in each of [`Scenario::CHECKED`], worked out once.
    applies: Vec<Vec<Vec<bool>>>,
}

/// A page's winning declarations on one element, by property.
type Winners<'c> = BTreeMap<&'c str, (&'c Declaration, Origin)>;

/// The selectors of a page's sheets by their [`Key`], so each element is matched only
/// against those that can match it (the way browsers hash rules): a page is checked against
/// a whole theme in a fraction of the time.
struct Index {
    by_id: HashMap<String, Vec<(usize, usize, usize)>>,
    by_class: HashMap<String, Vec<(usize, usize, usize)>>,
    by_tag: HashMap<String, Vec<(usize, usize, usize)>>,
    any: Vec<(usize, usize, usize)>,
}

impl Index {
    fn new(sheets: &[Arc<Sheet>]) -> Index {
        let mut index = Index {
            by_id: HashMap::new(),
            by_class: HashMap::new(),
            by_tag: HashMap::new(),
            any: Vec::new(),
        };
        for (s, sheet) in sheets.iter().enumerate() {
            for (r, rule) in sheet.rules.iter().enumerate() {
                for (c, selector) in rule.selectors.iter().enumerate() {
                    if selector.target == Target::Other {
                        continue;
                    }
                    let at = (s, r, c);
                    match &selector.key {
                        Key::Id(name) => index.by_id.entry(name.clone()).or_default().push(at),
                        Key::Class(name) => {
                            index.by_class.entry(name.clone()).or_default().push(at)
                        }
                        Key::Tag(name) => index.by_tag.entry(name.clone()).or_default().push(at),
                        Key::Any => index.any.push(at),
                    }
                }
            }
        }
        index
    }

    /// The selectors that may match `e`: each once.
    fn candidates(&self, e: ElementRef<'_>) -> Vec<(usize, usize, usize)> {
        let element = e.value();
        let mut out = self.any.clone();
        let tag = element.name().to_ascii_lowercase();
        out.extend(self.by_tag.get(&tag).into_iter().flatten());
        if let Some(id) = element.attr("id") {
            out.extend(
                self.by_id
                    .get(&id.to_ascii_lowercase())
                    .into_iter()
                    .flatten(),
            );
        }
        let mut classes: Vec<String> = element
            .attr("class")
            .unwrap_or_default()
            .split_ascii_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        classes.sort();
        classes.dedup();
        for class in &classes {
            out.extend(self.by_class.get(class).into_iter().flatten());
        }
        out
    }
}

/// Properties whose winning value is kept in [`Style::declared`].
const KEPT: &[&str] = &[
    "color",
    "background",
    "background-color",
    "background-image",
    "outline",
    "outline-style",
    "outline-width",
    "outline-color",
    "outline-offset",
    "box-shadow",
    "border",
    "border-color",
    "border-width",
    "border-style",
    "border-bottom",
    "border-block-end",
    "border-top",
    "border-left",
    "border-right",
    "border-inline-start",
    "border-inline-end",
    "border-bottom-color",
    "border-bottom-width",
    "border-bottom-style",
    "text-decoration",
    "text-decoration-line",
    "text-decoration-color",
    "text-decoration-thickness",
    "width",
    "height",
    "min-width",
    "min-height",
    "inline-size",
    "block-size",
    "min-inline-size",
    "min-block-size",
    "max-width",
    "max-height",
    "padding",
    "display",
    "font-size",
    "position",
    "color-scheme",
    "forced-color-adjust",
];

impl<'p> Cascade<'p> {
    /// Matches every selector of `sheets` against every element of `page`.
    pub fn new(page: &'p Page, sheets: Vec<Arc<Sheet>>) -> Cascade<'p> {
        let mut matches: HashMap<NodeId, Vec<Match>> = HashMap::new();
        let index = Index::new(&sheets);
        for e in page.elements() {
            let mut found = Vec::new();
            for (s, r, c) in index.candidates(e) {
                let selector = &sheets[s].rules[r].selectors[c];
                if selector.selector.matches(&e) {
                    found.push(Match {
                        sheet: s,
                        rule: r,
                        specificity: selector.specificity,
                        states: selector.states,
                        target: selector.target,
                    });
                }
            }
            matches.insert(e.id(), found);
        }
        let inline = page
            .elements()
            .filter_map(|e| attr(e, "style").map(|s| (e.id(), super::declarations(s))))
            .collect();
        let applies = Scenario::CHECKED
            .iter()
            .map(|scenario| {
                sheets
                    .iter()
                    .map(|sheet| sheet.rules.iter().map(|r| r.applies(scenario)).collect())
                    .collect()
            })
            .collect();
        Cascade {
            page,
            sheets,
            matches,
            inline,
            applies,
        }
    }

    /// Computed styles of every element in a scenario, in the normal state.
    pub fn styles(&self, scenario: &Scenario) -> HashMap<NodeId, Style> {
        let mut out = HashMap::new();
        let root = self.page.root();
        let initial = Style::initial();
        let root_style = self.compute(root, &initial, scenario, States::default(), false);
        let mut stack = vec![(root, root_style.font_px)];
        out.insert(root.id(), root_style);
        while let Some((e, rem)) = stack.pop() {
            let parent = &out[&e.id()];
            let children: Vec<_> = crate::a11y::dom::children(e)
                .map(|child| {
                    let mut style = self.compute_with_rem(
                        child,
                        parent,
                        scenario,
                        States::default(),
                        false,
                        rem,
                    );
                    if crate::a11y::dom::hidden_self(child)
                        && !matches!(crate::a11y::dom::name(child), "html" | "body")
                    {
                        style.hidden = true;
                    }
                    (child, style)
                })
                .collect();
            for (child, style) in children {
                out.insert(child.id(), style);
                stack.push((child, rem));
            }
        }
        // Elements the walk above cannot reach (inside <template>) are never rendered.
        for e in self.page.elements() {
            out.entry(e.id()).or_insert_with(|| Style {
                hidden: true,
                ..Style::initial()
            });
        }
        out
    }

    /// The style of `e` in `states` (focused, visited), given its parent's style.
    pub fn compute(
        &self,
        e: ElementRef<'_>,
        parent: &Style,
        scenario: &Scenario,
        states: States,
        generated: bool,
    ) -> Style {
        self.compute_with_rem(e, parent, scenario, states, generated, 16.0)
    }

    /// Like [`compute`](Self::compute), with the root font size.
    pub fn compute_with_rem(
        &self,
        e: ElementRef<'_>,
        parent: &Style,
        scenario: &Scenario,
        states: States,
        generated: bool,
        rem: f32,
    ) -> Style {
        let declared = self.winners(e, scenario, states, generated);
        let mut style = Style {
            background: Rgba::TRANSPARENT,
            background_origin: None,
            background_image: false,
            declared: BTreeMap::new(),
            decoration_origin: None,
            ..parent.inherited()
        };
        // Custom properties first: everything else may use them. Most elements set none, and
        // share their parent's (copying them for every element was most of a build's time).
        if declared.keys().any(|n| n.starts_with("--")) {
            style.customs = Rc::new(self.customs(&declared, &parent.customs));
        }
        for (name, (d, origin)) in declared.iter().filter(|(n, _)| !n.starts_with("--")) {
            let Some((value, via)) = values::substitute(&d.value, &style.customs) else {
                continue;
            };
            let origin = via.unwrap_or_else(|| origin.clone());
            let slot = Slot {
                name,
                property: &d.name,
            };
            self.apply(&mut style, parent, slot, &value, origin, scenario, rem);
        }
        style
    }

    /// The custom properties in scope on an element that declares some.
    fn customs(
        &self,
        declared: &Winners<'_>,
        parent: &BTreeMap<String, Custom>,
    ) -> BTreeMap<String, Custom> {
        let mut customs = parent.clone();
        for (name, (d, origin)) in declared.iter().filter(|(n, _)| n.starts_with("--")) {
            let value = values::substitute(&d.value, &customs)
                .map(|(v, o)| (v, o.unwrap_or_else(|| origin.clone())));
            match value {
                Some((v, o)) => customs.insert(
                    (*name).to_owned(),
                    Custom {
                        value: v,
                        origin: o,
                    },
                ),
                None => customs.remove(*name),
            };
        }
        customs
    }

    /// The winning declaration of each property on `e`.
    fn winners(
        &self,
        e: ElementRef<'_>,
        scenario: &Scenario,
        states: States,
        generated: bool,
    ) -> Winners<'_> {
        let applies = Scenario::CHECKED
            .iter()
            .position(|s| s == scenario)
            .map(|i| &self.applies[i]);
        let mut applicable: Vec<Candidate> = Vec::new();
        let wanted = if generated {
            Target::Generated
        } else {
            Target::Element
        };
        for m in self.matches.get(&e.id()).into_iter().flatten() {
            if m.target != wanted
                || m.states.other
                || m.states.focus && !states.focus
                || m.states.visited && !states.visited
            {
                continue;
            }
            // `a:link` and `a:visited` are exclusive: a visited link loses its :link colour.
            let rule = &self.sheets[m.sheet].rules[m.rule];
            let applies = match applies {
                Some(table) => table[m.sheet][m.rule],
                None => rule.applies(scenario),
            };
            if !applies {
                continue;
            }
            let level = if self.sheets[m.sheet].browser { 0 } else { 1 };
            for (i, d) in rule.declarations.iter().enumerate() {
                applicable.push((
                    (d.important, level, m.specificity, m.sheet, m.rule, i),
                    d,
                    m.sheet,
                ));
            }
        }
        if !generated {
            for (i, d) in self.inline.get(&e.id()).into_iter().flatten().enumerate() {
                applicable.push(((d.important, 2, (u32::MAX, 0, 0), INLINE, 0, i), d, INLINE));
            }
        }
        applicable.sort_by_key(|a| a.0);
        let mut won: Winners = BTreeMap::new();
        for (_, d, sheet) in applicable {
            let range = if sheet == INLINE {
                self.page.range(e)
            } else {
                d.range.clone()
            };
            // A shorthand sets its longhands: whichever comes later in the cascade wins.
            for slot in slots(&d.name).into_iter().flatten() {
                won.insert(
                    slot,
                    (
                        d,
                        Origin {
                            sheet,
                            range: range.clone(),
                        },
                    ),
                );
            }
        }
        won
    }

    #[allow(clippy::too_many_arguments)]
    fn apply(
        &self,
        style: &mut Style,
        parent: &Style,
        slot: Slot,
        value: &str,
        origin: Origin,
        scenario: &Scenario,
        rem: f32,
    ) {
        let name = slot.name;
        if KEPT.contains(&name) {
            style.declared.insert(
                name.to_owned(),
                Won {
                    value: value.to_owned(),
                    origin: origin.clone(),
                    property: slot.property.to_owned(),
                },
            );
        }
        let author = origin.sheet == INLINE || !self.sheets[origin.sheet].browser;
        let lower = value.trim().to_ascii_lowercase();
        match name {
            "color-scheme" => {
                style.dark_ui = scenario.dark && lower.split_whitespace().any(|w| w == "dark")
            }
            "color" => match values::color(value, style.dark_ui) {
                Some(ColorValue::Color(c)) => {
                    style.color = c;
                    style.color_origin = author.then_some(origin);
                }
                Some(ColorValue::Initial) => {
                    style.color = if style.dark_ui {
                        Rgba::rgb(255, 255, 255)
                    } else {
                        Rgba::rgb(0, 0, 0)
                    };
                    style.color_origin = None;
                }
                _ => {}
            },
            "background-color" => {
                let (c, image) = if slot.property == "background" {
                    values::colour_in_shorthand(value, style.dark_ui)
                } else {
                    (values::color(value, style.dark_ui), false)
                };
                style.background_image |= image;
                match c {
                    Some(ColorValue::Color(c)) => {
                        style.background = c;
                        style.background_origin = author.then_some(origin);
                    }
                    Some(ColorValue::Current) => {
                        style.background = style.color;
                        style.background_origin = author.then_some(origin);
                    }
                    Some(ColorValue::Inherit) => {
                        style.background = parent.background;
                        style.background_origin = parent.background_origin.clone();
                    }
                    Some(ColorValue::Initial) | None => {
                        style.background = Rgba::TRANSPARENT;
                        style.background_origin = None;
                    }
                }
            }
            "background-image" if slot.property == "background" => {
                style.background_image |= values::colour_in_shorthand(value, style.dark_ui).1
            }
            "background-image" => style.background_image = lower != "none",
            "font-size" => {
                let at = Lengths {
                    em: parent.font_px,
                    rem,
                    percent: parent.font_px,
                };
                let px = match lower.as_str() {
                    "xx-small" => Some(9.0),
                    "x-small" => Some(10.0),
                    "small" => Some(13.0),
                    "medium" => Some(16.0),
                    "large" => Some(18.0),
                    "x-large" => Some(24.0),
                    "xx-large" => Some(32.0),
                    "xxx-large" => Some(48.0),
                    "smaller" => Some(parent.font_px / 1.2),
                    "larger" => Some(parent.font_px * 1.2),
                    "inherit" | "unset" => Some(parent.font_px),
                    "initial" => Some(16.0),
                    _ => values::length(value, at).map(|l| l.0),
                };
                if let Some(px) = px {
                    style.font_px = px;
                }
            }
            "font-weight" => {
                style.bold = match lower.as_str() {
                    "bold" | "bolder" => true,
                    "normal" | "lighter" | "initial" => false,
                    "inherit" | "unset" => parent.bold,
                    n => n.parse::<f32>().map(|w| w >= 600.0).unwrap_or(style.bold),
                }
            }
            "font-style" => {
                style.italic = if lower.starts_with("italic") || lower.starts_with("oblique") {
                    Some(author.then_some(origin))
                } else if matches!(lower.as_str(), "inherit" | "unset") {
                    parent.italic.clone()
                } else {
                    None
                }
            }
            "text-transform" => {
                style.uppercase = match lower.as_str() {
                    "uppercase" => Some(origin),
                    "inherit" | "unset" => parent.uppercase.clone(),
                    _ => None,
                }
            }
            "display" if lower == "none" => style.hidden = true,
            "visibility" => {
                style.hidden = style.hidden || matches!(lower.as_str(), "hidden" | "collapse")
            }
            "text-decoration-line" => {
                let underline = lower.split_whitespace().any(|w| w == "underline");
                if lower.split_whitespace().any(|w| w == "none") || !underline {
                    style.underline = false;
                    style.decoration_origin = author.then_some(origin);
                } else if underline {
                    style.underline = true;
                }
            }
            _ => {}
        }
    }
}
