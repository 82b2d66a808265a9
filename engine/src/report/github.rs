//! GitHub Actions workflow commands: `::error file=...,line=...::message`, one per finding and error.

use super::model::Report;
use crate::model::severity::Severity;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in report.findings.iter().filter(|f| f.is_active()) {
        let level = match f.severity {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low => "notice",
        };
        out.push_str(&format!(
            "::{level} file={},line={},endLine={},col={},title={}::{}\n",
            property(&f.file),
            f.line,
            f.end_line.max(f.line),
            f.column,
            property(&format!("{} {}", f.rule_id, f.title)),
            data(&format!("{} ({})", f.message, f.severity)),
        ));
    }
    for e in &report.errors {
        out.push_str(&format!(
            "::error file={},line={},col={},title={}::{}\n",
            property(&e.file),
            e.line,
            e.column,
            property(&format!("tollgate {} error", e.kind)),
            data(&e.message)
        ));
    }
    for w in &report.warnings {
        let at = match (&w.file, w.line) {
            (Some(file), Some(line)) => format!(" file={},line={line}", property(file)),
            (Some(file), None) => format!(" file={}", property(file)),
            _ => String::new(),
        };
        out.push_str(&format!("::warning{at}::{}\n", data(&format!("{}: {}", w.code, w.message))));
    }
    out
}

/// Escapes a command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a command property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_properties_and_data() {
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(data("x\ny"), "x%0Ay");
    }
}
