//! Markdown: a pull-request-comment-ready summary with a table of findings.

use std::fmt::Write;

use super::model::Report;
use crate::model::severity::Severity;

/// Most finding rows shown; the rest are counted.
const MAX_ROWS: usize = 50;

pub fn render(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::new();
    let verdict = match s.result.as_str() {
        "pass" => "✅ **tollgate: passed**",
        "fail" => "❌ **tollgate: failed**",
        _ => "⚠️ **tollgate: errors**",
    };
    let _ = writeln!(out, "### {verdict}\n");
    let _ = writeln!(
        out,
        "{} findings at or above `{}` fail the check · {} files · {} resources · {} rules\n",
        s.findings, s.fail_on, s.files_scanned, s.resources, s.rules
    );
    let _ = writeln!(out, "| critical | high | medium | low | suppressed | baselined | errors |");
    let _ = writeln!(out, "|---:|---:|---:|---:|---:|---:|---:|");
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} |\n",
        s.count(Severity::Critical),
        s.count(Severity::High),
        s.count(Severity::Medium),
        s.count(Severity::Low),
        s.suppressed,
        s.baselined,
        s.errors
    );
    if !report.posture.is_empty() {
        let _ = writeln!(out, "| framework | score | controls passed | failed | not evaluated |");
        let _ = writeln!(out, "|---|---:|---:|---:|---:|");
        for p in &report.posture {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} | {} |",
                p.framework,
                p.score.map_or_else(|| "n/a".to_owned(), |s| format!("{s}%")),
                p.controls_passed,
                p.controls_failed,
                p.controls_not_evaluated
            );
        }
        out.push('\n');
    }
    if report.findings.iter().chain(&report.fixed).any(|f| f.change.is_some()) {
        let gate = if s.new_only { " (only new findings fail)" } else { "" };
        let _ = writeln!(out, "**{} new**, {} fixed, {} unchanged{gate}\n", s.new, s.fixed, s.unchanged);
    }
    let mut active: Vec<_> = report.findings.iter().filter(|f| f.is_active()).collect();
    active.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| (&a.file, a.line).cmp(&(&b.file, b.line))));
    if !active.is_empty() {
        let _ = writeln!(out, "| severity | rule | resource | location | message |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for f in active.iter().take(MAX_ROWS) {
            let badge = if f.change.as_deref() == Some("new") { " 🆕" } else { "" };
            let _ = writeln!(
                out,
                "| {}{badge} | `{}` {} | `{}` | `{}:{}` | {} |",
                f.severity,
                f.rule_id,
                cell(&f.title),
                cell(&f.resource),
                cell(&f.file),
                f.line,
                cell(&f.message)
            );
        }
        if active.len() > MAX_ROWS {
            let _ = writeln!(out, "\n…and {} more findings (see the full report).", active.len() - MAX_ROWS);
        }
        out.push('\n');
    }
    out.push_str(&super::explanations::markdown(report));
    if !report.fixed.is_empty() {
        let _ = writeln!(out, "<details><summary>{} fixed</summary>\n", report.fixed.len());
        for f in report.fixed.iter().take(MAX_ROWS) {
            let _ = writeln!(out, "- `{}` `{}` ({}): {}", f.rule_id, f.resource, f.file, cell(&f.message));
        }
        let _ = writeln!(out, "\n</details>\n");
    }
    if !report.errors.is_empty() {
        let _ = writeln!(out, "<details><summary>{} errors</summary>\n", report.errors.len());
        for e in report.errors.iter().take(MAX_ROWS) {
            let _ = writeln!(out, "- `{}:{}:{}` ({}): {}", e.file, e.line, e.column, e.kind, cell(&e.message));
        }
        let _ = writeln!(out, "\n</details>\n");
    }
    if !report.warnings.is_empty() {
        let _ = writeln!(out, "<details><summary>{} warnings</summary>\n", report.warnings.len());
        for w in &report.warnings {
            let _ = writeln!(out, "- `{}`: {}", w.code, cell(&w.message));
        }
        let _ = writeln!(out, "\n</details>");
    }
    out
}

/// Text safe inside a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
