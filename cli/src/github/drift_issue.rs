//! The nightly drift issue: one open issue per repository, found by its label and hidden marker;
//! opened when drift appears, rewritten while it lasts, closed with a comment when it is gone.

use serde_json::json;
use tollgate_engine::drift::DriftReport;

use super::api::{Api, ApiError};

const PERMISSION: &str = "issues: write";
/// The label the issue carries (and is found by).
pub const LABEL: &str = "tollgate-drift";
/// The hidden marker in the issue body.
pub const MARKER: &str = "<!-- tollgate:drift-issue -->";

/// What the run did to the issue.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    Opened(u64),
    Updated(u64),
    Closed(u64),
    /// No drift and no open issue.
    Nothing,
}

fn title(report: &DriftReport) -> String {
    let s = &report.summary;
    format!("Drift: {} missing, {} unmanaged, {} changed", s.missing, s.unmanaged, s.changed_resources)
}

/// The issue body: the drift tables and what to do about them, with a link to the run.
pub fn body(report: &DriftReport, run_url: Option<&str>) -> String {
    let mut out = format!("{MARKER}\n");
    out.push_str(&tollgate_engine::drift::render::markdown(report));
    if let Some(url) = run_url {
        out.push_str(&format!(
            "\n_Found by [this run]({url}). The issue is updated on each run and closed when the drift is gone._\n"
        ));
    } else {
        out.push_str("\n_The issue is updated on each run and closed when the drift is gone._\n");
    }
    out
}

/// Opens, updates or closes the drift issue.
pub async fn sync(api: &Api, report: &DriftReport, run_url: Option<&str>) -> Result<Action, ApiError> {
    let issues = api.get_all(&api.repo_path(&format!("/issues?state=open&labels={LABEL}")), PERMISSION).await?;
    let existing = issues
        .iter()
        .filter(|i| i.get("pull_request").is_none())
        .find(|i| i["body"].as_str().is_some_and(|b| b.contains(MARKER)))
        .and_then(|i| i["number"].as_u64());
    let drifted = report.summary.result != "clean";
    match (existing, drifted) {
        (Some(number), true) => {
            let update = json!({"title": title(report), "body": body(report, run_url)});
            api.patch(&api.repo_path(&format!("/issues/{number}")), &update, PERMISSION).await?;
            Ok(Action::Updated(number))
        }
        (None, true) => {
            let create = json!({"title": title(report), "body": body(report, run_url), "labels": [LABEL]});
            let issue = api.post(&api.repo_path("/issues"), &create, PERMISSION).await?;
            Ok(Action::Opened(issue["number"].as_u64().unwrap_or_default()))
        }
        (Some(number), false) => {
            let note = match run_url {
                Some(url) => {
                    format!("No drift in the [latest run]({url}): the code and the live estate agree again. Closing.")
                }
                None => "No drift in the latest run: the code and the live estate agree again. Closing.".to_owned(),
            };
            api.post(&api.repo_path(&format!("/issues/{number}/comments")), &json!({"body": note}), PERMISSION).await?;
            let close = json!({"state": "closed", "state_reason": "completed"});
            api.patch(&api.repo_path(&format!("/issues/{number}")), &close, PERMISSION).await?;
            Ok(Action::Closed(number))
        }
        (None, false) => Ok(Action::Nothing),
    }
}
