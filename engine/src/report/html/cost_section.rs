//! The cost section of `check`'s page: the month's total, the cost by resource type as bars, the ten
//! most expensive resources, what could not be priced, and with `--base` the change against the base
//! revision. The estimate is made from the scanned resources apart from the rules' `input.cost` (which
//! a warm cache leaves unset for resources it did not read again), so a cold and a warm run show the
//! same figures. `tollgate cost --format html` has the whole estimate.

use std::fmt::Write;

use super::parts::{bars, esc, table};
use crate::cost::CostReport;
use crate::cost::render::{money, signed};

/// How many of the most expensive resources the section lists.
const TOP: usize = 10;

pub fn render(out: &mut String, cost: &CostReport, base_total: Option<f64>) {
    let _ = writeln!(
        out,
        "<section><h2>Cost: {} a month</h2><div class=\"muted\">{} resources priced, {} not priced; `tollgate cost --format html` has the whole estimate</div>",
        money(cost.total_monthly),
        cost.resources.len(),
        cost.unpriced.len()
    );
    if let Some(before) = base_total {
        let _ = writeln!(
            out,
            "<div class=\"card\">This change: {} to {} a month (<b>{}</b>)</div>",
            money(before),
            money(cost.total_monthly),
            signed(cost.total_monthly - before)
        );
    }
    let types: Vec<(String, f64, String)> = cost.by_type(12).into_iter().map(|(t, m)| (t, m, money(m))).collect();
    if let Some(largest) = types.first().map(|t| t.1).filter(|l| *l > 0.0) {
        out.push_str(&bars(&types, largest));
    }
    out.push_str("</section>\n");
    let rows =
        cost.most_expensive().into_iter().take(TOP).map(|r| {
            vec![esc(&r.address), money(r.monthly), format!("{} ({}:{})", esc(&r.region), esc(&r.file), r.line)]
        });
    table(out, &format!("Most expensive resources (top {TOP})"), &["resource", "monthly", "where"], rows);
    let rows =
        cost.unpriced.iter().map(|u| vec![esc(&u.address), format!("{}:{}", esc(&u.file), u.line), esc(&u.reason)]);
    table(out, &format!("Not priced ({})", cost.unpriced.len()), &["resource", "where", "why"], rows);
}
