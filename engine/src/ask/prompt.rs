//! The prompt for a question (`prompts/ask-v1.md`, with `prompts/repair-v1.md` appended for a second
//! try) and the answer's schema: the Rego module and a one-line summary.

use serde_json::{Value, json};

use super::shape::TypeShape;
use crate::explain::prompt::{Prompt, split};

/// The template's version: part of every cache key.
pub const ASK_PROMPT_VERSION: &str = "ask-v1";
const TEMPLATE: &str = include_str!("../../../prompts/ask-v1.md");
const REPAIR: &str = include_str!("../../../prompts/repair-v1.md");

/// The answer's JSON schema (strict structured output).
pub fn schema() -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["rego", "summary"],
        "properties": {"rego": {"type": "string"}, "summary": {"type": "string"}}
    })
}

/// The repair section: the draft that failed and why (empty for a first try).
pub fn repair(previous: Option<(&str, &str)>) -> String {
    previous
        .map(|(draft, errors)| REPAIR.replace("{{draft}}", draft.trim_end()).replace("{{errors}}", errors.trim_end()))
        .unwrap_or_default()
}

/// The messages for a question over an estate of this shape.
pub fn build(question: &str, shape: &[TypeShape], previous: Option<(&str, &str)>) -> Prompt {
    fill(TEMPLATE, question, shape, previous)
}

/// Fills a template that takes a plain-language `{{request}}`, the estate's `{{shape}}` and a
/// `{{repair}}` section (questions here, policy drafts in `draft::prompt`).
pub fn fill(template: &str, request: &str, shape: &[TypeShape], previous: Option<(&str, &str)>) -> Prompt {
    let (system, user) = split(template);
    let shape = serde_json::to_string_pretty(shape).unwrap_or_default();
    let user = user
        .replace("{{request}}", request.trim())
        .replace("{{shape}}", &shape)
        .replace("{{repair}}", &repair(previous));
    Prompt { system, user }
}

/// The module of an answer, when it has one.
pub fn rego_of(answer: &Value) -> Option<(String, String)> {
    let rego = answer.get("rego")?.as_str()?.trim();
    let summary = answer.get("summary").and_then(Value::as_str).unwrap_or_default().trim();
    (!rego.is_empty()).then(|| (format!("{rego}\n"), summary.to_owned()))
}
