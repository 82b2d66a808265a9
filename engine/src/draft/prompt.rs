//! The prompt for a policy draft (`prompts/policy-v1.md`, with `prompts/repair-v1.md` appended for a
//! repair round) and the answer's schema: the rule's metadata fields, its two modules and fixtures.

use serde_json::{Value, json};

use crate::ask::prompt::fill;
use crate::ask::shape::TypeShape;
use crate::explain::prompt::Prompt;

/// The template's version: part of every cache key.
pub const POLICY_PROMPT_VERSION: &str = "policy-v1";
const TEMPLATE: &str = include_str!("../../../prompts/policy-v1.md");

/// The answer's JSON schema (strict structured output).
pub fn schema() -> Value {
    let text = json!({"type": "string"});
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "slug", "title", "description", "severity", "resource_types", "why", "remediation",
                     "example", "policy", "policy_test", "fixtures"],
        "properties": {
            "id": text, "slug": text, "title": text, "description": text,
            "severity": {"type": "string", "enum": ["low", "medium", "high", "critical"]},
            "resource_types": {"type": "array", "items": text},
            "why": text, "remediation": text, "example": text, "policy": text, "policy_test": text,
            "fixtures": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["name", "content"],
                    "properties": {"name": text, "content": text}
                }
            }
        }
    })
}

/// The messages for a request; `previous`: the last draft (as files) and what failed.
pub fn build(request: &str, shape: &[TypeShape], previous: Option<(&str, &str)>) -> Prompt {
    fill(TEMPLATE, request, shape, previous)
}
