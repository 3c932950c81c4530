//! What an SVG drawing may keep: elements, attributes and style properties, by name.
//!
//! Everything not listed here is removed by the sanitiser. The lists follow the SVG 2
//! element and attribute indexes, minus anything that runs script, animates, links, embeds
//! other documents or pictures, or loads fonts, cursors or style sheets.

/// Elements that draw, group, describe or paint, and may be kept (in the SVG namespace).
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "title",
    "desc",
    "switch",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "path",
    "text",
    "tspan",
    "textPath",
    "linearGradient",
    "radialGradient",
    "stop",
    "pattern",
    "clipPath",
    "mask",
    "marker",
    "style",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feImage",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
];

/// Elements whose text is shown or used, so their whitespace is kept.
pub const TEXT_ELEMENTS: &[&str] = &["text", "tspan", "textPath", "title", "desc"];

/// Elements that may point at another element of the same file with `href`.
const HREF_ELEMENTS: &[&str] = &[
    "use",
    "textPath",
    "linearGradient",
    "radialGradient",
    "pattern",
    "filter",
    "feImage",
];

/// Attributes (without a namespace) that describe geometry, text layout, paint servers,
/// filters or accessibility, and never hold an address.
const ATTRIBUTES: &[&str] = &[
    // core and accessibility
    "id",
    "class",
    "lang",
    "tabindex",
    "role",
    "focusable",
    "transform",
    "systemLanguage",
    // the outer <svg>, symbols, patterns and markers
    "width",
    "height",
    "viewBox",
    "preserveAspectRatio",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "d",
    "points",
    "pathLength",
    // text
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "startOffset",
    "method",
    "spacing",
    "side",
    // paint servers, clipping, masking, markers
    "offset",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "clipPathUnits",
    "maskUnits",
    "maskContentUnits",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    // filters
    "filterUnits",
    "primitiveUnits",
    "in",
    "in2",
    "result",
    "stdDeviation",
    "mode",
    "type",
    "values",
    "operator",
    "k1",
    "k2",
    "k3",
    "k4",
    "tableValues",
    "slope",
    "intercept",
    "amplitude",
    "exponent",
    "scale",
    "xChannelSelector",
    "yChannelSelector",
    "radius",
    "baseFrequency",
    "numOctaves",
    "seed",
    "stitchTiles",
    "kernelMatrix",
    "order",
    "divisor",
    "bias",
    "targetX",
    "targetY",
    "edgeMode",
    "preserveAlpha",
    "surfaceScale",
    "diffuseConstant",
    "specularConstant",
    "specularExponent",
    "kernelUnitLength",
    "azimuth",
    "elevation",
    "z",
    "pointsAtX",
    "pointsAtY",
    "pointsAtZ",
    "limitingConeAngle",
];

/// Style properties a drawing needs, as attributes or in `style`: SVG 2's presentation
/// attributes (without `cursor`, which loads a picture) and the CSS properties of text and
/// compositing that drawing programs write.
const PROPERTIES: &[&str] = &[
    "alignment-baseline",
    "baseline-shift",
    "clip",
    "clip-path",
    "clip-rule",
    "color",
    "color-interpolation",
    "color-interpolation-filters",
    "color-rendering",
    "direction",
    "display",
    "dominant-baseline",
    "fill",
    "fill-opacity",
    "fill-rule",
    "filter",
    "flood-color",
    "flood-opacity",
    "font",
    "font-family",
    "font-feature-settings",
    "font-kerning",
    "font-size",
    "font-size-adjust",
    "font-stretch",
    "font-style",
    "font-variant",
    "font-variant-caps",
    "font-variant-ligatures",
    "font-variant-numeric",
    "font-weight",
    "glyph-orientation-horizontal",
    "glyph-orientation-vertical",
    "image-rendering",
    "isolation",
    "letter-spacing",
    "lighting-color",
    "line-height",
    "marker",
    "marker-end",
    "marker-mid",
    "marker-start",
    "mask",
    "mask-type",
    "mix-blend-mode",
    "opacity",
    "overflow",
    "paint-order",
    "pointer-events",
    "shape-rendering",
    "stop-color",
    "stop-opacity",
    "stroke",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
    "text-anchor",
    "text-decoration",
    "text-orientation",
    "text-rendering",
    "transform-box",
    "transform-origin",
    "unicode-bidi",
    "vector-effect",
    "visibility",
    "white-space",
    "word-spacing",
    "writing-mode",
];

/// Style properties only allowed in `style` (as attributes they are something else).
const STYLE_ONLY: &[&str] = &["transform"];

/// CSS functions a kept value may use: colours and arithmetic, and transforms in `style`.
/// `url()` is handled on its own: only `url(#id)` is kept.
const FUNCTIONS: &[&str] = &[
    "rgb",
    "rgba",
    "hsl",
    "hsla",
    "hwb",
    "lab",
    "lch",
    "oklab",
    "oklch",
    "calc",
    "min",
    "max",
    "clamp",
    "matrix",
    "translate",
    "translatex",
    "translatey",
    "scale",
    "scalex",
    "scaley",
    "rotate",
    "skew",
    "skewx",
    "skewy",
    "rect",
];

/// Attributes that do nothing in a browser and are removed without a word: editor and
/// validator leftovers that say nothing about how the drawing looks.
const QUIET_ATTRIBUTES: &[&str] = &[
    "version",
    "baseProfile",
    "contentScriptType",
    "contentStyleType",
    "zoomAndPan",
    "enable-background",
    "requiredFeatures",
];

/// Namespaces of drawing programs' own data, which browsers ignore.
const EDITOR_NAMESPACES: &[&str] = &[
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.bohemiancoding.com/sketch/ns",
    "http://ns.adobe.com/",
    "http://purl.org/dc/elements/1.1/",
    "http://creativecommons.org/ns#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.serif.com/",
    "http://www.figma.com/figma/ns",
];

/// The SVG namespace.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// The XLink namespace (`xlink:href`, still needed by old browsers).
pub const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
/// The XML namespace (`xml:lang`, `xml:space`).
pub const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The kept name of an SVG element, as a static string.
pub fn element(name: &str) -> Option<&'static str> {
    ELEMENTS.iter().copied().find(|e| *e == name)
}

/// Whether an element may have an `href` to another element of the file.
pub fn takes_href(element: &str) -> bool {
    HREF_ELEMENTS.contains(&element)
}

/// Whether a plain attribute may be kept as it is.
pub fn plain_attribute(name: &str) -> bool {
    ATTRIBUTES.contains(&name)
}

/// Whether a name is a style property that may be kept as an attribute.
pub fn presentation_attribute(name: &str) -> bool {
    PROPERTIES.contains(&name)
}

/// Whether a style property (lower case) may be kept in `style`.
pub fn style_property(name: &str) -> bool {
    PROPERTIES.contains(&name) || STYLE_ONLY.contains(&name)
}

/// Whether a CSS function (lower case) may be kept in a value.
pub fn function(name: &str) -> bool {
    FUNCTIONS.contains(&name)
}

/// Whether an attribute's removal is not worth telling the author about.
pub fn quiet_attribute(name: &str) -> bool {
    QUIET_ATTRIBUTES.contains(&name) || name.starts_with("data-")
}

/// Text no geometry, name or label needs, and which only an attack puts in one: a second
/// line of defence for attributes kept as they are (their names are allowed, but a browser
/// that one day reads a value as CSS or an address must find nothing to load or run).
const SUSPICIOUS: &[&str] = &[
    "url(",
    "@",
    "\\",
    "javascript:",
    "vbscript:",
    "data:",
    "expression(",
    "image-set(",
    "var(",
];

/// The suspicious text in a value, if any (case and spaces ignored).
pub fn suspicious(value: &str) -> Option<&'static str> {
    let squashed: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    SUSPICIOUS.iter().copied().find(|s| squashed.contains(s))
}

/// Whether a namespace belongs to a drawing program's own data.
pub fn editor_namespace(namespace: &str) -> bool {
    EDITOR_NAMESPACES.iter().any(|e| namespace.starts_with(e))
}

/// Whether a style property is a drawing program's own (`-inkscape-font-specification`).
pub fn editor_property(name: &str) -> bool {
    name.starts_with("-inkscape-") || name.starts_with("-sodipodi-")
}
