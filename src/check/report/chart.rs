//! Horizontal bar charts drawn with inline SVG: no JavaScript; labels and values are text
//! beside the bars (read by screen readers, never colour alone), and each chart's numbers
//! are also given as a table.

use std::fmt::Write;

use super::esc;

/// A bar chart: one bar per row, with an optional target line per bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// The chart's title (also its accessible name).
    pub title: String,
    /// One sentence saying what the chart shows and what is good.
    pub description: String,
    /// The unit or measure the values are in ("UK reading age").
    pub unit: String,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar is (a guide and language).
    pub label: String,
    /// Its value.
    pub value: f64,
    /// The target, drawn as a line across the bar.
    pub target: Option<f64>,
    /// True when the value meets its target.
    pub ok: bool,
}

const PLOT_WIDTH: f64 = 420.0;

impl BarChart {
    /// The chart: one row per bar, with its label and value as text and the bar and target
    /// line drawn in SVG. Text stays HTML so screen readers read it in order and its
    /// contrast can be checked; `id` makes the chart's heading id unique.
    pub fn svg(&self, id: &str) -> String {
        let max = self
            .bars
            .iter()
            .flat_map(|b| [b.value, b.target.unwrap_or(0.0)])
            .fold(1.0_f64, f64::max)
            * 1.1;
        let mut s = format!(
            "<div class=\"chart\" role=\"group\" aria-labelledby=\"{id}\"><p class=\"chart-title\" id=\"{id}\">{}</p>",
            esc(&self.title)
        );
        for bar in &self.bars {
            let w = (bar.value.max(0.0) / max * PLOT_WIDTH).max(2.0);
            let class = if bar.ok { "ok" } else { "over" };
            let _ = write!(
                s,
                "<div class=\"row\"><span class=\"label\">{}</span>\
                 <svg class=\"bar\" viewBox=\"0 0 {PLOT_WIDTH} 26\" width=\"{PLOT_WIDTH}\" height=\"26\" aria-hidden=\"true\" focusable=\"false\">\
                 <rect class=\"{class}\" x=\"0\" y=\"2\" width=\"{w:.1}\" height=\"22\"/>",
                esc(&bar.label),
            );
            if let Some(t) = bar.target {
                let x = t / max * PLOT_WIDTH;
                let _ = write!(
                    s,
                    "<line class=\"target\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"0\" y2=\"26\"/>"
                );
            }
            let _ = write!(
                s,
                "</svg><span class=\"value\">{:.1}{}</span></div>",
                bar.value,
                match (bar.target, bar.ok) {
                    (None, _) => String::new(),
                    (Some(t), true) => format!(" (target {t:.0}: on target)"),
                    (Some(t), false) => format!(" (target {t:.0}: not yet)"),
                }
            );
        }
        let _ = write!(
            s,
            "<p class=\"axis\">{}{}</p></div>",
            esc(&self.unit),
            if self.bars.iter().any(|b| b.target.is_some()) {
                "; the dashed line is the target"
            } else {
                ""
            }
        );
        s
    }

    /// The same numbers as a table, for people who prefer or need one.
    pub fn table(&self) -> String {
        let mut s = format!(
            "<table><caption>{}</caption><thead><tr><th scope=\"col\">What</th><th scope=\"col\">{}</th><th scope=\"col\">Target</th><th scope=\"col\">On target</th></tr></thead><tbody>",
            esc(&self.title),
            esc(&self.unit)
        );
        for bar in &self.bars {
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{:.1}</td><td>{}</td><td>{}</td></tr>",
                esc(&bar.label),
                bar.value,
                bar.target
                    .map_or_else(|| "–".to_owned(), |t| format!("{t:.1}")),
                if bar.ok { "yes" } else { "no" }
            );
        }
        s.push_str("</tbody></table>");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_have_text_values_and_a_target_line() {
        let chart = BarChart {
            title: "Reading age".into(),
            description: "Lower is easier.".into(),
            unit: "UK reading age".into(),
            bars: vec![Bar {
                label: "a <guide>".into(),
                value: 11.0,
                target: Some(9.0),
                ok: false,
            }],
        };
        let html = chart.svg("c1");
        assert!(html.contains("aria-labelledby=\"c1\""));
        assert!(html.contains("a &lt;guide&gt;"));
        assert!(html.contains("11.0 (target 9: not yet)"));
        assert!(html.contains("<svg class=\"bar\""));
        assert!(html.contains("class=\"target\""));
    }
}
