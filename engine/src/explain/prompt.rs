//! The prompt sent for an explanation: a versioned template file (`prompts/explain-v1.md`) filled with
//! the rule's text and the redacted resource block. The version and a hash of what is sent key the
//! answer cache and the audit log.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::report::model::{Finding, RuleInfo};

/// The template's version: part of every cache key, so a changed prompt is asked again.
pub const PROMPT_VERSION: &str = "explain-v1";
const TEMPLATE: &str = include_str!("../../../prompts/explain-v1.md");
const USER_MARK: &str = "=== user ===\n";

/// The messages for one finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub system: String,
    pub user: String,
}

/// The JSON schema of an answer (structured output).
pub fn answer_schema() -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["risk", "change", "tradeoffs"],
        "properties": {
            "risk": {"type": "string"},
            "change": {"type": "string"},
            "tradeoffs": {"type": "string"}
        }
    })
}

/// Fills the explanation template; `block` must already be redacted.
pub fn build(rule: Option<&RuleInfo>, finding: &Finding, block: &str) -> Prompt {
    fill(TEMPLATE, rule, finding, block)
}

/// A template's (`prompts/*.md`: the system text, a `=== user ===` line, the user text) two parts,
/// the user text with its `{{placeholders}}`.
pub fn split(template: &str) -> (String, String) {
    let (system, user) = template.split_once(USER_MARK).unwrap_or((template, ""));
    (system.trim_end().to_owned(), user.to_owned())
}

/// Fills a template with a finding.
pub fn fill(template: &str, rule: Option<&RuleInfo>, finding: &Finding, block: &str) -> Prompt {
    let (system, user) = split(template);
    let field = |get: fn(&RuleInfo) -> &str| rule.map(get).unwrap_or_default().trim().to_owned();
    let values = [
        ("rule_id", finding.rule_id.clone()),
        ("severity", finding.severity.to_string()),
        ("title", finding.title.clone()),
        ("description", field(|r| &r.description)),
        ("why", field(|r| &r.why)),
        ("remediation", field(|r| &r.remediation)),
        ("message", finding.message.clone()),
        ("resource", finding.resource.clone()),
        ("resource_type", finding.resource_type.clone()),
        ("kind", finding.kind.clone()),
        ("attribute", finding.attribute.clone().unwrap_or_else(|| "(none)".into())),
        ("block", block.to_owned()),
    ];
    let mut user = user;
    for (name, value) in values {
        user = user.replace(&format!("{{{{{name}}}}}"), &value);
    }
    Prompt { system, user }
}

/// The answer cache key: rule id, the redacted block's hash, the model and the prompt's version.
pub fn cache_key(rule_id: &str, redacted_block: &str, model: &str, prompt_version: &str) -> String {
    let block = hex::encode(Sha256::digest(redacted_block.as_bytes()));
    hex::encode(Sha256::digest(format!("{rule_id}\n{block}\n{model}\n{prompt_version}").as_bytes()))
}

/// The hash of the messages sent, for the audit log.
pub fn hash(prompt: &Prompt) -> String {
    hex::encode(Sha256::digest(format!("{}\n{}", prompt.system, prompt.user).as_bytes()))
}
