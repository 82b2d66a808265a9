//! Budgets from `.tollgate.yaml`: per path glob, a monthly total and a monthly delta limit. A budget
//! exceeded is reported with both figures (the limit and the estimate) and fails `tollgate cost`.

use globset::GlobBuilder;
use serde::{Deserialize, Serialize};

use super::{CostReport, round};
use crate::config::Budget;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetResult {
    pub paths: String,
    /// The estimated monthly total of the resources under `paths`.
    pub monthly: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_limit: Option<f64>,
    /// With `--base`: what the change adds to that total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delta: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delta_limit: Option<f64>,
    pub exceeded: bool,
    pub message: String,
}

fn total(report: &CostReport, matches: &dyn Fn(&str) -> bool) -> f64 {
    round(report.resources.iter().filter(|r| matches(r.file.trim_start_matches("./"))).map(|r| r.monthly).sum())
}

/// Each budget against the head's estimate (and the base's, for the delta). A glob that does not
/// compile is reported as exceeded with the reason, never skipped.
pub fn check(budgets: &[Budget], head: &CostReport, base: Option<&CostReport>) -> Vec<BudgetResult> {
    budgets
        .iter()
        .map(|budget| {
            let glob = match GlobBuilder::new(&budget.paths).literal_separator(true).build() {
                Ok(glob) => glob.compile_matcher(),
                Err(e) => {
                    return BudgetResult {
                        paths: budget.paths.clone(),
                        monthly: 0.0,
                        monthly_limit: budget.monthly,
                        delta: None,
                        delta_limit: budget.delta,
                        exceeded: true,
                        message: format!("budget paths `{}` is not a glob: {e}", budget.paths),
                    };
                }
            };
            let matches = |file: &str| glob.is_match(file);
            let monthly = total(head, &matches);
            let delta = base.map(|b| round(monthly - total(b, &matches)));
            let mut over = Vec::new();
            if let Some(limit) = budget.monthly.filter(|l| monthly > *l) {
                over.push(format!("${monthly:.2} a month is over the ${limit:.2} budget"));
            }
            if let (Some(limit), Some(delta)) = (budget.delta, delta)
                && delta > limit
            {
                over.push(format!("the change adds ${delta:.2} a month, over the ${limit:.2} allowed"));
            }
            let message = if over.is_empty() {
                format!("`{}`: ${monthly:.2} a month, within budget", budget.paths)
            } else {
                format!("`{}`: {}", budget.paths, over.join("; "))
            };
            BudgetResult {
                paths: budget.paths.clone(),
                monthly,
                monthly_limit: budget.monthly,
                delta,
                delta_limit: budget.delta,
                exceeded: !over.is_empty(),
                message,
            }
        })
        .collect()
}
