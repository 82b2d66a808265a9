//! An OpenAI-compatible chat completions endpoint on 127.0.0.1 (on `local_http`): answers in the
//! documented `chat.completion` shape with token usage, records every request body, and replays
//! scripted answers (errors, invalid content) before the default one.

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::local_http::{self, Answer, Recorded};

pub struct FakeOpenAI {
    /// The base URL to give as OPENAI_BASE_URL (`.../v1`).
    pub base_url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    script: Arc<Mutex<Vec<Answer>>>,
}

/// A `chat.completion` whose message content is `content`, with usage 60 + 40 tokens.
pub fn completion(content: &str) -> Value {
    json!({
        "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
        "object": "chat.completion",
        "created": 1741570283,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content, "refusal": null, "annotations": []},
            "logprobs": null,
            "finish_reason": "stop"
        }],
        "usage": {"prompt_tokens": 60, "completion_tokens": 40, "total_tokens": 100},
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306"
    })
}

/// An explanation answer as the model gives it (a JSON object in the message content).
pub fn explanation() -> Value {
    let answer = json!({
        "risk": "Messages in this queue sit unencrypted at rest.",
        "change": "Set sqs_managed_sse_enabled = true.",
        "tradeoffs": "None for producers and consumers; SSE-SQS is free."
    });
    completion(&answer.to_string())
}

/// OpenAI's error body.
pub fn error(status: u16, message: &str, kind: &str) -> Answer {
    (status, vec![], json!({"error": {"message": message, "type": kind, "param": null, "code": null}}))
}

impl FakeOpenAI {
    pub fn start() -> FakeOpenAI {
        let requests: Arc<Mutex<Vec<Recorded>>> = Arc::default();
        let script: Arc<Mutex<Vec<Answer>>> = Arc::default();
        let (seen, queued) = (Arc::clone(&requests), Arc::clone(&script));
        let url = local_http::start(move |request| {
            let path = request.path.clone();
            seen.lock().expect("requests").push(request);
            if path != "/v1/chat/completions" {
                return error(404, "Unknown request URL", "invalid_request_error");
            }
            let mut queued = queued.lock().expect("script");
            if queued.is_empty() { (200, vec![], explanation()) } else { queued.remove(0) }
        });
        FakeOpenAI { base_url: format!("{url}/v1"), requests, script }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("requests").clone()
    }

    /// Answers the next request with this, before the default answers.
    pub fn then(&self, answer: Answer) {
        self.script.lock().expect("script").push(answer);
    }
}
