//! `tollgate drift --format html`: the comparison as one self-contained page: the verdict and counts,
//! then what is missing, unmanaged and changed (declared against live value), each with its severity
//! and the drift rules that weighed it, and the warnings and errors.

use std::fmt::Write;

use super::DriftReport;
use crate::report::html::{esc, static_page};

fn short(value: &serde_json::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 120 { text.chars().take(117).collect::<String>() + "..." } else { text }
}

fn sev(severity: crate::model::severity::Severity) -> String {
    format!("<span class=\"sev {0}\">{0}</span>", severity.as_str())
}

pub fn render(report: &DriftReport) -> String {
    let s = &report.summary;
    let verdict = if s.result == "clean" {
        "pass"
    } else if s.result == "error" {
        "error"
    } else {
        "fail"
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
    let rules = |hits: &[super::policy::RuleHit]| hits.iter().map(|h| esc(&h.rule_id)).collect::<Vec<_>>().join(", ");
    if !report.missing.is_empty() {
        out.push_str("<section><h2>Missing (declared, not live)</h2><table><tr><th>severity</th><th>resource</th><th>declared at</th><th>rules</th></tr>\n");
        for m in &report.missing {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}:{}</td><td>{}</td></tr>",
                sev(m.severity),
                esc(&m.address),
                esc(&m.file),
                m.line,
                rules(&m.rules)
            );
        }
        out.push_str("</table></section>\n");
    }
    if !report.unmanaged.is_empty() {
        out.push_str("<section><h2>Unmanaged (live, declared nowhere)</h2><table><tr><th>severity</th><th>resource</th><th>snapshot</th><th>rules</th></tr>\n");
        for u in &report.unmanaged {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}:{}</td><td>{}</td></tr>",
                sev(u.severity),
                esc(&u.address),
                esc(&u.snapshot),
                u.snapshot_line,
                rules(&u.rules)
            );
        }
        out.push_str("</table></section>\n");
    }
    if !report.changed.is_empty() {
        out.push_str("<section><h2>Changed</h2><table><tr><th>severity</th><th>attribute</th><th>declared</th><th>live</th><th>rules</th></tr>\n");
        for c in &report.changed {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}.{}<br><span class=\"muted\">{}:{}</span></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                sev(c.severity),
                esc(&c.address),
                esc(&c.attribute),
                esc(&c.file),
                c.line,
                esc(&short(&c.desired)),
                esc(&short(&c.live)),
                rules(&c.rules)
            );
        }
        out.push_str("</table></section>\n");
    }
    if !report.warnings.is_empty() || !report.errors.is_empty() {
        out.push_str("<section><h2>Warnings and errors</h2>\n");
        for w in &report.warnings {
            let _ = writeln!(out, "<div class=\"card\">warning: {}</div>", esc(&w.message));
        }
        for e in &report.errors {
            let _ = writeln!(
                out,
                "<div class=\"card\">error: {}:{}:{}: {}</div>",
                esc(&e.file),
                e.line,
                e.column,
                esc(&e.message)
            );
        }
        out.push_str("</section>\n");
    }
    static_page(&format!("tollgate drift: {}", s.result), &out)
}
