//! The cost report as a terminal table and as markdown (for pull-request comments).

use std::fmt::Write;

use super::CostReport;

/// `$12.34`.
pub fn money(amount: f64) -> String {
    format!("${amount:.2}")
}

/// `+$12.34` or `-$12.34`.
pub fn signed(amount: f64) -> String {
    if amount >= 0.0 { format!("+${amount:.2}") } else { format!("-${:.2}", -amount) }
}

pub fn human(report: &CostReport) -> String {
    let mut out = String::new();
    let names = report.resources.iter().flat_map(|r| r.components.iter().map(|c| c.name.len() + 2));
    let width = report.resources.iter().map(|r| r.address.len()).chain(names).max().unwrap_or(8).max(8);
    let _ = writeln!(out, "{:<width$}  {:>12}", "resource", "monthly");
    for r in &report.resources {
        let _ = writeln!(out, "{:<width$}  {:>12}   {} ({}:{})", r.address, money(r.monthly), r.region, r.file, r.line);
        for c in &r.components {
            let usage = if c.usage_missing { "  depends on usage" } else { "" };
            let _ = writeln!(
                out,
                "  {:<w$}  {:>12}   {} {} x {}{usage}",
                c.name,
                money(c.monthly),
                c.quantity,
                c.unit,
                c.unit_price,
                w = width - 2
            );
        }
    }
    let _ = writeln!(out, "{:<width$}  {:>12}", "total", money(report.total_monthly));
    let dates = super::price_dates(report);
    if !dates.is_empty() {
        let listed: Vec<String> = dates.iter().map(|(date, catalog)| format!("{date} ({catalog})")).collect();
        let _ = writeln!(out, "prices as of {}", listed.join(", "));
    }
    if let Some(d) = &report.diff {
        let _ = writeln!(
            out,
            "\nchange: {} -> {} ({}): {} added, {} removed, {} changed",
            money(d.total_before),
            money(d.total_after),
            signed(d.total_delta),
            d.added.len(),
            d.removed.len(),
            d.changed.len()
        );
        for (what, x) in d.rows() {
            let _ = writeln!(
                out,
                "  {what:<8} {:<width$} {:>10} -> {:>10} ({})",
                x.address,
                money(x.before),
                money(x.after),
                signed(x.delta)
            );
        }
    }
    for b in &report.budgets {
        let mark = if b.exceeded { "over budget" } else { "ok" };
        let _ = writeln!(out, "\nbudget {mark}: {}", b.message);
    }
    if !report.unpriced.is_empty() {
        let _ = writeln!(out, "\n{} resources not priced:", report.unpriced.len());
        for u in &report.unpriced {
            let _ = writeln!(out, "  {} ({}:{}): {}", u.address, u.file, u.line, u.reason);
        }
    }
    out
}

pub fn markdown(report: &CostReport) -> String {
    let mut out = String::from("### tollgate cost\n\n");
    if let Some(d) = &report.diff {
        let _ = writeln!(
            out,
            "**Monthly cost: {} → {} ({})**\n\n| Change | Resource | Before | After | Delta |\n|---|---|---:|---:|---:|",
            money(d.total_before),
            money(d.total_after),
            signed(d.total_delta)
        );
        for (what, x) in d.rows() {
            let _ = writeln!(
                out,
                "| {what} | `{}` | {} | {} | {} |",
                x.address,
                money(x.before),
                money(x.after),
                signed(x.delta)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "| Resource | Type | Region | Monthly |\n|---|---|---|---:|");
    for r in &report.resources {
        let _ = writeln!(out, "| `{}` | `{}` | {} | {} |", r.address, r.resource_type, r.region, money(r.monthly));
    }
    let _ = writeln!(out, "| **Total** | | | **{}** |", money(report.total_monthly));
    for b in &report.budgets {
        let mark = if b.exceeded { "❌ over budget" } else { "✅ within budget" };
        let _ = writeln!(out, "\n{mark}: {}", b.message);
    }
    for warning in &report.warnings {
        let _ = writeln!(out, "\n⚠️ {warning}");
    }
    if !report.unpriced.is_empty() {
        let _ = writeln!(out, "\n<details><summary>{} resources not priced</summary>\n", report.unpriced.len());
        for u in &report.unpriced {
            let _ = writeln!(out, "- `{}` ({}:{}): {}", u.address, u.file, u.line, u.reason);
        }
        out.push_str("\n</details>\n");
    }
    out
}
