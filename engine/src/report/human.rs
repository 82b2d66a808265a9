//! Terminal output: a miette diagnostic per finding and error, with the source line underlined.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Severity as Level};

use super::model::Report;
use crate::model::severity::Severity;
use crate::model::text::LineIndex;

pub fn render(report: &Report, sources: &BTreeMap<String, Arc<str>>, color: bool) -> String {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_links(false).with_width(110);
    let help: HashMap<&str, &str> = report.rules.iter().map(|r| (r.id.as_str(), r.remediation.as_str())).collect();
    let mut out = String::new();
    for f in report.findings.iter().filter(|f| f.is_active()) {
        let level = match f.severity {
            Severity::Critical | Severity::High => Level::Error,
            Severity::Medium => Level::Warning,
            Severity::Low => Level::Advice,
        };
        let via: String =
            f.module_calls.iter().map(|c| format!("\n  via {} ({}:{})", c.address, c.file, c.line)).collect();
        let live = match (&f.code, f.live_only) {
            (Some(code), true) => format!(" [live only; declared as {} at {}:{}]", code.address, code.file, code.line),
            (None, true) => " [live only; declared nowhere]".to_owned(),
            _ => String::new(),
        };
        let mut diagnostic = MietteDiagnostic::new(format!("[{}] {}{live}{via}", f.severity, f.message))
            .with_code(format!("{}: {}", f.rule_id, f.title))
            .with_severity(level);
        if let Some(explanation) = &f.explanation {
            diagnostic = diagnostic.with_help(super::explanations::help_text(explanation));
        } else if let Some(text) = help.get(f.rule_id.as_str()).filter(|h| !h.is_empty()) {
            diagnostic = diagnostic.with_help(*text);
        }
        let label = f.attribute.clone().unwrap_or_else(|| f.resource.clone());
        render_one(&handler, &mut out, diagnostic, sources.get(&f.file), &f.file, f.line, f.column, &label);
    }
    for e in &report.errors {
        let diagnostic =
            MietteDiagnostic::new(e.message.clone()).with_code(format!("{}-error", e.kind)).with_severity(Level::Error);
        let source =
            sources.get(&e.file).cloned().or_else(|| crate::evaluate::registry::builtin_file(&e.file).map(Arc::from));
        render_one(&handler, &mut out, diagnostic, source.as_ref(), &e.file, e.line, e.column, "here");
    }
    for w in &report.warnings {
        let at = match (&w.file, w.line) {
            (Some(file), Some(line)) => format!(" ({file}:{line})"),
            (Some(file), None) => format!(" ({file})"),
            _ => String::new(),
        };
        let _ = writeln!(out, "warning[{}]: {}{at}", w.code, w.message);
    }
    if let Some(t) = &report.terraform {
        let reasons: Vec<String> = t.unknown_reasons.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(
            out,
            "terraform: {} root modules, {} of {} expressions unknown{}{}",
            t.root_modules,
            t.unknown,
            t.expressions,
            if reasons.is_empty() { String::new() } else { format!(" ({})", reasons.join(", ")) },
            match t.modules_not_evaluated.len() {
                0 => String::new(),
                n => format!(", {n} module calls not evaluated"),
            }
        );
    }
    let s = &report.summary;
    let _ = writeln!(
        out,
        "\n{} findings ({} critical, {} high, {} medium, {} low), {} suppressed, {} baselined, {} errors · {} files, {} resources, {} rules · {}",
        s.findings,
        s.count(Severity::Critical),
        s.count(Severity::High),
        s.count(Severity::Medium),
        s.count(Severity::Low),
        s.suppressed,
        s.baselined,
        s.errors,
        s.files_scanned,
        s.resources,
        s.rules,
        match s.result.as_str() {
            "pass" => "passed".to_owned(),
            "fail" => format!("failed (fail-on: {})", s.fail_on),
            _ => "errors".to_owned(),
        }
    );
    out
}

#[allow(clippy::too_many_arguments)]
fn render_one(
    handler: &GraphicalReportHandler,
    out: &mut String,
    diagnostic: MietteDiagnostic,
    source: Option<&Arc<str>>,
    file: &str,
    line: usize,
    column: usize,
    label: &str,
) {
    let report = match source {
        Some(text) => {
            let index = LineIndex::new(text);
            let start = index.line_start(line).map_or(0, |s| s + column.saturating_sub(1)).min(text.len());
            let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
            let len = text[start..end].trim_end().len().max(1).min(text.len().saturating_sub(start));
            let diagnostic = diagnostic.with_label(LabeledSpan::at(start..start + len, label));
            miette::Report::new(diagnostic).with_source_code(NamedSource::new(file, text.to_string()))
        }
        None => miette::Report::new(diagnostic.with_url(format!("{file}:{line}:{column}"))),
    };
    if source.is_none() {
        let _ = writeln!(out, "  --> {file}:{line}:{column}");
    }
    let _ = handler.render_report(out, report.as_ref());
    out.push('\n');
}
