//! `tollgate drift --format html`: the comparison as one self-contained page: the verdict and counts,
//! then what is missing, unmanaged and changed (declared against live value), each with its severity
//! and the drift rules that weighed it, and the warnings and errors.

use std::fmt::Write;

use super::DriftReport;
use super::policy::RuleHit;
use crate::model::severity::Severity;
use crate::report::html::{esc, static_page, table};

fn short(value: &serde_json::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 120 { text.chars().take(117).collect::<String>() + "..." } else { text }
}

fn sev(severity: Severity) -> String {
    format!("<span class=\"sev {0}\">{0}</span>", severity.as_str())
}

fn rules(hits: &[RuleHit]) -> String {
    hits.iter().map(|h| esc(&h.rule_id)).collect::<Vec<_>>().join(", ")
}

pub fn render(report: &DriftReport) -> String {
    let s = &report.summary;
    let verdict = match s.result.as_str() {
        "clean" => "pass",
        "error" => "error",
        _ => "fail",
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<header><h1>tollgate drift <span class=\"verdict {verdict}\">{}</span></h1><div class=\"counts\"><span>{} missing</span><span>{} unmanaged</span><span>{} changed ({} attributes)</span><span>{} ignored</span><span>{} cosmetic</span><span>{} errors</span></div><div class=\"muted\">{} declared, {} live, {} matched</div></header>",
        esc(&s.result),
        s.missing,
        s.unmanaged,
        s.changed_resources,
        s.changed_attributes,
        s.ignored,
        s.cosmetic,
        s.errors,
        s.desired,
        s.live,
        s.matched
    );
    let missing = report
        .missing
        .iter()
        .map(|m| vec![sev(m.severity), esc(&m.address), format!("{}:{}", esc(&m.file), m.line), rules(&m.rules)]);
    table(&mut out, "Missing (declared, not live)", &["severity", "resource", "declared at", "rules"], missing);
    let unmanaged = report.unmanaged.iter().map(|u| {
        vec![sev(u.severity), esc(&u.address), format!("{}:{}", esc(&u.snapshot), u.snapshot_line), rules(&u.rules)]
    });
    table(&mut out, "Unmanaged (live, declared nowhere)", &["severity", "resource", "snapshot", "rules"], unmanaged);
    let changed = report.changed.iter().map(|c| {
        let at = format!(
            "{}.{}<br><span class=\"muted\">{}:{}</span>",
            esc(&c.address),
            esc(&c.attribute),
            esc(&c.file),
            c.line
        );
        vec![sev(c.severity), at, esc(&short(&c.desired)), esc(&short(&c.live)), rules(&c.rules)]
    });
    table(&mut out, "Changed", &["severity", "attribute", "declared", "live", "rules"], changed);
    let notes =
        report.warnings.iter().map(|w| vec!["warning".to_owned(), esc(&w.message)]).chain(report.errors.iter().map(
            |e| vec!["error".to_owned(), format!("{}:{}:{}: {}", esc(&e.file), e.line, e.column, esc(&e.message))],
        ));
    table(&mut out, "Warnings and errors", &["", "message"], notes);
    static_page(&format!("tollgate drift: {}", s.result), &out)
}
