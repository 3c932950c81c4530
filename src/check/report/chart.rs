//! Horizontal bar charts as inline SVG: no JavaScript, readable by screen readers (a title
//! and a description), and values written beside the bars so colour is never the only cue.

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

const LABEL_WIDTH: f64 = 260.0;
const PLOT_WIDTH: f64 = 420.0;
const ROW: f64 = 34.0;

impl BarChart {
    /// The chart as an `<svg>` element; `id` makes its title and description ids unique.
    pub fn svg(&self, id: &str) -> String {
        let max = self
            .bars
            .iter()
            .flat_map(|b| [b.value, b.target.unwrap_or(0.0)])
            .fold(1.0_f64, f64::max)
            * 1.1;
        let height = ROW * self.bars.len() as f64 + 30.0;
        let width = LABEL_WIDTH + PLOT_WIDTH + 90.0;
        let mut s = String::new();
        let _ = write!(
            s,
            "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\
             <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
            esc(&self.title),
            esc(&self.description)
        );
        for (i, bar) in self.bars.iter().enumerate() {
            let y = 10.0 + ROW * i as f64;
            let w = (bar.value.max(0.0) / max * PLOT_WIDTH).max(2.0);
            let class = if bar.ok { "bar ok" } else { "bar over" };
            let _ = write!(
                s,
                "<text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\" class=\"label\">{}</text>\
                 <rect class=\"{class}\" x=\"{LABEL_WIDTH}\" y=\"{y:.0}\" width=\"{w:.1}\" height=\"22\"/>\
                 <text x=\"{:.1}\" y=\"{:.0}\" class=\"value\">{:.1}{}</text>",
                LABEL_WIDTH - 10.0,
                y + 16.0,
                esc(&bar.label),
                LABEL_WIDTH + w + 6.0,
                y + 16.0,
                bar.value,
                if bar.ok { "" } else { " ✗" }
            );
            if let Some(t) = bar.target {
                let x = LABEL_WIDTH + t / max * PLOT_WIDTH;
                let _ = write!(
                    s,
                    "<line class=\"target\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{:.0}\" y2=\"{:.0}\"/>",
                    y - 4.0,
                    y + 26.0
                );
            }
        }
        let _ = write!(
            s,
            "<text x=\"{LABEL_WIDTH}\" y=\"{:.0}\" class=\"axis\">{} (dashed line: target)</text></svg>",
            height - 6.0,
            esc(&self.unit)
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
        let svg = chart.svg("c1");
        assert!(svg.contains("aria-labelledby=\"c1-title c1-desc\""));
        assert!(svg.contains("a &lt;guide&gt;"));
        assert!(svg.contains("11.0 ✗"));
        assert!(svg.contains("class=\"target\""));
    }
}
