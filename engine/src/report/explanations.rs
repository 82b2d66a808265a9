//! Explanations as the text formats show them: a collapsible markdown section (the markdown report
//! and the pull-request comment) and the help text under a finding in the terminal.

use std::fmt::Write;

use super::model::Report;
use crate::explain::Explanation;

/// Who wrote an explanation, and why a model's answer is missing when one was asked for.
fn byline(e: &Explanation) -> String {
    let mut line = match (&e.source[..], &e.model) {
        ("model", Some(model)) if e.cached => format!("explained by {model} (cached)"),
        ("model", Some(model)) => format!("explained by {model}"),
        _ => "from the rule's documentation".to_owned(),
    };
    if let Some(note) = &e.note {
        let _ = write!(line, "; the model was not used: {note}");
    }
    line
}

/// The terminal help text: risk, change, trade-offs and the byline.
pub fn help_text(e: &Explanation) -> String {
    format!("risk: {}\nchange: {}\ntrade-offs: {}\n({})", e.risk, e.change, e.tradeoffs, byline(e))
}

/// A `<details>` section with every explained finding, or nothing when none is.
pub fn markdown(report: &Report) -> String {
    let explained: Vec<(String, &Explanation)> = report
        .findings
        .iter()
        .filter_map(|f| {
            Some((format!("`{}` `{}` ({}:{})", f.rule_id, f.resource, f.file, f.line), f.explanation.as_ref()?))
        })
        .collect();
    section(&explained)
}

/// A `<details>` section with one heading and explanation per entry, or nothing for none.
pub fn section(explained: &[(String, &Explanation)]) -> String {
    if explained.is_empty() {
        return String::new();
    }
    let mut out = format!("<details><summary>Explanations ({})</summary>\n\n", explained.len());
    for (heading, e) in explained {
        let _ = writeln!(out, "#### {heading}\n");
        let _ = writeln!(out, "**Risk.** {}\n", e.risk);
        let _ = writeln!(out, "**Change.** {}\n", e.change);
        let _ = writeln!(out, "**Trade-offs.** {}\n", e.tradeoffs);
        let _ = writeln!(out, "<sub>{}</sub>\n", byline(e));
    }
    out.push_str("</details>\n\n");
    out
}
