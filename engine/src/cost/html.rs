//! `tollgate cost --format html`: the estimate as one self-contained page: the total, the cost by
//! resource type as bars, the resources from the most expensive down with their components, the
//! pull request's delta with `--base`, what could not be priced and why, and where the prices come
//! from and as of when.

use std::fmt::Write;

use super::CostReport;
use super::render::{money, signed};
use crate::report::html::{bars, esc, static_page, table};

pub fn render(report: &CostReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<header><h1>tollgate cost: {} a month</h1><div class=\"muted\">{} resources priced, {} unpriced</div></header>",
        money(report.total_monthly),
        report.resources.len(),
        report.unpriced.len()
    );
    if let Some(diff) = &report.diff {
        let _ = writeln!(
            out,
            "<section><h2>This change</h2><div class=\"card\">{} to {} a month (<b>{}</b>): {} added, {} removed, {} changed</div></section>",
            money(diff.total_before),
            money(diff.total_after),
            signed(diff.total_delta),
            diff.added.len(),
            diff.removed.len(),
            diff.changed.len()
        );
        let rows = diff
            .rows()
            .map(|(what, x)| vec![what.to_owned(), esc(&x.address), money(x.before), money(x.after), signed(x.delta)]);
        table(
            &mut out,
            "Resources the change prices differently",
            &["change", "resource", "before", "after", "delta"],
            rows,
        );
    }
    let types: Vec<(String, f64, String)> = report.by_type(12).into_iter().map(|(t, m)| (t, m, money(m))).collect();
    if let Some(largest) = types.first().map(|t| t.1) {
        let _ = writeln!(out, "<section><h2>By resource type</h2>{}</section>", bars(&types, largest));
    }
    let rows = report.most_expensive().into_iter().map(|r| {
        let parts: Vec<String> = r
            .components
            .iter()
            .map(|c| {
                let usage = if c.usage_missing { " (depends on usage)" } else { "" };
                format!(
                    "{}: {} {} x {} = {}{usage}",
                    esc(&c.name),
                    c.quantity,
                    esc(&c.unit),
                    c.unit_price,
                    money(c.monthly)
                )
            })
            .collect();
        let at = format!("{} ({}:{})", esc(&r.region), esc(&r.file), r.line);
        vec![esc(&r.address), money(r.monthly), at, parts.join("<br>")]
    });
    table(&mut out, "Resources", &["resource", "monthly", "where", "components"], rows);
    let rows =
        report.unpriced.iter().map(|u| vec![esc(&u.address), format!("{}:{}", esc(&u.file), u.line), esc(&u.reason)]);
    table(&mut out, "Not priced", &["resource", "where", "why"], rows);
    let dates: Vec<String> =
        super::price_dates(report).iter().map(|(date, catalog)| format!("{} ({})", esc(date), esc(catalog))).collect();
    let catalogs: Vec<String> = report
        .catalogs
        .iter()
        .map(|c| format!("{}: {} ({})", esc(&c.provider), esc(&c.source), esc(&c.date)))
        .collect();
    let _ = writeln!(
        out,
        "<section><h2>Prices</h2><div class=\"card\">as of {}<br>{}</div>",
        if dates.is_empty() { "-".to_owned() } else { dates.join(", ") },
        catalogs.join("<br>")
    );
    for warning in &report.warnings {
        let _ = writeln!(out, "<div class=\"card\">warning: {}</div>", esc(warning));
    }
    out.push_str("</section>\n");
    static_page(&format!("tollgate cost: {}", money(report.total_monthly)), &out)
}
