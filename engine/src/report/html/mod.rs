//! The report as one self-contained HTML page (`--format html`): a header with the verdict and counts,
//! the compliance posture as inline SVG bars, the findings (grouped by severity, filtered by
//! severity, rule, kind and file in plain JavaScript, rows rendered 200 at a time so 10,000 findings
//! open at once), each with its source lines, fix and rule text embedded once per rule, then drift,
//! errors and warnings. No external script, style, font or image; a Content-Security-Policy allows
//! only the page's own script and style, by hash.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

use serde_json::{Map, Value, json};

mod cost_section;
mod parts;

pub use parts::{bars, esc, static_page, table};

use super::model::{FrameworkPosture, Report};
use crate::model::severity::Severity;
use parts::hash;

const SCRIPT: &str = include_str!("report.js");
use parts::STYLE;

/// The cloud or platform a finding's resource belongs to, for the page's platform filter.
fn platform(resource_type: &str, kind: &str) -> String {
    let by_prefix = [
        ("aws_", "aws"),
        ("AWS::", "aws"),
        ("azurerm_", "azure"),
        ("azapi_", "azure"),
        ("google_", "gcp"),
        ("kubernetes_", "kubernetes"),
    ];
    by_prefix.iter().find(|(prefix, _)| resource_type.starts_with(prefix)).map_or_else(
        || if kind == "kubernetes" { "kubernetes".to_owned() } else { kind.to_owned() },
        |(_, p)| (*p).to_owned(),
    )
}

/// The data the page's script reads: findings, each rule's text once, and the files they point into.
fn data(report: &Report, sources: &BTreeMap<String, Arc<str>>) -> String {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            json!({"rule_id": f.rule_id, "severity": f.severity.as_str(), "message": f.message, "file": f.file,
                "line": f.line, "end_line": f.end_line, "resource": f.resource, "kind": f.kind,
                "platform": platform(&f.resource_type, &f.kind),
                "suppressed": f.suppressed, "baselined": f.baselined, "fix": f.fix, "explanation": f.explanation})
        })
        .collect();
    let rules: Map<String, Value> = report
        .rules
        .iter()
        .map(|r| {
            (r.id.clone(), json!({"title": r.title, "why": r.why, "remediation": r.remediation, "example": r.example}))
        })
        .collect();
    let used: std::collections::BTreeSet<&str> = report.findings.iter().map(|f| f.file.as_str()).collect();
    let texts: Map<String, Value> = sources
        .iter()
        .filter(|(file, _)| used.contains(file.as_str()))
        .map(|(file, text)| (file.clone(), Value::String(text.to_string())))
        .collect();
    let text = json!({"findings": findings, "rules": rules, "sources": texts}).to_string();
    // Inside a script element no `<` may open a tag: escaped, the JSON reads the same.
    text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The posture of each framework as a bar (its score) with its counts and the controls failing most.
fn posture(out: &mut String, postures: &[FrameworkPosture]) {
    if postures.is_empty() {
        return;
    }
    let _ = writeln!(out, "<section><h2>Compliance posture</h2>");
    let rows: Vec<(String, f64, String)> = postures
        .iter()
        .map(|p| {
            let label = p.score.map_or_else(|| "n/a".to_owned(), |s| format!("{s}%"));
            (p.framework.clone(), p.score.map_or(0.0, f64::from), label)
        })
        .collect();
    let _ = writeln!(out, "{}", bars(&rows, 100.0));
    for p in postures {
        let failing: Vec<String> = p
            .controls
            .iter()
            .filter(|c| c.status == "failed")
            .take(5)
            .map(|c| format!("{} ({})", esc(&c.id), esc(&c.rules.join(", "))))
            .collect();
        let _ = writeln!(
            out,
            "<div class=\"card\"><b>{}</b>: {} passed, {} failed, {} not evaluated{}</div>",
            esc(&p.framework),
            p.controls_passed,
            p.controls_failed,
            p.controls_not_evaluated,
            if failing.is_empty() { String::new() } else { format!("; failing: {}", failing.join("; ")) }
        );
    }
    let _ = writeln!(out, "</section>");
}

/// Errors, warnings and the drift summary, as lists.
fn notes(out: &mut String, report: &Report) {
    if let Some(drift) = &report.drift {
        let _ = writeln!(
            out,
            "<section><h2>Drift</h2><div class=\"card\">{} missing, {} unmanaged, {} changed ({} attributes) of {} declared and {} live resources; {} cosmetic differences set aside: <b>{}</b></div></section>",
            drift.missing,
            drift.unmanaged,
            drift.changed_resources,
            drift.changed_attributes,
            drift.desired,
            drift.live,
            drift.cosmetic,
            esc(&drift.result)
        );
    }
    let errors = report
        .errors
        .iter()
        .map(|e| vec![esc(&e.kind), format!("{}:{}:{}", esc(&e.file), e.line, e.column), esc(&e.message)]);
    table(out, &format!("Errors ({})", report.errors.len()), &["kind", "where", "message"], errors);
    let warnings = report.warnings.iter().map(|w| {
        let at = w.file.as_deref().map(|f| format!("{f}:{}", w.line.unwrap_or(1))).unwrap_or_default();
        vec![esc(&w.code), esc(&at), esc(&w.message)]
    });
    table(out, &format!("Warnings ({})", report.warnings.len()), &["code", "where", "message"], warnings);
}

/// The page.
pub fn render(report: &Report, sources: &BTreeMap<String, Arc<str>>) -> String {
    let s = &report.summary;
    let mut out = String::with_capacity(64 * 1024);
    let csp = format!(
        "default-src 'none'; style-src {}; script-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        hash(STYLE),
        hash(SCRIPT)
    );
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>tollgate report: {}</title><style>{STYLE}</style></head><body>",
        esc(&s.result)
    );
    let counts: Vec<String> = [Severity::Critical, Severity::High, Severity::Medium, Severity::Low]
        .iter()
        .map(|sev| format!("<span><span class=\"sev {0}\">{0}</span> {1}</span>", sev.as_str(), s.count(*sev)))
        .collect();
    let _ = writeln!(
        out,
        "<header><h1>tollgate <span class=\"verdict {}\">{}</span></h1><div class=\"counts\">{} <span>{} suppressed</span><span>{} baselined</span><span>{} errors</span></div><div class=\"muted\">{} files, {} resources, {} rules; failing at {} and above; tollgate {}</div></header>",
        esc(&s.result),
        esc(&s.result),
        counts.join(""),
        s.suppressed,
        s.baselined,
        s.errors,
        s.files_scanned,
        s.resources,
        s.rules,
        s.fail_on.as_str(),
        esc(&report.tool.version)
    );
    let scanned = &report.scanned;
    if !scanned.paths.is_empty() || scanned.revision.is_some() || scanned.generated_at.is_some() {
        let mut parts = Vec::new();
        if !scanned.paths.is_empty() {
            parts.push(format!("scanned {}", esc(&scanned.paths.join(", "))));
        }
        if let Some(revision) = &scanned.revision {
            parts.push(format!("revision {}", esc(revision)));
        }
        if let Some(at) = &scanned.generated_at {
            parts.push(format!("at {}", esc(at)));
        }
        let _ = writeln!(out, "<section class=\"muted\">{}</section>", parts.join("; "));
    }
    posture(&mut out, &report.posture);
    if let Some(cost) = &report.cost {
        cost_section::render(&mut out, &cost.estimate, cost.base_total);
    }
    let _ = writeln!(
        out,
        "<section><h2>Findings ({})</h2><div class=\"filters\"><select id=\"f-sev\" aria-label=\"severity\"><option value=\"\">every severity</option><option>critical</option><option>high</option><option>medium</option><option>low</option></select><select id=\"f-rule\" aria-label=\"rule\"><option value=\"\">every rule</option></select><select id=\"f-platform\" aria-label=\"platform\"><option value=\"\">every platform</option></select><select id=\"f-kind\" aria-label=\"kind\"><option value=\"\">every kind</option></select><select id=\"f-file\" aria-label=\"file\"><option value=\"\">every file</option></select><input id=\"f-text\" placeholder=\"search messages and resources\" aria-label=\"search\"> <span id=\"shown\" class=\"muted\"></span></div><table id=\"findings\"><thead><tr><th>severity</th><th>rule</th><th>resource</th><th>where</th><th>message</th></tr></thead><tbody id=\"findings-body\"></tbody></table><div id=\"sentinel\" class=\"more\"></div></section>",
        report.findings.len()
    );
    notes(&mut out, report);
    let _ = writeln!(out, "<script type=\"application/json\" id=\"tollgate-data\">{}</script>", data(report, sources));
    let _ = writeln!(out, "<script>{SCRIPT}</script></body></html>");
    out
}
