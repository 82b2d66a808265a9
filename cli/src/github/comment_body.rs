//! The pull-request comment's markdown: the verdict, new findings (linked to their lines at the head
//! commit), fixed ones, the count of unchanged ones and the drift summary, trimmed to GitHub's
//! comment size with a pointer to the full report.

use std::fmt::Write;

use tollgate_engine::cost::CostReport;
use tollgate_engine::cost::render::{money, signed};
use tollgate_engine::drift::DriftReport;
use tollgate_engine::model::severity::Severity;
use tollgate_engine::report::model::{Finding, Report};

use super::context::Context;

/// The hidden marker that finds the comment again on the next run.
pub const MARKER: &str = "<!-- tollgate:pr-comment -->";
/// GitHub rejects comment bodies longer than this (characters).
pub const MAX_COMMENT_CHARS: usize = 65_536;
/// Row caps tried in turn until the comment fits.
const ROW_CAPS: [usize; 6] = [200, 100, 50, 20, 5, 0];

/// The comment for a report (and a drift report), within GitHub's size limit.
pub fn render(report: &Report, extras: &Extras<'_>, ctx: &Context) -> String {
    for cap in ROW_CAPS {
        let body = render_capped(report, extras, ctx, cap);
        if body.chars().count() <= MAX_COMMENT_CHARS {
            return body;
        }
    }
    let note = trimmed_note(ctx);
    let keep = MAX_COMMENT_CHARS - note.chars().count();
    render_capped(report, extras, ctx, 0).chars().take(keep).collect::<String>() + &note
}

fn trimmed_note(ctx: &Context) -> String {
    match &ctx.run_url {
        Some(url) => {
            format!("\n\n_The report is trimmed to fit a comment; the full report is in the [job summary]({url})._\n")
        }
        None => "\n\n_The report is trimmed to fit a comment; the full report is in the job summary._\n".to_owned(),
    }
}

/// What the comment shows beside the findings.
#[derive(Default)]
pub struct Extras<'a> {
    pub drift: Option<&'a DriftReport>,
    pub cost: Option<&'a CostReport>,
    /// Where the HTML report can be opened (the run's artifacts).
    pub html_url: Option<&'a str>,
}

fn render_capped(report: &Report, extras: &Extras<'_>, ctx: &Context, cap: usize) -> String {
    let (drift, cost) = (extras.drift, extras.cost);
    let s = &report.summary;
    let mut out = format!("{MARKER}\n");
    let compared = super::check_run::compared(report);
    let mut active: Vec<&Finding> = super::check_run::annotated(report);
    active.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| (&a.file, a.line).cmp(&(&b.file, b.line))));
    let drifted = drift.is_some_and(|d| d.summary.result != "clean");
    let headline = match s.result.as_str() {
        "error" => format!("⚠️ **tollgate: {} errors** (files or rules that could not be read or evaluated)", s.errors),
        "fail" => format!("❌ **tollgate: failed** ({} at or above `{}`)", plural(active.len(), "finding"), s.fail_on),
        _ if active.is_empty() && !drifted => "✅ **tollgate: all checks passed**".to_owned(),
        _ => format!("✅ **tollgate: passed** (nothing at or above `{}`)", s.fail_on),
    };
    let _ = writeln!(out, "### {headline}\n");
    if compared {
        let gate = if s.new_only { " · only new findings fail" } else { "" };
        let _ = writeln!(out, "**{} new** · {} fixed · {} unchanged{gate}\n", s.new, s.fixed, s.unchanged);
    }
    let _ = writeln!(
        out,
        "{} · {} · {} · {} rules\n",
        plural(s.files_scanned, "file"),
        plural(s.resources, "resource"),
        severity_counts(report),
        s.rules
    );
    if !active.is_empty() {
        let title = if compared { "New findings" } else { "Findings" };
        let _ = writeln!(out, "<details open><summary><b>{title} ({})</b></summary>\n", active.len());
        let _ = writeln!(out, "| Severity | Rule | Resource | Where | Message |\n|---|---|---|---|---|");
        for f in active.iter().take(cap) {
            let _ = writeln!(
                out,
                "| {} | `{}` {} | `{}` | [{}:{}]({}) | {} |",
                f.severity,
                f.rule_id,
                cell(&f.title),
                cell(&f.resource),
                cell(&f.file),
                f.line,
                ctx.blob_link(&f.file, f.line),
                cell(&f.message)
            );
        }
        more(&mut out, active.len(), cap, ctx);
        let _ = writeln!(out, "\n</details>\n");
    }
    if cap > 0 {
        out.push_str(&tollgate_engine::report::explanations::markdown(report));
    }
    if !report.fixed.is_empty() {
        let _ = writeln!(out, "<details><summary>Fixed ({})</summary>\n", report.fixed.len());
        for f in report.fixed.iter().take(cap) {
            let _ =
                writeln!(out, "- `{}` `{}` in `{}`: {}", f.rule_id, cell(&f.resource), cell(&f.file), cell(&f.title));
        }
        more(&mut out, report.fixed.len(), cap, ctx);
        let _ = writeln!(out, "\n</details>\n");
    }
    if !report.errors.is_empty() {
        let _ = writeln!(out, "<details open><summary>Errors ({})</summary>\n", report.errors.len());
        for e in report.errors.iter().take(cap) {
            let _ = writeln!(out, "- `{}:{}:{}` ({}): {}", e.file, e.line, e.column, e.kind, cell(&e.message));
        }
        more(&mut out, report.errors.len(), cap, ctx);
        let _ = writeln!(out, "\n</details>\n");
    }
    if let Some(cost) = cost {
        cost_section(&mut out, cost, cap);
    }
    if let Some(drift) = drift {
        let _ = writeln!(out, "<details><summary>Drift: {}</summary>\n", drift_line(drift));
        out.push_str(&tollgate_engine::drift::render::markdown(drift).replace("## tollgate drift\n\n", ""));
        let _ = writeln!(out, "\n</details>\n");
    }
    if let Some(url) = extras.html_url {
        let _ = writeln!(out, "[The full report as a page]({url}) (`tollgate-report`, a self-contained HTML file)\n");
    }
    let _ = write!(out, "<sub>tollgate {}", report.tool.version);
    if let Some(sha) = &ctx.head_sha {
        let _ = write!(out, " · {}", &sha[..sha.len().min(12)]);
    }
    out.push_str("</sub>\n");
    out
}

fn more(out: &mut String, total: usize, cap: usize, ctx: &Context) {
    if total > cap {
        let place = match &ctx.run_url {
            Some(url) => format!("the [job summary]({url})"),
            None => "the full report".to_owned(),
        };
        let _ = writeln!(out, "\n_…and {} more, not shown to fit a comment: see {place}._", total - cap);
    }
}

/// The monthly cost: the pull request's delta table when the estimate compares with a base.
fn cost_section(out: &mut String, cost: &CostReport, cap: usize) {
    let Some(d) = &cost.diff else {
        let _ = writeln!(
            out,
            "**Monthly cost: {}** ({} resources priced)\n",
            money(cost.total_monthly),
            cost.resources.len()
        );
        return;
    };
    let rows: Vec<_> = d.rows().collect();
    let summary =
        format!("Monthly cost: {} → {} ({})", money(d.total_before), money(d.total_after), signed(d.total_delta));
    let _ = writeln!(out, "<details open><summary><b>{summary}</b></summary>\n");
    if !rows.is_empty() {
        let _ = writeln!(out, "| Change | Resource | Before | After | Delta |\n|---|---|---:|---:|---:|");
        for (what, x) in rows.iter().take(cap) {
            let (before, after, delta) = (money(x.before), money(x.after), signed(x.delta));
            let _ = writeln!(out, "| {what} | `{}` | {before} | {after} | {delta} |", cell(&x.address));
        }
    }
    if !cost.unpriced.is_empty() {
        let _ = writeln!(out, "\n_{} resources not priced (see `tollgate cost`)._", cost.unpriced.len());
    }
    let _ = writeln!(out, "\n</details>\n");
}

fn drift_line(drift: &DriftReport) -> String {
    let s = &drift.summary;
    if s.result == "clean" {
        return "none".to_owned();
    }
    format!("{} missing, {} unmanaged, {} changed", s.missing, s.unmanaged, s.changed_resources)
}

fn severity_counts(report: &Report) -> String {
    let s = &report.summary;
    let parts: Vec<String> = [Severity::Critical, Severity::High, Severity::Medium, Severity::Low]
        .into_iter()
        .filter(|sev| s.count(*sev) > 0)
        .map(|sev| format!("{} {sev}", s.count(sev)))
        .collect();
    if parts.is_empty() { "no active findings".to_owned() } else { parts.join(", ") }
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
}

/// Text safe inside a table cell.
pub fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ").replace('<', "&lt;")
}
