//! Asking a model for a fix where the rule declares none: the versioned template
//! (`prompts/fix-v1.md`), the answer's schema (paths to set, paths to remove), and the conversion of
//! an answer into the rule-fix data `tollgate fix` applies and verifies like any other.

use serde_json::{Map, Value, json};

use super::prompt::{Prompt, fill};
use super::redact::REDACTED;
use crate::report::model::{Finding, RuleInfo};

/// The fix template's version: part of the cache key.
pub const FIX_PROMPT_VERSION: &str = "fix-v1";
const TEMPLATE: &str = include_str!("../../../prompts/fix-v1.md");

pub fn build(rule: Option<&RuleInfo>, finding: &Finding, block: &str) -> Prompt {
    fill(TEMPLATE, rule, finding, block)
}

/// The answer's JSON schema (strict structured output).
pub fn schema() -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["set", "remove"],
        "properties": {
            "set": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["path", "value"],
                    "properties": {
                        "path": {"type": "string"},
                        "value": {"type": ["string", "number", "boolean", "array"], "items": {"type": "string"}}
                    }
                }
            },
            "remove": {"type": "array", "items": {"type": "string"}}
        }
    })
}

/// The fix data (`set`, `remove`, `risk: medium`) from an answer; `None` for an answer without an
/// edit, with malformed entries, or that would write a redacted placeholder.
pub fn fix_from_answer(answer: &Value) -> Option<Value> {
    let mut set = Map::new();
    for entry in answer.get("set")?.as_array()? {
        let path = entry.get("path")?.as_str()?.trim();
        let value = entry.get("value")?;
        if path.is_empty() || value.to_string().contains(REDACTED) {
            return None;
        }
        set.insert(path.to_owned(), value.clone());
    }
    let remove: Vec<String> =
        answer.get("remove")?.as_array()?.iter().map(|p| p.as_str().map(str::to_owned)).collect::<Option<_>>()?;
    if set.is_empty() && remove.is_empty() {
        return None;
    }
    Some(json!({"set": set, "remove": remove, "risk": "medium"}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_become_fix_data_or_nothing() {
        let answer = json!({"set": [{"path": "protocol", "value": "HTTPS"}], "remove": []});
        assert_eq!(
            fix_from_answer(&answer),
            Some(json!({"set": {"protocol": "HTTPS"}, "remove": [], "risk": "medium"}))
        );
        assert_eq!(fix_from_answer(&json!({"set": [], "remove": []})), None);
        assert_eq!(fix_from_answer(&json!({"set": [{"path": "password", "value": "[REDACTED]"}], "remove": []})), None);
        assert_eq!(fix_from_answer(&json!({"risk": "x"})), None);
    }
}
