//! `tollgate test --output sarif`: Conftest results as SARIF 2.1.0, one result per failure, warning
//! and exception, located at the tested file, so code scanning can show them.

use serde_json::{Value, json};

use super::run::CheckResult;

/// Renders results as a SARIF log. Rule ids are `<namespace>/deny`, `<namespace>/warn` and
/// `<namespace>/exception`; levels `error`, `warning` and `note` (an exception is accepted).
pub fn render(results: &[CheckResult]) -> String {
    let mut rules: Vec<String> = Vec::new();
    let mut out: Vec<Value> = Vec::new();
    for r in results {
        for (kind, level, list) in
            [("deny", "error", &r.failures), ("warn", "warning", &r.warnings), ("exception", "note", &r.exceptions)]
        {
            for outcome in list {
                let rule = format!("{}/{kind}", r.namespace);
                let index = match rules.iter().position(|x| *x == rule) {
                    Some(i) => i,
                    None => {
                        rules.push(rule.clone());
                        rules.len() - 1
                    }
                };
                let (file, line) = outcome.location(&r.filename);
                let mut result = json!({
                    "ruleId": rule,
                    "ruleIndex": index,
                    "level": level,
                    "message": {"text": outcome.msg},
                    "locations": [{"physicalLocation": {
                        "artifactLocation": {"uri": file},
                        "region": {"startLine": line},
                    }}],
                });
                if let Some(metadata) = &outcome.metadata {
                    result["properties"] = json!({"metadata": metadata});
                }
                out.push(result);
            }
        }
    }
    let rules: Vec<Value> = rules
        .iter()
        .map(|id| {
            let (namespace, kind) = id.rsplit_once('/').unwrap_or((id, ""));
            let what = match kind {
                "deny" => "denied by",
                "warn" => "warned about by",
                _ => "excepted from",
            };
            json!({"id": id, "shortDescription": {"text": format!("Input {what} the rules of namespace {namespace}")}})
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "tollgate",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/tollgate-dev/tollgate",
                "rules": rules,
            }},
            "results": out,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default() + "\n"
}
