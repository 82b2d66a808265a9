//! One OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI's compatible API, Ollama, vLLM, LiteLLM)
//! through async-openai: JSON-mode requests, a per-request timeout, retries with backoff on 429, 5xx
//! and connection errors, and the token counts of each answer.

use std::time::Duration;

use async_openai::Client;
use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::types::chat::{
    ChatCompletionRequestSystemMessageArgs, ChatCompletionRequestUserMessageArgs, CreateChatCompletionRequestArgs,
    ResponseFormat, ResponseFormatJsonSchema,
};
use serde_json::Value;
use tollgate_engine::config::ModelConfig;

/// Retries after the first attempt.
const RETRIES: u32 = 3;
const BACKOFF: Duration = Duration::from_millis(500);

/// A model at an endpoint.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub model: String,
    pub base_url: String,
    /// The environment variable holding the key.
    pub api_key_env: String,
}

/// The key variable when none is named.
const DEFAULT_KEY_ENV: &str = "OPENAI_API_KEY";

fn default_base() -> String {
    std::env::var("OPENAI_BASE_URL").ok().filter(|v| !v.is_empty()).unwrap_or("https://api.openai.com/v1".into())
}

impl Endpoint {
    /// `MODEL` or `MODEL@BASE_URL`; the base URL defaults to `OPENAI_BASE_URL`, else OpenAI's.
    pub fn parse(spec: &str) -> Endpoint {
        let (model, base_url) = match spec.split_once('@') {
            Some((model, base)) if base.contains("://") => (model.to_owned(), base.to_owned()),
            _ => (spec.to_owned(), default_base()),
        };
        Endpoint { model, base_url, api_key_env: DEFAULT_KEY_ENV.into() }
    }

    /// A model of the config's fallback chain; its key variable must end in `API_KEY` (the schema
    /// says so too), else the default one is read.
    pub fn from_config(config: &ModelConfig) -> Endpoint {
        let api_key_env = config.api_key_env.clone().filter(|name| name.ends_with("API_KEY"));
        Endpoint {
            model: config.name.clone(),
            base_url: config.base_url.clone().unwrap_or_else(default_base),
            api_key_env: api_key_env.unwrap_or_else(|| DEFAULT_KEY_ENV.into()),
        }
    }
}

/// A parsed answer and what it cost.
#[derive(Debug)]
pub struct Answer {
    pub value: Value,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
}

/// Why a call gave no usable answer.
#[derive(Debug)]
pub enum CallError {
    /// No answer (after retries): timeout, HTTP error, refused connection.
    Failed(String),
    /// An answer that is not the JSON object asked for; its tokens were still spent.
    Invalid { message: String, prompt_tokens: u64, completion_tokens: u64 },
}

pub struct Model {
    client: Client<OpenAIConfig>,
    pub endpoint: Endpoint,
    timeout: Duration,
}

impl Model {
    pub fn new(endpoint: Endpoint, timeout: Duration) -> Model {
        let key = std::env::var(&endpoint.api_key_env).unwrap_or_default();
        let config = OpenAIConfig::new().with_api_base(endpoint.base_url.trim_end_matches('/')).with_api_key(key);
        Model { client: Client::with_config(config), endpoint, timeout }
    }

    /// Asks once per attempt; 429, 5xx, timeouts and connection errors are retried with backoff.
    pub async fn ask(&self, system: &str, user: &str, schema: &Value) -> Result<Answer, CallError> {
        let build = || -> Result<_, OpenAIError> {
            CreateChatCompletionRequestArgs::default()
                .model(&self.endpoint.model)
                .temperature(0.0)
                .messages([
                    ChatCompletionRequestSystemMessageArgs::default().content(system).build()?.into(),
                    ChatCompletionRequestUserMessageArgs::default().content(user).build()?.into(),
                ])
                .response_format(ResponseFormat::JsonSchema {
                    json_schema: ResponseFormatJsonSchema {
                        name: "explanation".into(),
                        description: None,
                        schema: schema.clone(),
                        strict: Some(true),
                    },
                })
                .build()
        };
        let request = build().map_err(|e| CallError::Failed(e.to_string()))?;
        let mut attempt = 0;
        loop {
            let outcome = tokio::time::timeout(self.timeout, self.client.chat().create(request.clone())).await;
            let retryable = match outcome {
                Ok(Ok(response)) => {
                    let usage = response.usage.as_ref();
                    let prompt_tokens = usage.map_or(0, |u| u64::from(u.prompt_tokens));
                    let completion_tokens = usage.map_or(0, |u| u64::from(u.completion_tokens));
                    let text = response.choices.first().and_then(|c| c.message.content.clone()).unwrap_or_default();
                    return match serde_json::from_str::<Value>(strip_fences(&text)) {
                        Ok(value) if value.is_object() => Ok(Answer { value, prompt_tokens, completion_tokens }),
                        _ => Err(CallError::Invalid {
                            message: "the model's answer is not a JSON object".into(),
                            prompt_tokens,
                            completion_tokens,
                        }),
                    };
                }
                Ok(Err(OpenAIError::ApiError(error))) => {
                    let status = error.status_code;
                    let message = format!("{} answered {status}: {}", self.endpoint.base_url, error.api_error.message);
                    if status.as_u16() == 429 || status.is_server_error() { Ok(message) } else { Err(message) }
                }
                Ok(Err(OpenAIError::Reqwest(error))) => Ok(format!("{}: {error}", self.endpoint.base_url)),
                Ok(Err(error)) => Err(error.to_string()),
                Err(_) => Ok(format!("{} did not answer within {} s", self.endpoint.base_url, self.timeout.as_secs())),
            };
            match retryable {
                Ok(message) if attempt == RETRIES => return Err(CallError::Failed(message)),
                Ok(_) => {
                    tokio::time::sleep(BACKOFF * 2u32.pow(attempt)).await;
                    attempt += 1;
                }
                Err(message) => return Err(CallError::Failed(message)),
            }
        }
    }
}

/// Some models wrap JSON in a markdown code fence even in JSON mode.
fn strip_fences(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix("```json")
        .or_else(|| text.strip_prefix("```"))
        .and_then(|t| t.strip_suffix("```"))
        .unwrap_or(text)
        .trim()
}
