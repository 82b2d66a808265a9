//! The check run: a conclusion from the report's gate and one annotation per finding on the pull
//! request's changes (new findings when the report compares with a base), sent 50 per request.

use serde_json::{Value, json};
use tollgate_engine::model::severity::Severity;
use tollgate_engine::report::model::{Finding, Report};

use super::api::{Api, ApiError};

const PERMISSION: &str = "checks: write";
/// GitHub accepts at most this many annotations per create or update request.
pub const ANNOTATIONS_PER_REQUEST: usize = 50;
/// GitHub's limit for a check run's summary text (characters).
const MAX_SUMMARY_CHARS: usize = 65_535;

/// `success` (clean), `neutral` (findings below the failing severity only) or `failure`.
pub fn conclusion(report: &Report) -> &'static str {
    match report.summary.result.as_str() {
        "pass" if report.findings.iter().any(Finding::is_active) => "neutral",
        "pass" => "success",
        _ => "failure",
    }
}

/// Whether the report compares with a base (`check --base`): its findings are new or unchanged.
pub fn compared(report: &Report) -> bool {
    report.findings.iter().chain(&report.fixed).any(|f| f.change.is_some())
}

/// The findings a pull request is told about (annotated, listed in the comment): new ones when the
/// report compares with a base, else every active one.
pub fn annotated(report: &Report) -> Vec<&Finding> {
    let compared = compared(report);
    report.findings.iter().filter(|f| f.is_active() && (!compared || f.change.as_deref() == Some("new"))).collect()
}

fn annotation(f: &Finding) -> Value {
    let level = match f.severity {
        Severity::Critical | Severity::High => "failure",
        Severity::Medium => "warning",
        _ => "notice",
    };
    let line = f.line.max(1);
    json!({
        "path": f.file.trim_start_matches("./"),
        "start_line": line,
        "end_line": f.end_line.max(line),
        "annotation_level": level,
        "title": format!("{} {} ({})", f.rule_id, f.title, f.severity),
        "message": format!("{}\n\nResource: {}", f.message, f.resource),
    })
}

/// Creates the check run with the first 50 annotations, then adds the rest 50 at a time. Returns
/// the check run's id and the number of requests made.
pub async fn post(api: &Api, head_sha: &str, report: &Report, summary: &str) -> Result<(u64, usize), ApiError> {
    let findings = annotated(report);
    let annotations: Vec<Value> = findings.iter().map(|f| annotation(f)).collect();
    let mut batches = annotations.chunks(ANNOTATIONS_PER_REQUEST);
    let summary: String = summary.chars().take(MAX_SUMMARY_CHARS).collect();
    let title = title(report, findings.len());
    let output = |batch: Option<&[Value]>| json!({ "title": title, "summary": summary, "annotations": batch.unwrap_or_default() });
    let created = api
        .post(
            &api.repo_path("/check-runs"),
            &json!({
                "name": "tollgate",
                "head_sha": head_sha,
                "status": "completed",
                "conclusion": conclusion(report),
                "output": output(batches.next()),
            }),
            PERMISSION,
        )
        .await?;
    let id = created["id"].as_u64().unwrap_or_default();
    let mut requests = 1;
    for batch in batches {
        api.patch(&api.repo_path(&format!("/check-runs/{id}")), &json!({ "output": output(Some(batch)) }), PERMISSION)
            .await?;
        requests += 1;
    }
    Ok((id, requests))
}

fn title(report: &Report, annotated: usize) -> String {
    let s = &report.summary;
    match s.result.as_str() {
        "error" => format!("{} errors", s.errors),
        _ if annotated == 0 => "No findings".to_owned(),
        "fail" => format!("{annotated} findings annotated; the gate fails at {} and above", s.fail_on),
        _ => format!("{annotated} findings annotated, none at or above {}", s.fail_on),
    }
}
