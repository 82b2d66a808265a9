//! Drift reports as text for a terminal and as markdown for an issue or a job summary (JSON is the
//! report itself, serialized).

use std::fmt::Write;

use serde_json::Value;

use super::DriftReport;
use super::policy::RuleHit;
use crate::explain::Explanation;
use crate::report::explanations::{help_text, section};

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 80 { format!("{}…", text.chars().take(79).collect::<String>()) } else { text }
}

/// The terminal form: one line per difference, then the summary.
pub fn human(report: &DriftReport) -> String {
    let mut out = String::new();
    for m in &report.missing {
        let _ = writeln!(
            out,
            "MISSING    {:<8} {}  ({}:{}): declared, not found live{}",
            m.severity.as_str(),
            m.address,
            m.file,
            m.line,
            rules(&m.rules)
        );
    }
    for u in &report.unmanaged {
        let id = u.id.as_deref().map(|i| format!(" id {i}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "UNMANAGED  {:<8} {}{id}  ({}:{}): live, not declared{}",
            u.severity.as_str(),
            u.address,
            u.snapshot,
            u.snapshot_line,
            rules(&u.rules)
        );
    }
    for c in &report.changed {
        let _ = writeln!(
            out,
            "CHANGED    {:<8} {}.{}  ({}:{}): declared {}, live {}{}",
            c.severity.as_str(),
            c.address,
            c.attribute,
            c.file,
            c.line,
            short(&c.desired),
            short(&c.live),
            rules(&c.rules)
        );
    }
    for (heading, e) in explained(report) {
        let text: Vec<String> =
            help_text(e).lines().map(|l| if l.is_empty() { String::new() } else { format!("  {l}") }).collect();
        let _ = writeln!(out, "\n{heading}\n{}", text.join("\n"));
    }
    if report.summary.result != "clean" && report.errors.is_empty() {
        out.push_str(ADVICE_TEXT);
    }
    for w in &report.warnings {
        let _ = writeln!(out, "warning: {}", w.message);
    }
    for e in &report.errors {
        let _ = writeln!(out, "error: {}:{}:{}: {}", e.file, e.line, e.column, e.message);
    }
    let s = &report.summary;
    if s.cosmetic > 0 {
        let _ = writeln!(
            out,
            "{} null-versus-empty difference(s) (null against \"\", [] or {{}}) set aside as cosmetic: --strict-empty reports them as drift",
            s.cosmetic
        );
    }
    let _ = writeln!(
        out,
        "{} declared, {} live, {} matched: {} missing, {} unmanaged, {} changed ({} attributes), {} ignored, {} errors: {}",
        s.desired,
        s.live,
        s.matched,
        s.missing,
        s.unmanaged,
        s.changed_resources,
        s.changed_attributes,
        s.ignored,
        s.errors,
        s.result
    );
    out
}

/// The explained differences: what each is about (the resource, and the attribute of a change).
fn explained(report: &DriftReport) -> Vec<(String, &Explanation)> {
    let missing = report.missing.iter().filter_map(|m| Some((m.address.clone(), m.explanation.as_ref()?)));
    let unmanaged = report.unmanaged.iter().filter_map(|u| Some((u.address.clone(), u.explanation.as_ref()?)));
    let changed =
        report.changed.iter().filter_map(|c| Some((format!("{}.{}", c.address, c.attribute), c.explanation.as_ref()?)));
    missing.chain(unmanaged).chain(changed).collect()
}

/// The drift rules that weighed a difference, for a line of text.
fn rules(hits: &[RuleHit]) -> String {
    if hits.is_empty() {
        return String::new();
    }
    let ids: Vec<&str> = hits.iter().map(|h| h.rule_id.as_str()).collect();
    format!(" [{}]", ids.join(", "))
}

const ADVICE_TEXT: &str = "what to do: revert (live is wrong): `terraform apply`; codify (live is right): `tollgate drift --fix codify`; import unmanaged resources: `tollgate drift --fix import`\n";

const ADVICE_MARKDOWN: &str = "\n### What to do\n\n- **Revert** what should not have changed: apply the code (`terraform apply`, `kubectl apply`).\n- **Codify** what should stay: `tollgate drift --live ... --fix codify` proposes verified edits of the code.\n- **Import** unmanaged resources: `tollgate drift --live ... --fix import` writes `import {}` and resource blocks.\n";

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The markdown form: a summary line and one table per class.
pub fn markdown(report: &DriftReport) -> String {
    let s = &report.summary;
    let mut out = String::from("## tollgate drift\n\n");
    if s.result == "clean" {
        let _ = writeln!(out, "No drift: {} declared resources match the live snapshot.", s.desired);
    } else {
        let _ = writeln!(
            out,
            "**{} missing, {} unmanaged, {} changed** ({} attributes) of {} declared and {} live resources; {} ignored.",
            s.missing, s.unmanaged, s.changed_resources, s.changed_attributes, s.desired, s.live, s.ignored
        );
    }
    if !report.changed.is_empty() {
        out.push_str(
            "\n### Changed\n\n| Severity | Resource | Attribute | Declared | Live | Where |\n|---|---|---|---|---|---|\n",
        );
        for c in &report.changed {
            let _ = writeln!(
                out,
                "| {} | `{}` | `{}` | `{}` | `{}` | `{}:{}` |",
                c.severity.as_str(),
                cell(&c.address),
                cell(&c.attribute),
                cell(&short(&c.desired)),
                cell(&short(&c.live)),
                cell(&c.file),
                c.line
            );
        }
    }
    if !report.missing.is_empty() {
        out.push_str(
            "\n### Missing (declared, not live)\n\n| Severity | Resource | Type | Where |\n|---|---|---|---|\n",
        );
        for m in &report.missing {
            let (severity, address, file) = (m.severity.as_str(), cell(&m.address), cell(&m.file));
            let _ = writeln!(out, "| {severity} | `{address}` | `{}` | `{file}:{}` |", m.resource_type, m.line);
        }
    }
    if !report.unmanaged.is_empty() {
        out.push_str(
            "\n### Unmanaged (live, not declared)\n\n| Severity | Resource | Type | Id | Snapshot |\n|---|---|---|---|---|\n",
        );
        for u in &report.unmanaged {
            let id = u.id.as_deref().map(cell).unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | `{}` | `{}` | {id} | `{}:{}` |",
                u.severity.as_str(),
                cell(&u.address),
                u.resource_type,
                cell(&u.snapshot),
                u.snapshot_line
            );
        }
    }
    let explained: Vec<(String, &Explanation)> =
        explained(report).into_iter().map(|(heading, e)| (format!("`{heading}`"), e)).collect();
    if !explained.is_empty() {
        out.push('\n');
        out.push_str(&section(&explained));
    }
    if s.result != "clean" && report.errors.is_empty() {
        out.push_str(ADVICE_MARKDOWN);
    }
    if !report.warnings.is_empty() {
        out.push_str("\n### Warnings\n\n");
        for w in &report.warnings {
            let _ = writeln!(out, "- {}", cell(&w.message));
        }
    }
    if !report.errors.is_empty() {
        out.push_str("\n### Errors\n\n");
        for e in &report.errors {
            let _ = writeln!(out, "- `{}:{}`: {}", cell(&e.file), e.line, cell(&e.message));
        }
    }
    out
}
