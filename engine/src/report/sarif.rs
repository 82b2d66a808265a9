//! SARIF 2.1.0 for code scanning: `rules[]` from rule metadata, partial fingerprints, suppressions.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::model::{Finding, Report, RuleInfo};
use crate::model::severity::Severity;

pub fn render(report: &Report) -> String {
    let index: HashMap<&str, usize> = report.rules.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();
    let rules: Vec<Value> = report.rules.iter().map(rule).collect();
    let results: Vec<Value> =
        report.findings.iter().map(|f| result(f, index.get(f.rule_id.as_str()).copied())).collect();
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .map(|e| {
            json!({
                "level": "error",
                "message": {"text": format!("{}: {}", e.kind, e.message)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": e.file},
                    "region": {"startLine": e.line.max(1), "startColumn": e.column.max(1)}
                }}]
            })
        })
        .collect();
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "tollgate",
                "version": report.tool.version,
                "informationUri": "https://github.com/tollgate-dev/tollgate",
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": report.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }]
    });
    let mut out = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    out.push('\n');
    out
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// GitHub code scanning reads `security-severity` (0-10) to rank security alerts.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
    }
}

fn rule(rule: &RuleInfo) -> Value {
    let mut tags = vec!["security".to_owned()];
    tags.extend(rule.frameworks.iter().flat_map(|(fw, ids)| ids.iter().map(move |id| format!("{fw}/{id}"))));
    let help = if rule.remediation.is_empty() { rule.title.clone() } else { rule.remediation.clone() };
    json!({
        "id": rule.id,
        "name": rule.title,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": if rule.description.is_empty() { &rule.title } else { &rule.description }},
        "help": {"text": help, "markdown": help},
        "defaultConfiguration": {"level": level(rule.severity)},
        "properties": {"tags": tags, "security-severity": security_severity(rule.severity), "precision": "high"},
    })
}

fn result(finding: &Finding, rule_index: Option<usize>) -> Value {
    let mut result = json!({
        "ruleId": finding.rule_id,
        "level": level(finding.severity),
        "message": {"text": finding.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": finding.file},
                "region": {"startLine": finding.line.max(1), "startColumn": finding.column.max(1), "endLine": finding.end_line.max(finding.line).max(1)}
            },
            "logicalLocations": [{"fullyQualifiedName": finding.resource, "kind": "resource"}]
        }],
        "partialFingerprints": {"tollgateFingerprint/v1": finding.fingerprint},
        "properties": {"severity": finding.severity, "resource_type": finding.resource_type, "baselined": finding.baselined},
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    // A resource inside a Terraform module: the `module` blocks that instantiate it.
    if !finding.module_calls.is_empty() {
        let related: Vec<Value> = finding
            .module_calls
            .iter()
            .enumerate()
            .map(|(id, call)| {
                json!({
                    "id": id,
                    "message": {"text": format!("called as {}", call.address)},
                    "physicalLocation": {"artifactLocation": {"uri": call.file}, "region": {"startLine": call.line.max(1)}}
                })
            })
            .collect();
        result["relatedLocations"] = json!(related);
    }
    // A value written in a values file or a patch: the rendered line that carries it.
    for place in &finding.related {
        let mut related = result.get("relatedLocations").and_then(Value::as_array).cloned().unwrap_or_default();
        related.push(json!({
            "id": related.len(),
            "message": {"text": place.message},
            "physicalLocation": {"artifactLocation": {"uri": place.file}, "region": {"startLine": place.line.max(1)}}
        }));
        result["relatedLocations"] = json!(related);
    }
    // Found on a live snapshot entry only: the declared resource it matched, for the reader to fix.
    if finding.live_only {
        result["properties"]["liveOnly"] = json!(true);
        if let Some(code) = &finding.code {
            let mut related = result.get("relatedLocations").and_then(Value::as_array).cloned().unwrap_or_default();
            related.push(json!({
                "id": related.len(),
                "message": {"text": format!("declared as {}", code.address)},
                "physicalLocation": {"artifactLocation": {"uri": code.file}, "region": {"startLine": code.line.max(1)}}
            }));
            result["relatedLocations"] = json!(related);
        }
    }
    if let Some(s) = &finding.suppression {
        let kind = if s.kind == "inline" { "inSource" } else { "external" };
        result["suppressions"] = json!([{"kind": kind, "status": "accepted", "justification": s.reason}]);
    }
    result
}
